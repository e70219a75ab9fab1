"""Delivery: pick targets and options, see how many signatures go in, export with progress, sign, open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import BadInput, Cancelled, KnownError
from drivekit.ui.background import Task, run_in_background
from drivekit.ui.delivery.paper import PaperEntryDialog
from drivekit.ui.settings import UiSettings
from drivekit.ui.widgets.layout import ReflowRow, VerticalScrollArea, snug

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.services.delivery import TableExport

EVERYONE = "__everyone__"


def _count(n: int) -> str:
    """A count with the thousands separator of the user's language (1,234 / 1.234 / 1 234)."""
    return QLocale().toString(int(n))


class DeliveryPage(QWidget):
    """Delivery packets for decision makers; CSV, OSDI and blank sheets are on the same page."""

    packets_exported = Signal(list)
    filled = Signal()  # the counts of the latest refresh are shown

    def __init__(self, services: Services, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._campaign_id: str | None = None
        self._task: Task | None = None
        self._results: list[Any] = []
        self._outside = 0
        # Counting a packet's signatures reads every signature of the campaign (seconds on 1,000,000), so
        # it runs off the GUI thread, and only once the page is seen: a hidden page is only marked stale.
        self._counting = 0  # generation of the latest count; results of older ones are dropped
        self._count_task: Task | None = None
        self._stale = False
        self._build()
        self._restore_choices()
        self._update_buttons()

    # building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.targets = QListWidget(self)
        self.targets.setMaximumHeight(160)
        self.targets.itemChanged.connect(self._on_targets_item_changed)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.landscape = QCheckBox(self.tr("Landscape pages"), self)
        self.images = QCheckBox(self.tr("Include drawn signatures"), self)
        self.full_address = QCheckBox(self.tr("Print full street addresses"), self)
        self.sign = QCheckBox(self.tr("Sign digitally with a certificate"), self)
        self.certificate = QLineEdit(self)
        self.certificate.setPlaceholderText(self.tr("certificate.p12"))
        browse_cert = QPushButton(self.tr("Choose…"), self)
        browse_cert.clicked.connect(self._on_browse_cert_clicked)
        self.sign.toggled.connect(self._on_sign_toggled)
        self.folder = QLineEdit(self)
        self.folder.setText(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
        browse_folder = QPushButton(self.tr("Choose…"), self)
        browse_folder.clicked.connect(self._on_browse_folder_clicked)

        self.export_button = QPushButton(self.tr("Export packets"), self)
        self.export_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton(self.tr("Open packet"), self)
        self.open_file.clicked.connect(self._on_open_file_clicked)
        self.open_folder = QPushButton(self.tr("Open folder"), self)
        self.open_folder.clicked.connect(self._on_open_folder_clicked)
        self.open_failed = QLabel(self)  # said in the window: a desktop without a file manager fails silently
        self.open_failed.setObjectName("savedBanner")
        self.open_failed.setProperty("kind", "error")
        self.open_failed.setWordWrap(True)
        self.open_failed.setVisible(False)

        self.csv_button = QPushButton(self.tr("CSV file…"), self)
        self.csv_button.clicked.connect(lambda: self._export_table("csv"))
        self.osdi_button = QPushButton(self.tr("OSDI file…"), self)
        self.osdi_button.clicked.connect(lambda: self._export_table("osdi"))
        self.action_network_button = QPushButton(self.tr("Action Network file…"), self)
        self.action_network_button.setToolTip(self.tr("Only signers who agreed to be contacted and gave an email or "
                                                      "a phone: Action Network takes opted-in contacts only."))
        self.action_network_button.clicked.connect(lambda: self._export_table("csv", "actionnetwork"))
        self.sheets_button = QPushButton(self.tr("Blank sheets…"), self)
        self.sheets_button.clicked.connect(self._on_sheets_clicked)
        self.paper_button = QPushButton(self.tr("Enter a paper sheet…"), self)
        self.paper_button.clicked.connect(self._on_paper_clicked)

        packets = QGroupBox(self.tr("Delivery packets"), self)
        form = QVBoxLayout(packets)
        form.addWidget(QLabel(self.tr("Targets (one packet each):"), self))
        form.addWidget(self.targets)
        form.addWidget(self.summary)
        snug(self.landscape, self.images, self.full_address, self.sign)
        for box in (self.landscape, self.images, self.full_address, self.sign):
            form.addWidget(box)
        row = QHBoxLayout()
        row.addWidget(self.certificate)
        row.addWidget(browse_cert)
        form.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save in:"), self))
        row.addWidget(self.folder)
        row.addWidget(browse_folder)
        form.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addStretch(0)
        form.addLayout(row)
        form.addWidget(self.result)
        row = QHBoxLayout()
        row.addWidget(self.open_file)
        row.addWidget(self.open_folder)
        row.addStretch(1)
        form.addLayout(row)
        form.addWidget(self.open_failed)

        others = QGroupBox(self.tr("Other files"), self)
        buttons = ReflowRow(others)  # as many buttons on a line as the width holds
        for button in (self.csv_button, self.osdi_button, self.action_network_button, self.sheets_button,
                       self.paper_button):
            buttons.add_group(button)
        QVBoxLayout(others).addWidget(buttons)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(packets)
        layout.addWidget(others)
        layout.addStretch(1)
        outer = QVBoxLayout(self)  # taller than a small laptop's screen with large text: it scrolls
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content, self))
        self.certificate.setEnabled(False)

    def _restore_choices(self) -> None:
        """Folder, certificate and "sign digitally" as they were left (the passphrase is asked every time)."""
        settings = self._settings
        if settings is None:
            return
        if settings.output_folder:
            self.folder.setText(settings.output_folder)
        self.certificate.setText(settings.certificate)
        self.sign.setChecked(settings.sign_packets)
        self.folder.editingFinished.connect(self._remember_choices)
        self.certificate.editingFinished.connect(self._remember_choices)
        self.sign.toggled.connect(self._remember_choices)

    def _remember_choices(self) -> None:
        if self._settings is not None:
            self._settings.output_folder = self.folder.text().strip()
            self._settings.certificate = self.certificate.text().strip()
            self._settings.sign_packets = self.sign.isChecked()

    # page protocol -------------------------------------------------------------------------
    def set_campaign(self, campaign_id: str | None) -> None:
        if campaign_id != self._campaign_id:
            self.targets.clear()  # never export another campaign's targets while this one's are counted
        self._campaign_id = campaign_id
        self._results = []
        self.result.clear()
        self.open_failed.setVisible(False)
        self.refresh()

    def refresh(self) -> None:
        """Reload targets and the number of signatures each packet will hold (off the GUI thread; the
        page says it is counting meanwhile). A hidden page counts when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._counting += 1
        generation, campaign_id = self._counting, self._campaign_id
        if self._count_task is not None:
            self._count_task.cancel()
            self._count_task = None
        if not campaign_id:
            self._show_counts([], 0)
            return
        delivery = self._services.delivery

        def count(_progress: object) -> tuple[list[Any], int]:
            return delivery.plan(campaign_id), delivery.outside_targets(campaign_id)

        def counted(result: tuple[list[Any], int]) -> None:
            if generation == self._counting:
                self._count_task = None
                self._show_counts(*result)

        def failed(err: BaseException) -> None:
            if generation == self._counting:
                self._count_task = None
                self.summary.setText(str(err) if isinstance(err, KnownError) else
                                     self.tr("The signatures could not be counted; see the log file."))
                self.filled.emit()

        self.summary.setText(self.tr("Counting signatures…"))
        self._count_task = run_in_background(count, counted, failed)
        self._update_buttons()  # the other files need no count: usable at once

    def is_filling(self) -> bool:
        """True while the counts of the latest refresh are being made."""
        return self._count_task is not None or self._stale

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _fit_targets_height(self) -> None:
        """The list shows up to four targets whole (more scroll): squeezed to its bare minimum, large text cut
        the third in half."""
        rows = min(self.targets.count(), 4)
        height = sum(self.targets.sizeHintForRow(i) for i in range(rows)) + 2 * self.targets.frameWidth()
        self.targets.setMinimumHeight(min(height, self.targets.maximumHeight()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # large text turned on or off
            self._fit_targets_height()

    def _show_counts(self, plans: list[Any], outside: int) -> None:
        self.targets.blockSignals(True)
        checked = {self.targets.item(i).data(Qt.ItemDataRole.UserRole)
                   for i in range(self.targets.count())
                   if self.targets.item(i).checkState() == Qt.CheckState.Checked}
        self.targets.clear()
        self._outside = outside
        for plan in plans:
            ident = plan.target.id if plan.target else EVERYONE
            if plan.target:
                text = self.tr("{0} — {1}").format(plan.target.name, self._signatures(plan.count))
            else:
                text = self.tr("Everyone (no targets yet) — {0}").format(self._signatures(plan.count))
            item = QListWidgetItem(text, self.targets)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setData(Qt.ItemDataRole.UserRole + 1, plan.count)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if not checked or ident in checked else Qt.CheckState.Unchecked)
        self.targets.blockSignals(False)
        self._fit_targets_height()
        self._update_summary()
        self._update_buttons()
        self.filled.emit()

    def _signatures(self, n: int) -> str:
        return self.tr("%Ln signatures", "", n)

    # state ---------------------------------------------------------------------------------
    def selected_targets(self) -> list[str | None]:
        out: list[str | None] = []
        for i in range(self.targets.count()):
            item = self.targets.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                ident = item.data(Qt.ItemDataRole.UserRole)
                out.append(None if ident == EVERYONE else ident)
        return out

    def _update_summary(self) -> None:
        items = [self.targets.item(i) for i in range(self.targets.count())]
        chosen = [it for it in items if it.checkState() == Qt.CheckState.Checked]
        total = sum(int(it.data(Qt.ItemDataRole.UserRole + 1)) for it in chosen)
        if not self._campaign_id:
            self.summary.setText(self.tr("Choose a campaign first."))
        else:
            text = self.tr("Packets chosen: {0}. Signatures listed in all: {1}.").format(len(chosen), _count(total))
            if self._outside:
                text += " " + self.tr("%Ln signatures are outside every target's area.", "", self._outside)
            self.summary.setText(text)

    def _update_buttons(self) -> None:
        busy = self._task is not None
        has = self._campaign_id is not None
        self.export_button.setEnabled(has and not busy and bool(self.selected_targets()))
        self.cancel_button.setVisible(busy)
        for b in (self.csv_button, self.osdi_button, self.sheets_button, self.paper_button):
            b.setEnabled(has and not busy)
        self.open_file.setEnabled(bool(self._results) and not busy)
        self.open_folder.setEnabled(bool(self._results) and not busy)

    def _on_targets_item_changed(self, _item: QListWidgetItem) -> None:
        self._update_summary()
        self._update_buttons()

    def _on_sign_toggled(self, on: bool) -> None:
        self.certificate.setEnabled(on)

    def _on_browse_cert_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Signing certificate"), "",
                                              self.tr("PKCS#12 certificate (*.p12 *.pfx)"))
        if path:
            self.certificate.setText(path)
            self.sign.setChecked(True)
            self._remember_choices()

    def _on_browse_folder_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Save packets in"), self.folder.text())
        if path:
            self.folder.setText(path)
            self._remember_choices()

    def ask_passphrase(self, file_name: str) -> str | None:
        """Asks for the certificate's passphrase; None when the person cancels."""
        text, ok = QInputDialog.getText(self, self.tr("Certificate passphrase"),
                                        self.tr("Passphrase for {0}:").format(file_name), QLineEdit.EchoMode.Password)
        return text if ok else None

    def ask_replace(self, paths: list[str]) -> bool:
        """Whether the person lets this export replace files it wrote before (tests answer it)."""
        names = "\n".join(Path(p).name for p in paths[:10]) + ("\n…" if len(paths) > 10 else "")
        answer = QMessageBox.question(
            self, self.tr("Replace files?"),
            self.tr("These files already exist in the folder:\n{0}\n\nReplace them?").format(names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # exporting -----------------------------------------------------------------------------
    def _signer(self) -> Any:
        if not self.sign.isChecked():
            return None
        keys = self._services.keys
        if not self.certificate.text().strip():
            raise BadInput(self.tr("Choose the certificate file to sign with."))
        path = Path(self.certificate.text().strip())
        passphrase = None
        if keys.certificate_needs_passphrase(path):
            passphrase = self.ask_passphrase(path.name)
            if passphrase is None:
                raise Cancelled(self.tr("Not exported: no passphrase given."))
        return keys.load_certificate(path, passphrase)

    def _on_export_clicked(self) -> None:
        from drivekit.export.model import PacketOptions

        campaign_id = self._campaign_id
        if campaign_id is None:
            return
        try:
            signer = self._signer()
        except KnownError as err:
            self.result.setText(str(err))
            return
        folder = Path(self.folder.text().strip() or ".")
        targets = [t for t in self.selected_targets() if t] or None
        options = PacketOptions(self.landscape.isChecked(), self.images.isChecked(), self.full_address.isChecked())
        delivery = self._services.delivery
        existing = delivery.existing_packet_files(campaign_id, targets, folder)
        if existing and not self.ask_replace(existing):
            self.result.setText(self.tr("Not exported: the earlier files were kept."))
            return
        force = bool(existing)

        def work(progress):  # type: ignore[no-untyped-def]
            return delivery.export_packets(campaign_id, targets, folder, options, signer, progress,
                                           force=force).packets

        self._results = []
        self.open_failed.setVisible(False)
        self._remember_choices()
        self.result.setText(self.tr("Writing…"))
        self._start(work, self._on_export_succeeded)

    def _start(self, work: Any, on_success: Any) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._task = run_in_background(work, on_success, self._on_task_failed, self._on_task_progressed)
        self._update_buttons()

    def _finish(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self._update_buttons()

    def _on_task_progressed(self, done: int, total: int, label: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _on_export_succeeded(self, results: list[Any]) -> None:
        self._results = results
        self._finish()
        lines = [self.tr("{0}: {1}, {2}").format(Path(r.path).name, self._signatures(r.count),
                                                        self.tr("%Ln pages", "", r.pages))
                 for r in results]
        if results and results[0].signed_by:
            lines.append(self.tr("Signed by {0}.").format(results[0].signed_by))
        self.result.setText("\n".join(lines))
        self.packets_exported.emit([r.path for r in results])

    def _on_task_failed(self, err: BaseException) -> None:
        self._finish()
        if isinstance(err, Cancelled):
            self.result.setText(self.tr("Cancelled; no file was written."))
        elif isinstance(err, KnownError):
            self.result.setText(str(err))
        else:
            self.result.setText(self.tr("Something went wrong; the details are in the log file."))

    def _on_cancel_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _on_open_file_clicked(self) -> None:
        if self._results:
            self._open(Path(self._results[0].path), self.tr("The packet could not be opened: no program for PDF "
                                                            "files answered. It is here: {0}"))

    def _on_open_folder_clicked(self) -> None:
        if self._results:
            self._open(Path(self._results[0].path).parent, self.tr("The folder could not be opened: no file manager "
                                                                   "answered. The files are in: {0}"))

    def _open(self, path: Path, failed: str) -> None:
        """Hand the file or folder to the desktop; when it cannot, say so here with the path to find it by hand."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.open_failed.setText("" if opened else failed.format(str(path)))
        self.open_failed.setVisible(not opened)

    # other files ---------------------------------------------------------------------------
    def _export_table(self, kind: str, csv_format: str = "drivekit") -> None:
        caption = self.tr("Save CSV file") if kind == "csv" else self.tr("Save OSDI file")
        pattern = self.tr("CSV files (*.csv)") if kind == "csv" else self.tr("JSON files (*.json)")
        path, _ = QFileDialog.getSaveFileName(self, caption, self.folder.text(), pattern)
        if path:  # the dialog has asked before choosing an existing file
            self.export_table(kind, Path(path), csv_format, force=True)

    def export_table(self, kind: str, path: Path, csv_format: str = "drivekit", force: bool = False) -> None:
        """CSV or OSDI in the background; contact details only for signers who opted in."""
        campaign_id, delivery = self._campaign_id, self._services.delivery
        if campaign_id is None:
            return

        def work(progress):  # type: ignore[no-untyped-def]
            return delivery.export_table(campaign_id, kind, path, csv_format=csv_format, progress=progress,
                                         force=force)

        def done(result: TableExport) -> None:
            self._finish()
            self.result.setText(self.table_text(path, result))

        self._start(work, done)

    def table_text(self, path: Path, done: TableExport) -> str:
        """What a CSV/OSDI export wrote, and who it left out and why: the counts `export csv` prints."""
        reasons: dict[str, Callable[[int], str]] = {
            "withdrawn": lambda n: self.tr("%Ln withdrawn", "", n),
            "duplicate": lambda n: self.tr("%Ln duplicates of another signature", "", n),
            "possible_duplicate": lambda n: self.tr("%Ln possible duplicates not yet reviewed", "", n),
            "outside_target": lambda n: self.tr("%Ln outside the target's postcode areas", "", n),
            "no_contact_consent": lambda n: self.tr("%Ln did not agree to be contacted", "", n),
            "no_email_or_phone": lambda n: self.tr("%Ln gave no email and no phone", "", n)}
        lines = [self.tr("{0}: {1}").format(path.name, self._signatures(done.count))]
        left = sum(done.left_out.values())
        if left:
            parts = "; ".join(reasons[why](n) if why in reasons else f"{_count(n)} {why}"
                              for why, n in sorted(done.left_out.items()))
            lines.append(self.tr("Left out: {0} ({1})").format(self.tr("%Ln signers", "", left), parts))
        else:
            lines.append(self.tr("Left out: none"))
        if done.withheld_contacts:
            lines.append(self.tr("Contact details left out for %Ln signers who did not agree to be contacted.", "",
                                 done.withheld_contacts))
        return "\n".join(lines)

    def _on_sheets_clicked(self) -> None:
        pages, ok = QInputDialog.getInt(self, self.tr("Blank sheets"), self.tr("How many sheets?"), 10, 1, 1000)
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save sheets"), self.folder.text(),
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.export_sheets(Path(path), pages, force=True)  # the dialog asked before choosing an existing file

    def export_sheets(self, path: Path, pages: int, force: bool = False) -> None:
        campaign_id, delivery = self._campaign_id, self._services.delivery
        if campaign_id is None:
            return

        def work(progress):  # type: ignore[no-untyped-def]
            return delivery.export_blank_sheets(campaign_id, path, pages, progress, force=force).first

        def done(first: int) -> None:
            self._finish()
            self.result.setText(self.tr("{0}: sheets {1} to {2}").format(path.name, first, first + pages - 1))

        self._start(work, done)

    def _on_paper_clicked(self) -> None:
        if self._campaign_id is None:
            return
        dialog = PaperEntryDialog(self._services, self._campaign_id, self)
        dialog.signature_saved.connect(lambda *_: self.refresh())
        dialog.exec()
