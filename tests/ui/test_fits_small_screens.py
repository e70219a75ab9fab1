"""Every screen fits a 1024×600 laptop, in English, French and Spanish, with large text on or off.

The window manager's title bar and borders take part of the 600 pixels, so the window itself must fit
1024 − 10 by 600 − 40. Pages that are genuinely tall scroll up and down; nothing may push the window
wider than the screen, and the sidebar's page names are never cut short.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from drivekit.domain.drawing import encode_strokes
from drivekit.domain.validation import SignerInput
from drivekit.ui.background import wait_for_all
from drivekit.ui.collect.dialogs import NewEventDialog
from drivekit.ui.database_dialog import DatabaseDialog
from drivekit.ui.delivery.paper import PaperEntryDialog
from drivekit.ui.first_run.wizard import CampaignWizard
from drivekit.ui.kiosk.pin_dialogs import SetPinDialog
from drivekit.ui.privacy.audit_dialog import AuditLogDialog
from drivekit.ui.privacy.settings_dialog import CampaignPrivacyDialog
from drivekit.ui.resources import LANGUAGES, apply_style, load_translations
from drivekit.ui.safety import BackupsDialog
from drivekit.ui.signatures.edit_dialog import SignatureEditDialog
from drivekit.ui.signatures.withdraw_dialog import WithdrawDialog
from drivekit.ui.sync.enrol_dialog import EnrolDialog

SCREEN = QSize(1024, 600)
FRAME = QSize(10, 40)  # a window manager's borders and title bar
USABLE = SCREEN - FRAME
THEMES = {"normal": False, "large": True}


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The real .qm catalogue installed as the app installs it; removed afterwards."""
    code = request.param
    before = QLocale()
    translators = load_translations(qapp, code)
    assert code == "en" or translators, f"no catalogue for {code}"
    yield code
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:  # type: ignore[no-untyped-def]
    apply_style(qapp, THEMES[request.param])
    yield request.param
    apply_style(qapp, False)


def _fill(services):  # type: ignore[no-untyped-def]
    """Two campaigns (so the campaign chooser shows too), with an event, a target and signatures, and past
    its retention date (so the purge reminder shows above the pages)."""
    services.campaigns.create("Save the bus line", "Keep the 12 running.", 200, "Riders", "FR")
    campaign = services.campaigns.create("Keep the library open", "We ask the council to keep it open.", 5000,
                                         "Friends of the Library", "GB")
    services.campaigns.add_event(campaign.id, "Saturday market stall", date(2026, 12, 5), "Market square")
    services.campaigns.add_target(campaign.id, "Councillor Jane Okafor", postcode_prefixes=["M8"])
    services.retention.set_retention(campaign.id, date(2026, 1, 31))  # passed: the purge reminder shows too
    saved = [services.signatures.save(campaign.id, SignerInput(first_name=first, last_name=last, postcode="M8 4HF",
                                                               city="Manchester", country="GB", petition_consent=True))
             for first, last in (("Ada", "Lovelace"), ("Alan", "Turing"))]
    return campaign, services.signatures.get(str(saved[0].id))


def _drawn(services, campaign_id: str):  # type: ignore[no-untyped-def]
    """A kiosk signature with everything filled in: a comment and a drawn signature make the edit dialog tallest."""
    signer = SignerInput(first_name="Marie-Josèphe", last_name="de La Tour d’Auvergne", email="mj@example.org",
                         phone="+33 6 12 34 56 78", address="12 rue des Lilas", postcode="75011", city="Paris",
                         country="FR", comment="Pour mes enfants.", petition_consent=True, contact_consent=True)
    strokes = encode_strokes([[[100, 200], [300, 50], [500, 250]], [[600, 150], [900, 160]]])
    saved = services.signatures.save(campaign_id, signer, drawing=strokes, drawing_format="strokes-json", source="kiosk")
    return services.signatures.get(str(saved.id))


def _settle(qapp: QApplication) -> None:
    """Layout requests travel up one parent at a time: let them all arrive."""
    for _ in range(4):
        qapp.processEvents()


