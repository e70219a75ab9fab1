"""A short wizard that creates a campaign: petition, signer rules and consent, targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
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
    QWidget,
    QWizard,
    QWizardPage,
)

from drivekit.domain.consent import consent_wording
from drivekit.domain.signer_fields import DEFAULT_REQUIRED, OPTIONAL_REQUIREMENTS
from drivekit.errors import KnownError, ValidationError
from drivekit.services.campaigns import DEFAULT_CONSENT, check_postcode_prefixes
from drivekit.services.records import CampaignInfo
from drivekit.ui.collect.countries import CountryCombo

if TYPE_CHECKING:
    from drivekit.services import Services

OPTIONAL_FIELDS = OPTIONAL_REQUIREMENTS


def _form(page: QWidget) -> QFormLayout:
    form = QFormLayout(page)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class CampaignWizard(QWizard):
    """On Finish the campaign and its targets are created through the services; errors keep it open."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created: CampaignInfo | None = None
        self.setWindowTitle(self.tr("New campaign"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)

        petition = QWizardPage(self)
        petition.setTitle(self.tr("The petition"))
        petition.setSubTitle(self.tr("What people sign, and who collects it."))
        self.title = QLineEdit(petition)
        self.title.setAccessibleName(self.tr("Petition title"))
        self.text = QPlainTextEdit(petition)
        self.text.setAccessibleName(self.tr("Petition text"))
        self.text.setTabChangesFocus(True)
        self.goal = QSpinBox(petition)
        self.goal.setRange(1, 100_000_000)
        self.goal.setValue(1000)
        self.goal.setGroupSeparatorShown(True)
        self.goal.setAccessibleName(self.tr("Goal, in signatures"))
        self.organisation = QLineEdit(petition)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        form = _form(petition)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Petition &text"), self.text)
        form.addRow(self.tr("&Goal (signatures)"), self.goal)
        form.addRow(self.tr("&Organisation"), self.organisation)
        petition.registerField("title*", self.title)
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
        self.target_message = QLabel(targets)
        self.target_message.setObjectName("fieldMessage")
        self.target_message.setWordWrap(True)
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
        form.addRow(self.target_message)
        form.addRow(self.target_list)
        self.add_target_button.clicked.connect(self._on_add_target_clicked)
        self.remove_target_button.clicked.connect(self._on_remove_target_clicked)
        self.target_prefixes.returnPressed.connect(self._on_add_target_clicked)
        self.addPage(targets)
        self.resize(720, 560)

    # -- targets ----------------------------------------------------------------------------
    def targets(self) -> list[tuple[str, str, list[str]]]:
        return [self.target_list.item(i).data(256) for i in range(self.target_list.count())]

    def _on_add_target_clicked(self) -> None:
        name, role = self.target_name.text().strip(), self.target_role.text().strip()
        if not name:
            self.target_message.setText(self.tr("Please give the target's name."))
            self.target_name.setFocus()
            return
        try:
            prefixes = check_postcode_prefixes(self.target_prefixes.text().replace(";", ",").split(","))
        except KnownError as err:
            self.target_message.setText(str(err))
            self.target_prefixes.setFocus()
            return
        label = name + (f" — {role}" if role else "")
        label += ": " + (", ".join(prefixes) if prefixes else self.tr("all postcodes"))
        item = QListWidgetItem(label)
        item.setData(256, (name, role, prefixes))
        self.target_list.addItem(item)
        for edit in (self.target_name, self.target_role, self.target_prefixes):
            edit.clear()
        self.target_message.clear()
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
