"""A short wizard that creates a campaign: petition, signer rules and consent, targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from drivekit.domain.consent import consent_wording
from drivekit.domain.signer_fields import DEFAULT_REQUIRED, OPTIONAL_REQUIREMENTS
from drivekit.errors import KnownError, ValidationError
from drivekit.services.campaigns import DEFAULT_CONSENT, campaign_problems, check_postcode_prefixes
from drivekit.services.records import CampaignInfo
from drivekit.ui.collect.countries import CountryCombo
from drivekit.ui.widgets.field_flow import FieldFlow, field_text
from drivekit.ui.widgets.field_message import FieldMessage
from drivekit.ui.widgets.layout import snug

if TYPE_CHECKING:
    from drivekit.services import Services

OPTIONAL_FIELDS = OPTIONAL_REQUIREMENTS


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


def _prefix_problem(text: str) -> str:
    try:
        check_postcode_prefixes([text])
    except KnownError as err:
        return str(err)
    return ""


def _with_message(field: QWidget, message: FieldMessage) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(field)
    box.addWidget(message)
    return box


class _PetitionPage(QWizardPage):
    """The petition's details, with the Collect form's keyboard rules: Enter moves on (the petition text
    keeps Enter for new lines), Enter in the last field goes to the next page; a field left wrong, or
    Next with a wrong field, says so under it and puts the cursor there."""

    def __init__(self, wizard: CampaignWizard) -> None:
        super().__init__(wizard)
        self.title_edit = QLineEdit(self)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.goal_edit = QSpinBox(self)
        self.goal_edit.setRange(1, 100_000_000)
        self.goal_edit.setValue(1000)
        self.goal_edit.setGroupSeparatorShown(True)
        self.organisation_edit = QLineEdit(self)
        fields: dict[str, QWidget] = {"title": self.title_edit, "text": self.text_edit, "goal": self.goal_edit}
        self.messages = {name: FieldMessage(self, keep_room=False) for name in fields}
        self.form = _form(self)
        self.flow = FieldFlow(self, fields, self.messages, self._check,
                              order=[self.title_edit, self.text_edit, self.goal_edit, self.organisation_edit])
        self.flow.submit_requested.connect(wizard.next)

    def add_row(self, label: str, name: str, field: QWidget) -> None:
        # Our own label with its buddy: QFormLayout gives a label a buddy only beside a widget, and beside the
        # field-and-message layout it showed "&Title" with its "&" (and Alt+T went nowhere).
        caption = QLabel(label, self)
        caption.setBuddy(field)
        self.form.addRow(caption, _with_message(field, self.messages[name]) if name in self.messages else field)

    def _check(self, name: str) -> str | None:
        return campaign_problems(self.title_edit.text(), self.text_edit.toPlainText(), self.goal_edit.value()).get(name)

    def _left(self, name: str) -> None:
        if field_text(self.flow.fields[name]).strip() or self.flow.showing(name):
            self.flow.check_and_show(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        flow = getattr(self, "flow", None)  # set at the end of __init__
        return bool(flow is not None and flow.filter(watched, event)) or super().eventFilter(watched, event)

    def validatePage(self) -> bool:
        """Next with a wrong field: every message shows, the cursor goes to the first."""
        errors = campaign_problems(self.title_edit.text(), self.text_edit.toPlainText(), self.goal_edit.value())
        errors.pop("country", None)
        self.flow.show_errors(errors)
        return not errors


class CampaignWizard(QWizard):
    """On Finish the campaign and its targets are created through the services; errors keep it open."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created: CampaignInfo | None = None
        self.setWindowTitle(self.tr("New campaign"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)

        petition = self.petition = _PetitionPage(self)
        petition.setTitle(self.tr("The petition"))
        petition.setSubTitle(self.tr("What people sign, and who collects it."))
        self.title, self.text, self.goal, self.organisation = (petition.title_edit, petition.text_edit,
                                                               petition.goal_edit, petition.organisation_edit)
        self.title.setAccessibleName(self.tr("Petition title"))
        self.text.setAccessibleName(self.tr("Petition text"))
        self.goal.setAccessibleName(self.tr("Goal, in signatures"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        petition.add_row(self.tr("&Title"), "title", self.title)
        petition.add_row(self.tr("Petition &text"), "text", self.text)
        petition.add_row(self.tr("&Goal (signatures)"), "goal", self.goal)
        petition.add_row(self.tr("&Organisation"), "organisation", self.organisation)
        petition.flow.left = petition._left
        self.addPage(petition)

        signers = QWizardPage(self)
        signers.setTitle(self.tr("Signers"))
        signers.setSubTitle(self.tr("Where most signers live, what they agree to, and what they must give."))
        self.country = CountryCombo(signers)
        self.country.setAccessibleName(self.tr("Default country"))
        self.country.set_default(QLocale.territoryToCode(QLocale.system().territory()) or "GB")
        self.consent = QPlainTextEdit(consent_wording(DEFAULT_CONSENT), signers)  # kept as is: stored as the default
        self.consent.setAccessibleName(self.tr("Consent wording"))
        self.consent.setTabChangesFocus(True)
        labels = {"email": self.tr("Email"), "phone": self.tr("Phone"), "address": self.tr("Address"),
                  "postcode": self.tr("Postcode"), "city": self.tr("Town or city"), "country": self.tr("Country")}
        self.required: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for i, name in enumerate(OPTIONAL_FIELDS):
            box = QCheckBox(labels[name], signers)
            self.required[name] = box
            snug(box)
            grid.addWidget(box, i // 3, i % 3)
        form = _form(signers)
        form.addRow(self.tr("Default &country"), self.country)
        form.addRow(self.tr("Co&nsent wording"), self.consent)
        note = QLabel(self.tr("Required besides a name:"), signers)
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(grid)
        self.addPage(signers)

        targets = QWizardPage(self)
        targets.setTitle(self.tr("Targets"))
        targets.setSubTitle(self.tr("Who receives the petition. You can skip this and add them later."))
        explain = QLabel(self.tr("Postcode prefixes say whose signatures each target receives (for example SW1, SE1). "
                                 "Leave them empty to give a target every signature."), targets)
        explain.setWordWrap(True)
        self.target_name = QLineEdit(targets)
        self.target_name.setAccessibleName(self.tr("Target name"))
        self.target_role = QLineEdit(targets)
        self.target_role.setAccessibleName(self.tr("Target role"))
        self.target_prefixes = QLineEdit(targets)
        self.target_prefixes.setAccessibleName(self.tr("Postcode prefixes, separated by commas"))
        self.target_prefixes.setPlaceholderText(self.tr("for example SW1, SE1"))
        self.add_target_button = QPushButton(self.tr("&Add target"), targets)
        self.remove_target_button = QPushButton(self.tr("&Remove"), targets)
        self.target_message = FieldMessage(targets)  # its room kept: the list below does not jump
        self.target_message.reserve([self.tr("Please give the target's name."), _prefix_problem("!!!")])
        self.target_list = QListWidget(targets)
        self.target_list.setAccessibleName(self.tr("Targets added"))
        form = _form(targets)
        form.addRow(explain)
        form.addRow(self.tr("&Name"), self.target_name)
        form.addRow(self.tr("R&ole"), self.target_role)
        form.addRow(self.tr("&Postcode prefixes"), self.target_prefixes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_target_button)
        buttons.addWidget(self.remove_target_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        room = QWidget(targets)  # always shown: a form layout gives no room to a hidden row
        room_layout = QVBoxLayout(room)
        room_layout.setContentsMargins(0, 0, 0, 0)
        room_layout.addWidget(self.target_message)
        form.addRow(room)
        form.addRow(self.target_list)
        self.add_target_button.clicked.connect(self._on_add_target_clicked)
        self.remove_target_button.clicked.connect(self._on_remove_target_clicked)
        # Enter moves on through name and role; in the prefixes (the target's last field) it adds the
        # target, and only that: Finish stays a deliberate press (it once also finished the wizard)
        self.target_flow = FieldFlow(self, {}, {}, lambda _name: None,
                                     order=[self.target_name, self.target_role, self.target_prefixes])
        self.target_flow.submit_requested.connect(self._on_add_target_clicked)
        for edit in (self.target_name, self.target_prefixes):
            edit.textEdited.connect(self._on_target_edited)
        self.addPage(targets)
        self.resize(720, 560)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        flow = getattr(self, "target_flow", None)  # set in __init__
        return bool(flow is not None and flow.filter(watched, event)) or super().eventFilter(watched, event)

    # -- targets ----------------------------------------------------------------------------
    def targets(self) -> list[tuple[str, str, list[str]]]:
        return [self.target_list.item(i).data(256) for i in range(self.target_list.count())]

    def _target_problem(self) -> tuple[str, QWidget] | None:
        if not self.target_name.text().strip():
            return self.tr("Please give the target's name."), self.target_name
        try:
            check_postcode_prefixes(self.target_prefixes.text().replace(";", ",").split(","))
        except KnownError as err:
            return str(err), self.target_prefixes
        return None

    def _on_target_edited(self) -> None:
        """A shown message goes as soon as the target is right."""
        if self.target_message.text():
            problem = self._target_problem()
            self.target_message.show_text(problem[0] if problem else None)

    def _on_add_target_clicked(self) -> None:
        name, role = self.target_name.text().strip(), self.target_role.text().strip()
        problem = self._target_problem()
        if problem is not None:
            self.target_message.show_text(problem[0])
            problem[1].setFocus()
            return
        prefixes = check_postcode_prefixes(self.target_prefixes.text().replace(";", ",").split(","))
        label = name + (f" — {role}" if role else "")
        label += ": " + (", ".join(prefixes) if prefixes else self.tr("all postcodes"))
        item = QListWidgetItem(label)
        item.setData(256, (name, role, prefixes))
        self.target_list.addItem(item)
        for edit in (self.target_name, self.target_role, self.target_prefixes):
            edit.clear()
        self.target_message.show_text(None)
        self.target_name.setFocus()

    def _on_remove_target_clicked(self) -> None:
        for item in self.target_list.selectedItems():
            self.target_list.takeItem(self.target_list.row(item))

    # -- finishing --------------------------------------------------------------------------
    def accept(self) -> None:
        if self.target_name.text().strip():
            self._on_add_target_clicked()  # a target typed but not yet added is not silently dropped
            if self.target_name.text().strip():
                return
        try:
            campaign = self._services.campaigns.create(
                self.title.text(), self.text.toPlainText(), self.goal.value(), self.organisation.text(),
                self.country.code() or "GB", self.consent.toPlainText(),
                [*DEFAULT_REQUIRED, *[n for n, box in self.required.items() if box.isChecked()]])
        except ValidationError as err:
            if {"title", "text", "goal"} & set(err.errors):
                while self.currentId() != self.startId():  # back to the page with the problem
                    self.back()
            QMessageBox.warning(self, self.tr("New campaign"), "\n".join(err.errors.values()))
            return
        except KnownError as err:
            QMessageBox.warning(self, self.tr("New campaign"), str(err))
            return
        for name, role, prefixes in self.targets():
            self._services.campaigns.add_target(campaign.id, name, role, "", prefixes)
        self.created = self._services.campaigns.get(campaign.id)
        super().accept()
