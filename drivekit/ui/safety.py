"""The safety net in the GUI: automatic backups while collecting and at closing, the Backups
dialog (how many to keep, a second folder such as a USB stick), and the offer to restore the
newest good backup when the database is found damaged at start-up."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drivekit.errors import DatabaseDamaged, KnownError
from drivekit.services.backups import BackupResult, BackupSchedule, BackupService
from drivekit.ui.background import run_in_background
from drivekit.ui.widgets.layout import fit_dialog

if TYPE_CHECKING:
    from drivekit.services import Services

log = logging.getLogger(__name__)
TICK_MS = 60_000  # how often the 15-minute rule is looked at


def when_text(made: datetime | None, now: datetime | None = None) -> str:
    """“today 14:05” or “2026-12-01 14:05” in local time, for the status bar and the dialog."""
    if made is None:
        return QApplication.translate("BackupController", "never")
    local = made.astimezone()
    today = (now or datetime.now(timezone.utc)).astimezone().date()
    if local.date() == today:
        return QApplication.translate("BackupController", "today {0}").format(local.strftime("%H:%M"))
    return local.strftime("%Y-%m-%d %H:%M")


class BackupController(QObject):
    """Makes the automatic backups: after 100 signatures or 15 minutes with saves (off the GUI
    thread), and when the app closes. Tells the status bar when the last one was made."""

    status_changed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._services, self._clock = services, clock
        self.schedule = BackupSchedule()
        self.running = False
        self.last_error = ""
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        if self.enabled:
            self._timer.start()

    @property
    def enabled(self) -> bool:
        return self._services.backups.available

    def note_saved(self, *_args: object) -> None:
        """A signature was saved (Collect page or kiosk)."""
        if self.enabled and self.schedule.note_saved(self._clock()):
            self.backup_now()

    def _on_timer_timeout(self) -> None:
        if self.schedule.due(self._clock()):
            self.backup_now()

    def backup_now(self) -> bool:
        """Start an automatic backup off the GUI thread; False if one is already running."""
        if not self.enabled or self.running:
            return False
        self.running = True
        self.schedule.done()
        backups = self._services.backups
        run_in_background(lambda _progress: backups.backup(), self._on_backup_done, self._on_backup_failed)
        return True

    def backup_on_close(self) -> None:
        """The app is closing: one more backup if anything was written since the last one."""
        if not self.enabled:
            return
        self._timer.stop()
        try:
            self._services.backups.backup(only_if_changed=True)
        except KnownError as err:
            log.warning("no backup at closing: %s", err)
        except Exception:  # a bug must not stop the app from closing
            log.exception("backup at closing failed")

    def _on_backup_done(self, result: BackupResult) -> None:
        self.running = False
        self.last_error = "; ".join(result.warnings)
        self.status_changed.emit(self.status_text())

    def _on_backup_failed(self, err: BaseException) -> None:
        self.running = False
        self.last_error = str(err) if isinstance(err, KnownError) else self.tr("the backup failed; see the log file")
        self.status_changed.emit(self.status_text())

    def status_text(self) -> str:
        if not self.enabled:
            return ""
        made = self._services.backups.policy().last_backup
        text = self.tr("Last backup: {0}").format(when_text(made))
        if self.last_error:
            text += " — " + self.tr("problem: {0}").format(self.last_error)
        return text


class BackupsDialog(QDialog):
    """Where the automatic backups go, how many are kept, and a backup right now."""

    def __init__(self, services: Services, controller: BackupController | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services, self._controller = services, controller
        self.setWindowTitle(self.tr("Backups"))
        policy = services.backups.policy()
        intro = QLabel(self.tr("DriveKit copies the database every 100 signatures, every 15 minutes while you "
                               "collect, and when it closes. A second folder (a USB stick) keeps a copy too, "
                               "in case this computer is lost or broken."), self)
        intro.setWordWrap(True)
        self.folder_label = QLabel(str(policy.folder), self)
        self.folder_label.setWordWrap(True)
        self.last_label = QLabel(when_text(policy.last_backup), self)
        self.keep = QSpinBox(self)
        self.keep.setRange(1, 1000)
        self.keep.setValue(policy.keep)
        self.keep.setAccessibleName(self.tr("Backups to keep"))
        self.keep.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # as wide as its digits
        self.second = QLineEdit(str(policy.second_folder or ""), self)
        self.second.setPlaceholderText(self.tr("none"))
        self.second.setAccessibleName(self.tr("Second folder"))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._on_choose_clicked)
        clear = QPushButton(self.tr("None"), self)
        clear.clicked.connect(self.second.clear)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second, 1)
        second_row.addWidget(choose)
        second_row.addWidget(clear)
        self.now_button = QPushButton(self.tr("Back up now"), self)
        self.now_button.clicked.connect(self._on_now_clicked)
        self.message = QLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Data folder's backups:"), self.folder_label)
        form.addRow(self.tr("Last backup:"), self.last_label)
        form.addRow(self.tr("&Backups to keep:"), self.keep)
        second_label = QLabel(self.tr("&Second folder:"), self)
        second_label.setBuddy(self.second)  # a row holding a layout gets no buddy by itself: "&" would show
        form.addRow(second_label, second_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.now_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_dialog(self)

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second folder for backups"), self.second.text())
        if folder:
            self.second.setText(folder)

    def apply(self) -> bool:
        text = self.second.text().strip()
        try:
            self._services.backups.set_policy(self.keep.value(), Path(text) if text else None)
        except KnownError as err:
            self.message.setText(str(err))
            return False
        return True

    def _on_now_clicked(self) -> None:
        if not self.apply():
            return
        try:
            result = self._services.backups.backup()
        except KnownError as err:
            self.message.setText(self.tr("No backup was made: {0}").format(str(err)))
            return
        self.last_label.setText(when_text(self._services.backups.policy().last_backup))
        lines = [self.tr("Backup written: {0}").format(str(c.path)) for c in result.copies]
        self.message.setText("\n".join(lines + list(result.warnings)))
        if self._controller is not None:
            self._controller.schedule.done()
            self._controller.status_changed.emit(self._controller.status_text())

    def _on_buttons_accepted(self) -> None:
        if self.apply():
            if self._controller is not None:
                self._controller.status_changed.emit(self._controller.status_text())
            self.accept()


def offer_restore(err: DatabaseDamaged, db_url: str, parent: QWidget | None = None) -> bool:
    """The database was found damaged: explain, and offer the newest good backup. True once restored."""
    backup = err.backup if isinstance(err.backup, Path) else None
    if backup is None:
        text = QApplication.translate("offer_restore", "The database is damaged and no good backup of it was found.")
        QMessageBox.critical(parent, "DriveKit", text + "\n\n" + str(err))
        return False
    text = QApplication.translate(
        "offer_restore", "The database is damaged, so DriveKit cannot open it safely.\n\nThe newest good backup is "
        "{0}. Restore it? The damaged database is kept aside; signatures saved after that backup are not in it "
        "(collect them again from another laptop's bundle or the paper sheets).").format(backup.name)
    box = QMessageBox(QMessageBox.Icon.Warning, "DriveKit", text, parent=parent)
    box.setDetailedText("\n".join(err.problems))
    restore = box.addButton(QApplication.translate("offer_restore", "Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("offer_restore", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    try:
        BackupService.for_url(db_url).restore(backup)
    except KnownError as failure:
        QMessageBox.critical(parent, "DriveKit", str(failure))
        return False
    return True
