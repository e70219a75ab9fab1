"""The Sync page: write a bundle to a USB stick, import several at once, see which devices are missing what."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.ui.background import run_in_background
from drivekit.ui.settings import UiSettings
from drivekit.ui.sync.enrol_dialog import EnrolDialog
from drivekit.ui.sync.models import DevicesModel, ImportReportModel
from drivekit.ui.widgets.layout import ReflowRow, RowsTableView, VerticalScrollArea

if TYPE_CHECKING:
    from drivekit.services import Services


class SyncPage(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._campaign_id: str | None = None
        self._key_path: Path | None = None
        self._task: Any = None

        self._identity_label = QLabel()
        self._identity_label.setWordWrap(True)
        self._rename_button = QPushButton(self.tr("Name this device…"))
        self._rename_button.clicked.connect(self._on_rename_button_clicked)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self._identity_label, 1)
        identity_row.addWidget(self._rename_button)

        export_box = QGroupBox(self.tr("Send this laptop's signatures"))
        self._everything_check = QCheckBox(self.tr("Everything this database holds (not only what is new)"))
        self._export_button = QPushButton(self.tr("Export to a folder…"))
        self._export_button.clicked.connect(self._on_export_button_clicked)
        export_row = ReflowRow()
        export_row.add_group(self._export_button)
        export_row.add_group(self._everything_check)
        self._export_label = QLabel()
        self._export_label.setWordWrap(True)
        box = QVBoxLayout(export_box)
        box.addWidget(export_row)
        box.addWidget(self._export_label)

        import_box = QGroupBox(self.tr("Receive sync files"))
        self._key_button = QPushButton(self.tr("Organiser key…"))
        self._key_button.clicked.connect(self._on_key_button_clicked)
        self._key_label = QLabel(self.tr("No organiser key chosen: only unencrypted files can be read."))
        self._import_button = QPushButton(self.tr("Import files…"))
        self._import_button.clicked.connect(self._on_import_button_clicked)
        self._key_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self._import_button)
        row.addWidget(self._key_button)
        row.addStretch(1)
        self._report_model = ImportReportModel(self)
        self._report_view = self._table(self._report_model)
        self._received_label = QLabel()  # which campaign received the files: a line, not a column (Details stays wide)
        self._received_label.setWordWrap(True)
        self._received_label.setVisible(False)
        box = QVBoxLayout(import_box)
        box.addLayout(row)
        box.addWidget(self._key_label)  # under the buttons: a whole line to say which key reads the files
        box.addWidget(self._received_label)
        box.addWidget(self._report_view)

        devices_box = QGroupBox(self.tr("Devices seen"))
        self._devices_model = DevicesModel(self)
        self._devices_view = self._table(self._devices_model)
        QVBoxLayout(devices_box).addWidget(self._devices_view)

        self._progress = QProgressBar()
        self._progress.setVisible(False)
        self._cancel_button = QPushButton(self.tr("Cancel"))
        self._cancel_button.setVisible(False)
        self._cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._status_label = QLabel()
        self._status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self._progress, 1)
        bottom.addWidget(self._cancel_button)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addLayout(identity_row)
        layout.addWidget(export_box)
        layout.addWidget(import_box, 2)
        layout.addWidget(devices_box, 1)
        layout.addLayout(bottom)
        layout.addWidget(self._status_label)
        outer = QVBoxLayout(self)  # taller than a small laptop's screen with large text: it scrolls
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content, self))
        remembered = settings.organiser_key if settings is not None else ""
        if remembered and Path(remembered).is_file():  # the key file only: its passphrase is asked each time
            self._set_key(Path(remembered))
        self._update_buttons()

    @staticmethod
    def _table(model: Any) -> QTableView:
        view = RowsTableView(3)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)  # the last column (why a file was refused, what is missing) is read whole
        # Rows are measured again when a column's width changes (Qt does not redo it by itself).
        view.horizontalHeader().sectionResized.connect(lambda *_: view.resizeRowsToContents())
        return view

    # -- page protocol ---------------------------------------------------------------------------
    def set_campaign(self, campaign_id: str | None) -> None:
        self._campaign_id = campaign_id
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        try:
            me = self._services.sync.identity()
            self._identity_label.setText(self.tr("This device: {0} — fingerprint {1}").format(me.name, me.fingerprint))
            self._devices_model.set_rows(self._services.sync.devices(self._campaign_id))
        except KnownError as err:
            self._status_label.setText(str(err))

    # -- export ----------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder (e.g. a USB stick)"))
        if not folder:
            return
        campaign_id, everything = self._campaign_id, self._everything_check.isChecked()

        def work(progress: Any) -> Any:
            return self._services.sync.export_bundle(Path(folder), campaign_id, everything, progress)

        self._start(work, self._on_export_succeeded)

    def _on_export_succeeded(self, result: Any) -> None:
        self._finish()
        if result.encrypted_for:
            sealed = self.tr("Encrypted for organiser key {0}.").format(result.encrypted_for)
        else:
            sealed = self.tr("Not encrypted: the campaign has no organiser key.")
        self._export_label.setText(self.tr("Wrote {0}: {1}, {2}. {3}").format(
            Path(result.path).name, self.tr("%Ln signatures", "", result.signatures),
            self.tr("%Ln withdrawals", "", result.withdrawals), sealed))
        self.refresh()

    def _on_rename_button_clicked(self) -> None:
        current = self._services.sync.identity().name
        name, ok = QInputDialog.getText(self, self.tr("Name this device"),
                                        self.tr("The name the organiser sees for this laptop, e.g. “Stall 2”:"),
                                        QLineEdit.EchoMode.Normal, current)
        if not ok or name.strip() == current:
            return
        try:
            me = self._services.sync.rename_device(name)
        except KnownError as err:
            self._status_label.setText(str(err))
            return
        self._status_label.setText(self.tr("This device is now called “{0}”; the next export tells the organiser.")
                                   .format(me.name))
        self.refresh()

    # -- import ----------------------------------------------------------------------------------
    def _on_key_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the organiser key"), "",
                                              self.tr("Organiser keys (*.key);;All files (*)"))
        if path:
            self._set_key(Path(path))
            if self._settings is not None:
                self._settings.organiser_key = path

    def _set_key(self, path: Path) -> None:
        self._key_path = path
        self._key_label.setText(self.tr("Organiser key: {0}").format(str(path)))

    def _on_import_button_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose the sync files to import"), "",
                                                self.tr("DriveKit sync files (*.dkb);;All files (*)"))
        if not paths:
            return
        passphrase = None
        if self._key_path is not None:
            try:
                needed = self._services.keys.organiser_key_needs_passphrase(self._key_path)
            except KnownError as err:
                self._status_label.setText(str(err))
                return
            if needed:
                passphrase, ok = QInputDialog.getText(self, self.tr("Organiser key"),
                                                      self.tr("Passphrase of the organiser key:"),
                                                      QLineEdit.EchoMode.Password)
                if not ok:
                    return
        self._import([Path(p) for p in paths], self._key_path, passphrase)

    def _import(self, paths: list[Path], key: Path | None, passphrase: str | None, enrol: frozenset[str] = frozenset(),
                before: list[Any] | None = None) -> None:
        """Import `paths`; `enrol`: fingerprints the organiser has just agreed to trust, `before`: the
        reports of the first pass, whose refusals the second pass (with enrolment) replaces."""
        def work(progress: Any) -> Any:
            return self._services.sync.import_bundles(paths, key, passphrase, progress, enrol=enrol)

        def done(reports: list[Any]) -> None:
            self._on_import_succeeded(reports, key, passphrase, before)

        self._start(work, done)

    def ask_enrol(self, label: str, fingerprint: str, files: int) -> bool:
        """Whether the organiser trusts this laptop, after comparing fingerprints (a dialog)."""
        return EnrolDialog(label, fingerprint, files, self).exec() == QDialog.DialogCode.Accepted

    def _on_import_succeeded(self, reports: list[Any], key: Path | None = None, passphrase: str | None = None,
                             before: list[Any] | None = None) -> None:
        self._finish()
        if before is None:
            strangers: dict[str, list[Any]] = {}
            for r in reports:
                if r.enrolment == "needed":
                    strangers.setdefault(r.fingerprint, []).append(r)
            trusted = frozenset(fp for fp, rs in strangers.items()
                                if self.ask_enrol(f"{rs[0].device_name} ({rs[0].device_id[:8]})", fp, len(rs)))
            if trusted:
                again = [Path(r.path) for fp in sorted(trusted) for r in strangers[fp]]
                self._import(again, key, passphrase, trusted, reports)
                return
        else:
            by_file = {r.path: r for r in reports}
            reports = [by_file.get(r.path, r) for r in before]
        self._report_model.set_rows(reports)
        self._show_campaigns_received(reports)
        refused = sum(r.outcome == "rejected" for r in reports)
        new = sum(r.new for r in reports)
        if refused:
            self._status_label.setText(self.tr("{0}. Files refused: {1} (see Details).").format(
                self.tr("%Ln new signatures", "", new), refused))
        else:
            self._status_label.setText(self.tr("%Ln new signatures imported.", "", new))
        self.refresh()

    def _show_campaigns_received(self, reports: list[Any]) -> None:
        """Which campaign the files went to, named as in the campaign chooser (told apart from same titles)."""
        files: dict[str, int] = {}
        for r in reports:
            if r.outcome in ("imported", "already imported") and r.campaign_title:
                files[r.campaign_title] = files.get(r.campaign_title, 0) + 1
        if len(files) == 1:
            text = self.tr("Received by campaign “{0}”.").format(next(iter(files)))
        else:
            text = self.tr("Received by several campaigns: {0}.").format("; ".join(
                self.tr("“{0}” (%Ln files)", "", n).format(title) for title, n in files.items()))
        self._received_label.setText(text)
        self._received_label.setVisible(bool(files))

    # -- background work -------------------------------------------------------------------------
    def _start(self, work: Any, on_success: Any) -> None:
        self._status_label.clear()
        self._progress.setRange(0, 0)
        self._progress.setVisible(True)
        self._cancel_button.setVisible(True)
        self._task = run_in_background(work, on_success, self._on_task_failed, self._on_task_progressed)
        self._update_buttons()

    def _finish(self) -> None:
        self._task = None
        self._progress.setVisible(False)
        self._cancel_button.setVisible(False)
        self._update_buttons()

    def _on_task_progressed(self, done: int, total: int, label: str) -> None:
        self._progress.setRange(0, max(total, 1))
        self._progress.setValue(min(done, max(total, 1)))
        self._progress.setFormat(f"{label} %p%")

    def _on_task_failed(self, err: BaseException) -> None:
        self._finish()
        if isinstance(err, KnownError):
            self._status_label.setText(str(err))
        else:
            self._status_label.setText(self.tr("Something went wrong; the details are in the log file."))

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _update_buttons(self) -> None:
        idle = self._task is None
        self._export_button.setEnabled(idle and self._campaign_id is not None)
        self._import_button.setEnabled(idle)
        self._key_button.setEnabled(idle)
        self._rename_button.setEnabled(idle)

    @property
    def busy(self) -> bool:
        return self._task is not None
