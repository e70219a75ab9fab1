"""The Collect form does not jump: a message appearing under a field, or a longer banner above the form,
moves no field, in English, French and Spanish, with large text on or off, in a window the size of a
1024×600 laptop's (where messages wrap the most)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from drivekit.ui.collect.page import CollectPage
from drivekit.ui.resources import LANGUAGES
from drivekit.ui.widgets.field_message import possible_messages
from tests.ui.test_fits_small_screens import THEMES, USABLE, language, theme  # noqa: F401  (fixtures)


def _settle(qapp: QApplication) -> None:
    for _ in range(4):
        qapp.processEvents()


def _places(page: CollectPage) -> dict[str, QPoint]:
    """Where every field (and the consent boxes) sits in the form (which may scroll to show the focused one)."""
    return {w.objectName(): w.mapTo(page.form, QPoint(0, 0)) for w in page.form.order}


def _collect_page(qapp, window) -> CollectPage:  # type: ignore[no-untyped-def]
    window.show_page(0)
    window.resize(USABLE)
    _settle(qapp)
    page = window.current_page()
    assert isinstance(page, CollectPage)
    return page


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_field_moves_when_a_message_appears_or_goes(qapp, qtbot, services, campaign, make_main_window,  # type: ignore[no-untyped-def]
                                                      language, theme) -> None:
    window = make_main_window()
    page = _collect_page(qapp, window)
    form = page.form
    before = _places(page)
    moved = []
    for name in form.messages:
        country = form.text("country") or "GB"
        for message in possible_messages(name, form._rules, country):
            form.set_message(name, message)
            _settle(qapp)
            assert form.messages[name].isVisible()
            shown = form.messages[name]
            if shown.height() < shown.heightForWidth(shown.width()):
                moved.append(f"{name}: {message[:40]!r} is cut short")
            moved += [f"{name}: {message[:40]!r} moves {w} by {p.y() - before[w].y()} px"
                      for w, p in _places(page).items() if p != before[w]]
            form.set_message(name, None)
            _settle(qapp)
            assert _places(page) == before
    assert not moved, f"({language}, {theme}) " + "; ".join(moved)


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_a_wrong_value_typed_and_left_moves_nothing(qapp, qtbot, services, campaign, make_main_window,  # type: ignore[no-untyped-def]
                                                   language, theme) -> None:
    window = make_main_window()
    page = _collect_page(qapp, window)
    page.form.focus_first()
    qtbot.waitUntil(page.form.inputs["first_name"].hasFocus)
    page.form.inputs["last_name"].setText("Okafor")
    before = _places(page)
    for name, wrong in (("email", "bob@"), ("phone", "12"), ("postcode", "XYZ")):
        field = page.form.inputs[name]
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, wrong)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        _settle(qapp)
        assert page.form.messages[name].isVisible(), name
        assert _places(page) == before, name
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # failed save
    _settle(qapp)
    assert page.banner.property("kind") == "error"
    assert _places(page) == before


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_banner_keeps_its_height(qapp, qtbot, services, campaign, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    """Hint, "Saved", possible duplicate with a long name, errors: the form below stays put."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    form_top = page.form.mapTo(window, QPoint(0, 0))
    page._set_banner("ok", page.tr("Saved — {0} today at this event").format(1234))
    _settle(qapp)
    assert page.form.mapTo(window, QPoint(0, 0)) == form_top
    for _ in range(2):  # the same signer twice: a possible duplicate, a long name in a bold banner
        page.form.inputs["first_name"].setText("Maria Fernanda")
        page.form.inputs["last_name"].setText("Featherstonehaugh-Villanueva")
        page.form.inputs["postcode"].setText("SW1A 1AA")
        page.form.consent.setChecked(True)
        assert page.save() is not None
    assert page.banner.property("kind") == "duplicate"
    _settle(qapp)
    assert page.banner.height() >= page.banner.heightForWidth(page.banner.width()), "the banner is cut short"
    assert page.form.mapTo(window, QPoint(0, 0)) == form_top
    page.save()  # an empty form: "Not saved yet: please correct the marked fields."
    _settle(qapp)
    assert page.banner.property("kind") == "error"
    assert page.form.mapTo(window, QPoint(0, 0)) == form_top


def test_a_long_message_gets_the_room_it_needs(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A text longer than the reserve (an unusual case) is never cut: the label grows instead."""
    from drivekit.ui.widgets.field_message import FieldMessage

    holder = QWidget()
    qtbot.addWidget(holder)
    label = FieldMessage(holder)
    label.reserve(["short"])
    assert label.heightForWidth(200) == label.fontMetrics().height()
    label.show_text("a long message " * 20)
    assert label.heightForWidth(200) > 5 * label.fontMetrics().height()


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_save_button_keeps_its_size(qapp, qtbot, services, campaign, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    """Last session's pictures showed "Save signature (Ctrl+S)" bold and wider in one shot, thinner in the next
    (bold text drawn by a fallback font once the bundled fonts loaded): it keeps its size and its bold type
    whatever has focus and once the fonts are in."""
    from PySide6.QtCore import QEvent

    from drivekit.ui.fonts import install_fallback_fonts

    window = make_main_window()
    page = _collect_page(qapp, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = page.save_button
    first = page.form.order[0]
    seen = []
    for step in ("first field", "save button", "last field", "fonts loaded"):
        if step == "fonts loaded":
            install_fallback_fonts(qapp)
            for widget in (button, *button.findChildren(QWidget)):
                QApplication.sendEvent(widget, QEvent(QEvent.Type.FontChange))  # as the first load does
        else:
            target = {"first field": first, "save button": button, "last field": page.form.order[-2]}[step]
            target.setFocus()
            qtbot.waitUntil(target.hasFocus)
        _settle(qapp)
        seen.append((step, button.size(), button.fontInfo().bold(), button.fontInfo().family()))
    sizes = {s for _, s, _, _ in seen}
    assert len(sizes) == 1, f"({language}, {theme}) {seen}"
    assert all(bold for _, _, bold, _ in seen) and len({family for *_, family in seen}) == 1, seen