def _show_page(qapp: QApplication, window, index: int) -> QSize:  # type: ignore[no-untyped-def]
    """Page `index` in a window the size of a small laptop's screen; what the window then needs at least."""
    window.show_page(index)
    hints = []
    while len(hints) < 2 or hints[-1] != hints[-2]:  # the main window's layout caches one round late
        assert len(hints) < 6, f"the minimum size never settles: {hints}"
        _settle(qapp)
        window.resize(USABLE)
        _settle(qapp)
        hints.append(window.minimumSizeHint().expandedTo(window.minimumSize()))
    return hints[-1]


def _fits(size: QSize) -> bool:
    return size.width() <= USABLE.width() and size.height() <= USABLE.height()


def _off_screen(window: QWidget) -> list[str]:
    """Buttons and one-line labels that stick out of the window's right edge (vertical ones may scroll)."""
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel)) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        right = widget.mapTo(window, widget.rect().topRight()).x()
        if right >= window.width() and (widget.text() if hasattr(widget, "text") else ""):
            out.append(f"{type(widget).__name__} {widget.text()!r} ends at x={right}")
    return out


def _clipped(window: QWidget) -> list[str]:
    """Wrapped labels given fewer lines than their text needs; buttons and labels squeezed below their text,
    across or up and down."""
    out = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel)) or not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.height() < widget.heightForWidth(widget.width()):
                out.append(f"{widget.text()[:40]!r} needs {widget.heightForWidth(widget.width())} px high, has "
                           f"{widget.height()}")
        elif widget.width() < widget.minimumSizeHint().width():
            out.append(f"{widget.text()[:40]!r} needs {widget.minimumSizeHint().width()} px wide, has {widget.width()}")
        elif widget.height() < widget.minimumSizeHint().height():  # an accent or an underlined shortcut cut off
            out.append(f"{widget.text()[:40]!r} needs {widget.minimumSizeHint().height()} px high, has "
                       f"{widget.height()}")
    return out


def _shown_ampersands(root: QWidget) -> list[str]:
    """Labels whose shortcut letter has no field to go to: Qt then shows the "&" itself ("&Titre")."""
    from PySide6.QtGui import Qt as GuiQt

    return [f"{label.text()!r} shows its &" for label in root.findChildren(QLabel)
            if re.search(r"&[^&\s]", label.text().replace("&&", "")) and label.buddy() is None
            and not GuiQt.mightBeRichText(label.text())]


