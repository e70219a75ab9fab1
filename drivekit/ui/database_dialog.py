"""Settings › Database: this computer's own file, or a shared PostgreSQL server (the organisers' hub).

The choice is kept in the settings file without any password: libpq finds it in PGPASSWORD,
~/.pgpass or a pg_service.conf service, as the dialog says. It takes effect at the next start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import KnownError
from drivekit.ui.background import run_in_background
from drivekit.ui.widgets.layout import fit_dialog

if TYPE_CHECKING:
    from drivekit.services.database import DatabaseInfo, DatabaseService
    from drivekit.ui.settings import UiSettings

DEFAULT_PORT = 5432


class DatabaseDialog(QDialog):
    """Where DriveKit keeps its data; `chosen_url` is "" for this computer's file."""

    def __init__(self, database: type[DatabaseService], settings: UiSettings, current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database, self._settings = database, settings
        self.setWindowTitle(self.tr("Database"))
        self.current_label = QLabel(self.tr("DriveKit is using: {0}").format(current))
        self.current_label.setWordWrap(True)
        self.local_radio = QRadioButton(self.tr("This computer's own database (the usual choice)"))
        self.hub_radio = QRadioButton(self.tr("A shared PostgreSQL server, for several organisers at once"))
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("hub.example.org")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit()
        self.user_edit = QLineEdit()
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()  # two fields a line where they pair up: the dialog fits a small screen in large text
        # The port keeps the width of its five digits and arrows; a user name is as long as a database's.
        form.addRow(self.tr("Server:"), self._pair(self.host_edit, self.tr("Port:"), self.port_spin, 0))
        form.addRow(self.tr("Database:"), self._pair(self.database_edit, self.tr("User:"), self.user_edit, 1))
        form.addRow(self.tr("Service (pg_service.conf):"), self.service_edit)
        self.hub_box = QGroupBox()
        self.hub_box.setLayout(form)
        self.password_note = QLabel(self.tr(
            "DriveKit never stores passwords. Give the password to PostgreSQL's own tools instead: the "
            "PGPASSWORD environment variable, the ~/.pgpass file (%APPDATA%\\postgresql\\pgpass.conf on "
            "Windows), or a service in pg_service.conf."))
        self.password_note.setWordWrap(True)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        self.restart_note = QLabel(self.tr("DriveKit opens the chosen database the next time it starts."))
        self.restart_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (self.current_label, self.local_radio, self.hub_radio, self.hub_box, self.password_note,
                  self.test_button, self.result_label, self.restart_note, buttons):
            layout.addWidget(w)
        self.local_radio.toggled.connect(self._on_local_radio_toggled)
        self._load(settings.database_url)
        fit_dialog(self, 520)
        self.chosen_url = settings.database_url

    @staticmethod
    def _pair(first: QWidget, label: str, second: QWidget, second_stretch: int) -> QHBoxLayout:
        caption = QLabel(label)
        caption.setBuddy(second)
        row = QHBoxLayout()
        row.addWidget(first, 1)
        row.addWidget(caption)
        row.addWidget(second, second_stretch)
        return row

    def _load(self, url: str) -> None:
        if not url:
            self.local_radio.setChecked(True)
            self._on_local_radio_toggled(True)
            return
        self.hub_radio.setChecked(True)
        self._on_local_radio_toggled(False)
        parts = self._database.hub_parts(url)
        self.host_edit.setText(str(parts["host"]))
        self.port_spin.setValue(int(parts["port"] or DEFAULT_PORT))
        self.database_edit.setText(str(parts["database"]))
        self.user_edit.setText(str(parts["user"]))
        self.service_edit.setText(str(parts["service"]))

    def url(self) -> str:
        """The URL the form describes ("" for this computer's file); never holds a password."""
        if self.local_radio.isChecked():
            return ""
        host = self.host_edit.text()
        port = self.port_spin.value() if host.strip() else None  # else the service file's, or libpq's default
        return self._database.hub_url(host, port, self.database_edit.text(), self.user_edit.text(),
                                      self.service_edit.text())

    def _missing(self) -> str:
        if self.local_radio.isChecked() or self.service_edit.text().strip():
            return ""
        if not self.host_edit.text().strip() or not self.database_edit.text().strip():
            return self.tr("Give the server and the database (or a service name).")
        return ""

    def _on_local_radio_toggled(self, local: bool) -> None:
        self.hub_box.setEnabled(not local)
        self.test_button.setEnabled(not local)
        self.result_label.clear()

    def _on_test_button_clicked(self) -> None:
        missing = self._missing()
        if missing:
            self.result_label.setText(missing)
            return
        url = self.url()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        run_in_background(lambda _progress: self._database.probe(url), self._on_probe_succeeded,
                          self._on_probe_failed)

    def _on_probe_succeeded(self, info: DatabaseInfo) -> None:
        self.test_button.setEnabled(True)
        if info.schema is None:
            self.result_label.setText(self.tr("Connected. The database is empty: DriveKit will set it up."))
        else:
            self.result_label.setText(self.tr("Connected. It holds a DriveKit database (schema {0}).")
                                      .format(info.schema))

    def _on_probe_failed(self, err: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(str(err) if isinstance(err, KnownError) else
                                  self.tr("The test failed unexpectedly; the details are in the log file."))

    def accept(self) -> None:
        missing = self._missing()
        if missing:
            self.result_label.setText(missing)
            return
        self.chosen_url = self.url()
        self._settings.database_url = self.chosen_url
        self._settings.sync()
        super().accept()
