"""First run on a laptop: the name the organiser will see for it ("Stall 2"), asked once, after the
campaign file is installed. Enter keeps what is typed; Skip (or Escape) keeps the computer's own name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from drivekit.errors import KnownError
from drivekit.services.sync import device_name_problem
from drivekit.ui.widgets.field_message import ReservedLabel
from drivekit.ui.widgets.layout import fit_dialog

if TYPE_CHECKING:
    from drivekit.services import Services
    from drivekit.ui.settings import UiSettings


class LaptopNameDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Name this laptop"))
        intro = QLabel(self.tr("The organiser sees this name on every sync file from this laptop, and in the list of "
                               "what has not arrived yet. Choose one people at the drive will recognise, e.g. "
                               "“Stall 2” or “Anna’s laptop”."))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(services.sync.identity().name)  # the computer's own name, to keep or change
        self.name_edit.setAccessibleName(self.tr("Laptop name"))
        self.name_edit.selectAll()
        label = QLabel(self.tr("&Name of this laptop:"))
        label.setBuddy(self.name_edit)
        # Its room is kept, so the buttons do not move down when it shows, nor up when it goes
        self.message = ReservedLabel(self)
        self.message.setObjectName("fieldMessage")
        self.message.reserve([device_name_problem("") or ""])
        self.message.show_text(None)
        self.name_edit.textChanged.connect(self._on_name_edit_text_changed)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save the name"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)  # Enter in the field saves
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        fit_dialog(self, 440)
        self.name_edit.setFocus()  # type straight away

    def accept(self) -> None:
        try:
            self._services.sync.rename_device(self.name_edit.text())
        except KnownError as err:  # an empty or too long name: said under the field, which keeps the focus
            self.message.show_text(str(err))
            self.name_edit.setFocus()
            return
        super().accept()

    def _on_name_edit_text_changed(self, text: str) -> None:
        if self.message.isVisibleTo(self) and device_name_problem(text) is None:
            self.message.show_text(None)  # fixed: the message goes as the name is typed


def ask_laptop_name_once(parent: QWidget | None, services: Services, settings: UiSettings) -> None:
    """Ask for the laptop's name the first time a campaign file is installed here; never again after an
    answer (saved or skipped): the Sync page's "Name this laptop…" changes it later."""
    if settings.laptop_named:
        return
    LaptopNameDialog(services, parent).exec()
    settings.laptop_named = True