def _sidebar_cut(window) -> list[str]:  # type: ignore[no-untyped-def]
    nav = window.nav
    room = nav.viewport().width()
    metrics = nav.fontMetrics()
    return [nav.item(i).text() for i in range(nav.count())
            if metrics.horizontalAdvance(nav.item(i).text()) + 24 > room]  # 12 px of padding each side


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_page_fits_a_small_laptop(qapp, qtbot, services, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    _fill(services)
    window = make_main_window()
    qtbot.waitUntil(window.retention_bar.isVisible, timeout=20_000)  # the reminder is checked off the GUI thread
    assert window.campaign_bar.isVisible() and window.retention_bar.isVisible()
    problems = []
    for index, title in enumerate(window.page_titles):
        hint = _show_page(qapp, window, index)
        if not _fits(hint) or window.size() != USABLE:
            problems.append(f"{title}: needs {hint.width()}×{hint.height()}, window is {window.width()}×"
                            f"{window.height()}")
        problems += [f"{title}: {p}" for p in _off_screen(window) + _clipped(window) + _shown_ampersands(window)]
        status = window.statusBar()
        if status.geometry().bottom() >= window.height() or status.minimumSizeHint().width() > window.width():
            problems.append(f"{title}: the status bar needs {status.minimumSizeHint().width()} px or is below")
    assert wait_for_all(10_000)  # the Dashboard's count lands while its labels still exist
    _settle(qapp)
    cut = _sidebar_cut(window)
    assert not cut, f"sidebar cuts {cut} ({language}, {theme})"
    assert not problems, f"({language}, {theme}) " + "; ".join(problems)


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_first_run_welcome_fits(qapp, services, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    assert window.root.currentWidget() is window.welcome
    _settle(qapp)
    window.resize(USABLE)
    _settle(qapp)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert _fits(hint), f"welcome needs {hint.width()}×{hint.height()} ({language}, {theme})"
    assert not _off_screen(window) and not _clipped(window)


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_every_dialog_fits_a_small_laptop(qapp, qtbot, services, make_main_window, ui_settings,  # type: ignore[no-untyped-def]
                                          language, theme) -> None:
    campaign, record = _fill(services)
    window = make_main_window()
    dialogs = {
        "new campaign": CampaignWizard(services, window),
        "backups": BackupsDialog(services, window.backups, window),
        "database": DatabaseDialog(type(services.database), ui_settings, "drivekit.sqlite3", window),
        "privacy": CampaignPrivacyDialog(services, campaign.id, window),
        "audit log": AuditLogDialog(services, campaign.id, window),
        "paper sheet": PaperEntryDialog(services, campaign.id, window),
        "new event": NewEventDialog(window),
        "edit signature": SignatureEditDialog(services, record, window),
        "edit a kiosk signature": SignatureEditDialog(services, _drawn(services, campaign.id), window),
        "withdraw": WithdrawDialog(record, window),
        "enrol laptop": EnrolDialog("Stall laptop 2", "CDOU-WCVN-TVCU-JKAV-P2LP", 3, window),
        "kiosk PIN": SetPinDialog(services, campaign.id, window),
    }
    problems = []
    for name, dialog in dialogs.items():
        dialog.show()
        _settle(qapp)
        # A dialog opens at its size hint (and may not be made smaller than its minimum)
        for kind, size in (("minimum", dialog.minimumSizeHint().expandedTo(dialog.minimumSize())),
                           ("opening", dialog.size())):
            if not _fits(size):
                problems.append(f"{name}: {kind} size {size.width()}×{size.height()}")
        problems += [f"{name}: {p}" for p in _off_screen(dialog) + _clipped(dialog) + _shown_ampersands(dialog)]
        dialog.reject()
    assert not problems, f"({language}, {theme}) " + "; ".join(problems)


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_large_text_off_gives_the_space_back(qapp, services, make_main_window, language) -> None:  # type: ignore[no-untyped-def]
    _fill(services)
    apply_style(qapp, False)  # as the app starts
    window = make_main_window()

    def needs() -> list[tuple[int, int, int]]:
        out = []
        for index in range(window.pages.count()):
            hint = _show_page(qapp, window, index)
            out.append((hint.width(), hint.height(), window.nav.width()))
        return out

    small = needs()
    window.large_text_action.setChecked(True)
    try:
        qapp.processEvents()
        large = needs()
        assert all(b[2] > a[2] for a, b in zip(small, large, strict=True)), "the sidebar grows with large text"
    finally:
        window.large_text_action.setChecked(False)
    qapp.processEvents()
    assert needs() == small
    assert wait_for_all(10_000)
    _settle(qapp)


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_status_bar_gives_the_campaign_title_room(qapp, qtbot, services, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    """At 1024 px with large text in French the title read "Campagne : Save the Ri…" while "Aucun événement
    choisi" and the other labels kept their whole width: the title, which says where signatures go, keeps
    its first 34 characters (prefix included), and the event's label gives way too."""
    from PySide6.QtCore import Qt

    services.campaigns.create("Save the Riverside Library", "We ask the council to keep it open.", 5000, "Friends")
    window = make_main_window()
    window.resize(USABLE)
    _settle(qapp)
    label = window.status_campaign
    shown = label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, label.contentsRect().width())
    assert "Save the Riverside" in shown, f"the title reads {shown!r} ({language}, {theme})"
    assert window.statusBar().minimumSizeHint().width() <= window.width()
    assert label.toolTip() == label.text()  # the whole title, on demand
