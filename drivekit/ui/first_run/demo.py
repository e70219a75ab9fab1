"""Creating the demo campaign off the GUI thread, with a progress dialog that can cancel it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from drivekit.errors import Cancelled, KnownError
from drivekit.ui.background import Task, run_in_background

DEMO_SIGNATURES = 3000


def start_demo(parent: QWidget, services, on_created: Callable[[str], None],  # type: ignore[no-untyped-def]
               signatures: int = DEMO_SIGNATURES) -> Task:
    """Build a demo campaign in the background; `on_created(campaign_id)` runs on the GUI thread."""
    dialog = QProgressDialog(parent.tr("Creating the demo campaign…"), parent.tr("Cancel"), 0, max(signatures, 1), parent)
    dialog.setWindowTitle(parent.tr("Demo campaign"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def work(progress):  # type: ignore[no-untyped-def]
        return services.demo.create(signatures=signatures, seed=7, progress=progress)

    def on_progress(done: int, total: int, _label: str) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def on_success(result) -> None:  # type: ignore[no-untyped-def]
        dialog.close()
        dialog.deleteLater()
        on_created(result.campaign_id)

    def on_error(err: BaseException) -> None:
        dialog.close()
        dialog.deleteLater()
        if isinstance(err, Cancelled):
            return
        message = str(err) if isinstance(err, KnownError) else parent.tr("Something went wrong; details are in the log file.")
        QMessageBox.warning(parent, parent.tr("Demo campaign"), message)

    task = run_in_background(work, on_success, on_error, on_progress)
    dialog.canceled.connect(task.cancel)
    dialog.show()
    return task
