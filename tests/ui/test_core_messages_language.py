"""Messages from below the UI (domain, services) speak the GUI's language: the Qt catalogue and the
core's catalogue (drivekit.i18n) are chosen together by ui.resources.load_translations."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from drivekit.i18n import current_language, set_language
from drivekit.ui.collect.countries import CountryCombo
from drivekit.ui.collect.page import CollectPage
from drivekit.ui.resources import load_translations


@pytest.fixture
def gui_language() -> Iterator:  # type: ignore[type-arg]
    """`gui_language("fr")` switches the app as View > Language does at start-up; undone afterwards."""
    app = QApplication.instance()
    previous = QLocale()
    installed: list = []  # type: ignore[type-arg]

    def switch(code: str) -> None:
        installed.extend(load_translations(app, code))  # type: ignore[arg-type]

    yield switch
    for translator in installed:
        app.removeTranslator(translator)  # type: ignore[union-attr]
    QLocale.setDefault(previous)
    set_language("en")


@pytest.mark.parametrize(("lang", "email_message", "label"), [
    ("fr", "Il manque le @ dans l’adresse e-mail, comme dans nom@exemple.org.", "E-mail : "),
    ("es", "A la dirección de correo le falta la @, como en nombre@ejemplo.org.", "Correo electrónico: "),
])
def test_a_refusal_from_the_services_reads_in_the_guis_language(
        qtbot, services, campaign, gui_language, lang: str, email_message: str, label: str) -> None:  # type: ignore[no-untyped-def]
    gui_language(lang)
    assert current_language() == lang
    page = CollectPage(services)
    qtbot.addWidget(page)
    page.set_campaign(campaign.id)
    page.show()
    page.form.inputs["first_name"].setText("Kim")
    page.form.inputs["email"].setText("kim.example.org")
    page.form.consent.setChecked(True)

    assert page.save() is None  # refused by services.signatures.save (domain validation)
    assert services.signatures.list(campaign.id) == []
    assert page.form.messages["email"].text() == email_message
    # the field's name and the punctuation are the page's own words (Qt's catalogue), in the same language
    assert page.message_line.isVisible() and page.message_line.text() == label + email_message


def test_the_country_picker_speaks_the_guis_language(qtbot, gui_language) -> None:  # type: ignore[no-untyped-def]
    gui_language("fr")
    combo = CountryCombo()
    qtbot.addWidget(combo)
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names.index("Égypte") < names.index("Émirats arabes unis") < names.index("Espagne") < names.index("Fidji")
    combo.setEditText("Allemagne")
    assert combo.code() == "DE"


@pytest.mark.parametrize(("lang", "start"), [("fr", "Je soutiens cette pétition"), ("es", "Apoyo esta petición")])
def test_the_default_consent_is_in_the_guis_language_and_a_campaigns_own_stays_as_written(
        qtbot, services, campaign, gui_language, lang: str, start: str) -> None:  # type: ignore[no-untyped-def]
    own = services.campaigns.create("Bus", "Keep the 42.", 10, consent_text="I agree to be counted (our own words).")
    gui_language(lang)
    page = CollectPage(services)
    qtbot.addWidget(page)
    page.show()

    page.set_campaign(campaign.id)  # created without a consent text of its own
    assert page.form.consent_text.text().startswith(start)
    assert "I support" not in page.form.consent_text.text()
    assert page.form.consent.accessibleDescription().startswith(start)  # read out with the tick box too
    page.set_campaign(own.id)
    assert page.form.consent_text.text() == "I agree to be counted (our own words)."


def test_the_wizards_default_consent_is_translated_and_kept_as_the_default(qtbot, services, gui_language) -> None:  # type: ignore[no-untyped-def]
    from drivekit.services.campaigns import DEFAULT_CONSENT
    from drivekit.ui.first_run.wizard import CampaignWizard

    gui_language("fr")
    wizard = CampaignWizard(services)
    qtbot.addWidget(wizard)
    assert wizard.consent.toPlainText().startswith("Je soutiens cette pétition")
    wizard.title.setText("Sauvons la ligne 42")
    wizard.text.setPlainText("Nous demandons le maintien de la ligne 42.")
    wizard.accept()
    assert wizard.created is not None
    stored = services.campaigns.get(wizard.created.id)
    assert stored.consent_text == DEFAULT_CONSENT  # the default, so a Spanish laptop shows it in Spanish
    set_language("es")
    assert stored.consent_wording.startswith("Apoyo esta petición")
