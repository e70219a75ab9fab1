"""The Sync page, by role: a laptop sends its signatures and receives campaign files; the organiser's computer
imports sync files, sees and revokes laptops, and writes campaign files for new ones."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
from drivekit.services.sync import DeviceStatus, device_names
from drivekit.ui.background import run_in_background
from drivekit.ui.settings import UiSettings
from drivekit.ui.sync.campaign_import import import_campaign_file
from drivekit.ui.sync.enrol_dialog import EnrolDialog
from drivekit.ui.sync.models import RECORD_ROLE, DevicesModel, ImportReportModel
from drivekit.ui.sync.organiser_tools import OrganiserTools, confirm_revoke
from drivekit.ui.widgets.layout import ReflowRow, RowsTableView, VerticalScrollArea, snug

if TYPE_CHECKING:
    from drivekit.services import Services

LAPTOP, ORGANISER = "laptop", "organiser"


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SyncPage(QWidget):
    campaign_installed = Signal(str)  # a newer campaign file was opened here: the window shows it

    def __init__(self, services: Services, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._campaign_id: str | None = None
        self._key_path: Path | None = None
        self._task: Any = None
        self._chosen_role = settings.sync_role if settings is not None else ""
        self._derived_role = ORGANISER

        # -- what this computer is (told from the campaign, or said by the person) --
        self._role_combo = QComboBox()
        self._role_combo.addItem(self.tr("a volunteer laptop"), LAPTOP)
        self._role_combo.addItem(self.tr("the organiser's computer"), ORGANISER)
        self._role_combo.activated.connect(self._on_role_combo_activated)
        role_label = QLabel(self.tr("This &computer is:"))
        role_label.setBuddy(self._role_combo)
        self._role_hint = _wrapped()
        role_row = ReflowRow()
        role_row.add_group(role_label, self._role_combo)
        self._identity_label = _wrapped()
        self._rename_button = QPushButton()
        self._rename_button.clicked.connect(self._on_rename_button_clicked)
        identity_row = QHBoxLayout()
        identity_row.addWidget(self._identity_label, 1)
        identity_row.addWidget(self._rename_button)

        # -- a laptop: send its signatures, receive the organiser's campaign file --
        export_box = QGroupBox(self.tr("Send this laptop's signatures"))
        self._everything_check = QCheckBox(self.tr("Everything this database holds (not only what is new)"))
        self._export_button = QPushButton(self.tr("Export to a folder…"))
        self._export_button.clicked.connect(self._on_export_button_clicked)
        export_row = ReflowRow()
        export_row.add_group(self._export_button)
        snug(self._everything_check)
        export_row.add_group(self._everything_check)
        self._export_label = _wrapped()
        self._export_label.setVisible(False)  # until a file is written
        self._sent_label = _wrapped()  # what went out already, and what waits for the next file
        box = QVBoxLayout(export_box)
        box.addWidget(export_row)
        box.addWidget(self._sent_label)
        box.addWidget(self._export_label)
        receive_box = QGroupBox(self.tr("Campaign file from the organiser"))
        self._open_campaign_button = QPushButton(self.tr("Open a campaign file…"))
        self._open_campaign_button.clicked.connect(self._on_open_campaign_button_clicked)
        box = QVBoxLayout(receive_box)
        box.addWidget(_wrapped(self.tr("When the organiser gives you a newer campaign file (new events, signatures "
                                       "withdrawn at the organiser), open it here.")))
        row = QHBoxLayout()
        row.addWidget(self._open_campaign_button)
        row.addStretch(1)
        box.addLayout(row)
        self._laptop_parts: list[QWidget] = [export_box, receive_box]

        # -- the organiser: receive sync files, see and revoke laptops, write campaign files --
        self._key_button = QPushButton(self.tr("Organiser key…"))
        self._key_button.clicked.connect(self._on_key_button_clicked)
        self._key_label = _wrapped(self.tr("No organiser key chosen: only unencrypted files can be read."))
        key_row = QWidget()
        row = QHBoxLayout(key_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._key_button)
        row.addWidget(self._key_label, 1)
        import_box = QGroupBox(self.tr("Receive sync files from laptops"))
        self._import_button = QPushButton(self.tr("Import files…"))
        self._import_button.clicked.connect(self._on_import_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self._import_button)
        row.addStretch(1)
        self._report_model = ImportReportModel(self)
        self._report_view = self._table(self._report_model)
        self._hide_quiet_columns([])
        self._received_label = _wrapped()  # which campaign received the files: a line, not a column (Details stays wide)
        self._received_label.setVisible(False)
        box = QVBoxLayout(import_box)
        box.addLayout(row)
        box.addWidget(self._received_label)
        box.addWidget(self._report_view)

        devices_box = QGroupBox(self.tr("Laptops"))
        self._devices_model = DevicesModel(self)
        self._devices_view = self._table(self._devices_model)
        self._devices_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._revoke_button = QPushButton(self.tr("Revoke…"))
        self._revoke_button.setToolTip(self.tr("For a lost or stolen laptop: refuse its sync files from now on."))
        self._revoke_button.clicked.connect(self._on_revoke_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self._revoke_button)
        row.addWidget(_wrapped(self.tr("A new laptop is enrolled when you import its first sync file: you then compare "
                                       "its fingerprint with the one on its Sync page.")), 1)
        box = QVBoxLayout(devices_box)
        box.addWidget(self._devices_view)
        box.addLayout(row)

        self._tools = OrganiserTools(services, self)
        self._organiser_parts: list[QWidget] = [key_row, import_box, devices_box, self._tools]

        self._progress = QProgressBar()
        self._progress.setVisible(False)
        self._cancel_button = QPushButton(self.tr("Cancel"))
        self._cancel_button.setVisible(False)
        self._cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self._status_label = _wrapped()
        bottom = QHBoxLayout()
        bottom.addWidget(self._progress, 1)
        bottom.addWidget(self._cancel_button)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(role_row)
        layout.addWidget(self._role_hint)
        layout.addLayout(identity_row)
        layout.addWidget(export_box)
        layout.addWidget(receive_box)
        layout.addWidget(key_row)
        layout.addWidget(import_box, 2)
        layout.addWidget(devices_box, 1)
        layout.addWidget(self._tools)
        layout.addStretch(0)
        layout.addLayout(bottom)
        layout.addWidget(self._status_label)
        outer = QVBoxLayout(self)  # taller than a small laptop's screen with large text: it scrolls
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(VerticalScrollArea(content, self))
        remembered = settings.organiser_key if settings is not None else ""
        if remembered and Path(remembered).is_file():  # the key file only: its passphrase is asked each time
            self._set_key(Path(remembered))
        self._apply_role()

    @staticmethod
    def _table(model: Any) -> QTableView:
        view = RowsTableView(3)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setWordWrap(True)  # the last column (why a file was refused, what is missing) is read whole
        # Rows are measured again when a column's width changes (Qt does not redo it by itself).
        view.horizontalHeader().sectionResized.connect(lambda *_: view.resizeRowsToContents())
        return view

    # -- page protocol ---------------------------------------------------------------------------
    def set_campaign(self, campaign_id: str | None) -> None:
        self._campaign_id = campaign_id
        try:
            installed = bool(campaign_id) and self._services.sync.installed_here(campaign_id or "")
        except KnownError:
            installed = False
        self._derived_role = LAPTOP if installed else ORGANISER
        self._apply_role()
        self.refresh()

    def refresh(self) -> None:
        try:
            me = self._services.sync.identity()
            text = (self.tr("This laptop: {0} — fingerprint {1}") if self.role == LAPTOP
                    else self.tr("This computer: {0} — fingerprint {1}"))
            self._identity_label.setText(text.format(me.name, me.fingerprint))
            if self.role == LAPTOP:
                self._show_sent()
            else:
                self._devices_model.set_rows(self._services.sync.devices(self._campaign_id))
                self._update_buttons()
        except KnownError as err:
            self._status_label.setText(str(err))

    # -- role ------------------------------------------------------------------------------------
    @property
    def role(self) -> str:
        """"laptop" or "organiser": what the person said, else what the campaign tells."""
        return self._chosen_role or self._derived_role

    def _on_role_combo_activated(self, index: int) -> None:
        self._chosen_role = str(self._role_combo.itemData(index))
        if self._settings is not None:
            self._settings.sync_role = self._chosen_role  # remembered; choosing the other one undoes it
        self._apply_role()
        self.refresh()

    def _apply_role(self) -> None:
        laptop = self.role == LAPTOP
        self._role_combo.setCurrentIndex(self._role_combo.findData(self.role))
        how = (self.tr("the campaign came from the organiser's campaign file") if self._derived_role == LAPTOP
               else self.tr("the campaign was created on this computer"))
        if not self._chosen_role or self._chosen_role == self._derived_role:
            self._role_hint.setText(self.tr("DriveKit tells this from how the campaign arrived: {0}.").format(how))
        else:
            self._role_hint.setText(self.tr("You chose this. From how the campaign arrived ({0}), DriveKit would say "
                                            "the other.").format(how))
        for part in self._laptop_parts:
            part.setVisible(laptop)
        for part in self._organiser_parts:
            part.setVisible(not laptop)
        self._rename_button.setText(self.tr("Name this laptop…") if laptop else self.tr("Name this computer…"))
        self._update_buttons()

    # -- a laptop --------------------------------------------------------------------------------
    def _show_sent(self) -> None:
        if not self._campaign_id:
            self._sent_label.clear()
            return
        sent = self._services.sync.sent(self._campaign_id)
        when = sent.last_at.astimezone().strftime("%Y-%m-%d %H:%M") if sent.last_at else ""
        if not sent.files:
            parts = [self.tr("Nothing sent yet.")]
        elif sent.files == 1:
            parts = [self.tr("Sent so far: 1 sync file, {0} on {1}.").format(sent.last_file, when)]
        else:
            parts = [self.tr("Sent so far: {0} sync files, the last one {1} on {2}.").format(
                sent.files, sent.last_file, when)]
        others = sent.waiting - sent.waiting_signatures  # corrections, withdrawals, a new name
        if not sent.waiting:
            parts.append(self.tr("Everything collected here has been sent."))
        else:
            parts.append(self.tr("Waiting for the next file: %Ln new signatures.", "", sent.waiting_signatures))
        if others == 1:
            parts.append(self.tr("And 1 other change (a correction, a withdrawal or a new name)."))
        elif others > 1:
            parts.append(self.tr("And {0} other changes (corrections, withdrawals or a new name).").format(others))
        self._sent_label.setText(" ".join(parts))

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
        self._export_label.setVisible(True)
        self.refresh()

    def _on_open_campaign_button_clicked(self) -> None:
        campaign_id = import_campaign_file(self, self._services)
        if campaign_id:
            self.campaign_installed.emit(campaign_id)

    def _on_rename_button_clicked(self) -> None:
        current = self._services.sync.identity().name
        name, ok = QInputDialog.getText(self, self._rename_button.text().rstrip("…"),
                                        self.tr("The name the organiser sees for this laptop, e.g. “Stall 2”:"),
                                        QLineEdit.EchoMode.Normal, current)
        if not ok or name.strip() == current:
            return
        try:
            me = self._services.sync.rename_device(name)
        except KnownError as err:
            self._status_label.setText(str(err))
            return
        self._status_label.setText(self.tr("This computer is now called “{0}”; the next export tells the organiser.")
                                   .format(me.name))
        self.refresh()

    # -- the organiser ---------------------------------------------------------------------------
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

    def key_passphrase(self) -> tuple[bool, str | None]:
        """(go on?, passphrase): the chosen key's passphrase, asked each time and never kept."""
        if self._key_path is None:
            return True, None
        try:
            needed = self._services.keys.organiser_key_needs_passphrase(self._key_path)
        except KnownError as err:
            self._status_label.setText(str(err))
            return False, None
        if not needed:
            return True, None
        passphrase, ok = QInputDialog.getText(self, self.tr("Organiser key"), self.tr("Passphrase of the organiser key:"),
                                              QLineEdit.EchoMode.Password)
        return ok, passphrase if ok else None

    def _on_import_button_clicked(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose the sync files to import"), "",
                                                self.tr("DriveKit sync files (*.dkb);;All files (*)"))
        if not paths:
            return
        ok, passphrase = self.key_passphrase()
        if ok:
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
        self._hide_quiet_columns(reports)
        self._show_campaigns_received(reports)
        refused = sum(r.outcome == "rejected" for r in reports)
        new = sum(r.new for r in reports)
        if refused:
            self._status_label.setText(self.tr("{0}. Files refused: {1} (see Details).").format(
                self.tr("%Ln new signatures", "", new), refused))
        else:
            self._status_label.setText(self.tr("%Ln new signatures imported.", "", new))
        self.refresh()

    def _hide_quiet_columns(self, reports: list[Any]) -> None:
        """Counts at 0 for every file are left out (all of them before the first import), so Details and the
        columns that say something keep their room."""
        for column in ImportReportModel.QUIET_COLUMNS:
            self._report_view.setColumnHidden(column, not any(getattr(r, ImportReportModel.FIELDS[column]) for r in reports))

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

    def selected_device(self) -> DeviceStatus | None:
        rows = self._devices_view.selectionModel().selectedRows()
        return self._devices_model.index(rows[0].row(), 0).data(RECORD_ROLE) if rows else None

    def _on_revoke_button_clicked(self) -> None:
        device = self.selected_device()
        if device is None or not self._revocable(device):
            return
        name = device_names(self._devices_model.rows()).get(device.id, device.label)
        if not confirm_revoke(self, name, device.fingerprint, device.bundles):
            return
        try:
            self._services.sync.revoke(device.fingerprint)
        except KnownError as err:
            self._status_label.setText(str(err))
            return
        self._status_label.setText(self.tr("“{0}” is revoked: its sync files are refused from now on. What it sent "
                                           "before stays.").format(name))
        self.refresh()

    @staticmethod
    def _revocable(d: DeviceStatus) -> bool:
        return not d.is_self and bool(d.fingerprint) and d.trust in ("enrolled", "relay")

    # -- background work -------------------------------------------------------------------------
    def start(self, work: Any, on_success: Any) -> None:
        """Run `work(progress)` off the GUI thread with the page's progress bar and Cancel button."""
        self._start(work, on_success)

    def _start(self, work: Any, on_success: Any) -> None:
        self._status_label.clear()
        self._progress.setRange(0, 0)
        self._progress.setVisible(True)
        self._cancel_button.setVisible(True)
        self._task = run_in_background(work, on_success, self._on_task_failed, self._on_task_progressed)
        self._update_buttons()

    def finish(self) -> None:
        self._finish()

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
        self._open_campaign_button.setEnabled(idle)
        self._import_button.setEnabled(idle)
        self._key_button.setEnabled(idle)
        self._rename_button.setEnabled(idle)
        device = self.selected_device()
        self._revoke_button.setEnabled(idle and device is not None and self._revocable(device))
        self._tools.set_enabled(idle and self._campaign_id is not None)

    @property
    def busy(self) -> bool:
        return self._task is not None

    @property
    def campaign_id(self) -> str | None:
        return self._campaign_id

    @property
    def key_path(self) -> Path | None:
        return self._key_path

    def choose_key(self) -> Path | None:
        """Ask for the organiser key file when none is chosen yet; returns the one chosen, if any."""
        if self._key_path is None:
            self._on_key_button_clicked()
        return self._key_path

    def show_status(self, text: str) -> None:
        self._status_label.setText(text)
