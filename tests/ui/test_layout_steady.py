"""The Collect form does not jump: a wrong field is marked in place (a red frame and a warning sign inside
it) and one message line above the Save button, its room kept, says which field and why. A message
appearing or going, the banner's news changing, or a failed save moves no field and no button, in English,
French and Spanish, with large text on or off, in a window the size of a 1024×600 laptop's. With no room
kept under each field, the form shows as many rows as it can."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from drivekit.domain.validation import validate_field
from drivekit.ui.collect.form import LAYOUT
from drivekit.ui.collect.page import CollectPage
from drivekit.ui.resources import LANGUAGES
from drivekit.ui.widgets.field_message import possible_messages
from tests.ui.test_fits_small_screens import THEMES, USABLE, language, theme  # noqa: F401  (fixtures)


def _settle(qapp: QApplication) -> None:
    for _ in range(4):
        qapp.processEvents()


def _collect_page(qapp, window) -> CollectPage:  # type: ignore[no-untyped-def]
    window.show_page(0)
    window.resize(USABLE)
    _settle(qapp)
    page = window.current_page()
    assert isinstance(page, CollectPage)
    return page


def _view(page: CollectPage) -> QWidget:
    return page.findChild(QScrollArea).viewport()


def _rect(widget: QWidget, to: QWidget) -> QRect:
    return QRect(widget.mapTo(to, QPoint(0, 0)), widget.size())


def _fields(page: CollectPage) -> dict[str, QRect]:
    """Every field and tick box, where it sits in the form (which scrolls to show the focused one)."""
    return {w.objectName(): _rect(w, page.form) for w in page.form.order}


def _frame(page: CollectPage) -> dict[str, QRect]:
    """What must not move on the page: the form's view, the buttons, the message place."""
    window = page.window()
    return {"view": _rect(_view(page), window), "save": _rect(page.save_button, window),
            "undo": _rect(page.undo_button, window), "kiosk": _rect(page.kiosk_button, window),
            "line": _rect(page.message_line, window), "banner": _rect(page.banner, window)}


def _moved(before: dict[str, QRect], after: dict[str, QRect], what: str) -> list[str]:
    return [f"{what} moves {name}: {rect.getRect()} -> {after[name].getRect()}"
            for name, rect in before.items() if after[name] != rect]


def _whole(page: CollectPage) -> list[str]:
    line = page.message_line
    if line.height() < line.heightForWidth(line.width()):
        return [f"{line.text()[:50]!r} is cut short ({line.height()} < {line.heightForWidth(line.width())})"]
    return []


def _is_marked(page: CollectPage, name: str) -> bool:
    if name == "petition_consent":
        return page.form.consent.property("invalid") is True  # a tick box: its red square
    return page.form.flow.marked(name) and page.form.inputs[name].property("invalid") is True


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_no_field_moves_when_a_message_appears_or_goes(qapp, qtbot, services, campaign, make_main_window,  # type: ignore[no-untyped-def]
                                                      language, theme) -> None:
    """Every usual message of every field, alone and with another field marked: the field is marked, the
    line says its name and the message, whole, and nothing moves; the line keeps its height throughout."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    form, line = page.form, page.message_line
    _settle(qapp)
    fields, frame = _fields(page), _frame(page)
    assert not line.isVisible() and page.banner.isVisible()
    problems: list[str] = []
    heights = set()
    for name in form.messages:
        for message in possible_messages(name, form._rules, form.text("country") or "GB"):
            for with_other in (False, True):
                other = "email" if name != "email" else "phone"
                if with_other:
                    form.set_message(other, "x")
                form.set_message(name, message)
                _settle(qapp)
                what = f"{name}: {message[:40]!r}{' (and another)' if with_other else ''}"
                problems += _moved(fields, _fields(page), what) + _moved(frame, _frame(page), what) + _whole(page)
                heights.add(line.height())
                label = form.label_text(name) if name in form.inputs else ""
                if not (line.isVisible() and not page.banner.isVisible() and line.text().endswith(message)
                        and line.text().startswith(label)):
                    problems.append(f"{what} is not said in the line: {line.text()!r}")
                if not _is_marked(page, name):
                    problems.append(f"{what}: the field is not marked")
                form.clear_errors()
                _settle(qapp)
    assert not problems, f"({language}, {theme}) " + "; ".join(problems[:8])
    assert len(heights) == 1, f"the line's height changed: {sorted(heights)}"
    assert not line.isVisible() and page.banner.isVisible()
    assert _fields(page) == fields and _frame(page) == frame


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_typed_and_left_wrong_a_failed_save_and_the_fix_move_nothing(qapp, qtbot, services, campaign,  # type: ignore[no-untyped-def]
                                                                     make_main_window, language, theme) -> None:
    """As a volunteer types: a wrong email left, a wrong phone left, Ctrl+S refused, both fixed."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    form, line = page.form, page.message_line
    window.activateWindow()
    qtbot.waitUntil(form.inputs["first_name"].hasFocus)
    fields, frame = _fields(page), _frame(page)
    problems: list[str] = []

    def check(what: str) -> None:
        _settle(qapp)
        problems.extend(_moved(fields, _fields(page), what) + _moved(frame, _frame(page), what) + _whole(page))

    qtbot.keyClick(form.inputs["first_name"], Qt.Key.Key_Tab)  # empty fields passed by: nothing said
    qtbot.keyClick(form.inputs["last_name"], Qt.Key.Key_Tab)
    assert form.inputs["email"].hasFocus(), QApplication.focusWidget()
    assert not line.isVisible() and not form.has_errors(), line.text()
    for name, wrong in (("email", "bob@"), ("phone", "12")):
        field = form.inputs[name]
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, wrong)
        check(f"typing {wrong!r}")
        assert line.field() != name  # nothing said of it while it is typed
        qtbot.keyClick(field, Qt.Key.Key_Tab)
        check(f"leaving {name} with {wrong!r}")
        message = form.messages[name].text()
        assert message and _is_marked(page, name)
        assert line.isVisible() and line.field() == name and line.text().endswith(message)
        assert line.text().startswith(form.label_text(name)), line.text()
        # read out: the field's description is its message, and the line's accessible name is what it shows
        assert field.accessibleDescription() == message
        said = QAccessible.queryAccessibleInterface(line)
        assert said is not None and said.text(QAccessible.Text.Name) == line.text()

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # refused
    check("the failed save")
    assert services.signatures.list(campaign.id) == []
    assert form.inputs["last_name"].hasFocus() and line.field() == "last_name"  # the first wrong field
    assert {n for n in form.messages if form.messages[n].text()} == {"last_name", "email", "phone", "petition_consent"}
    qtbot.keyClicks(form.inputs["last_name"], "Okafor")  # fixed as typed: the line goes on to another field
    check("fixing the name")
    assert line.isVisible() and line.field() in ("email", "phone", "petition_consent")
    for name, right in (("email", "bob@example.org"), ("phone", "020 7946 0958")):
        form.inputs[name].setFocus()
        qtbot.waitUntil(form.inputs[name].hasFocus)
        form.inputs[name].selectAll()
        qtbot.keyClicks(form.inputs[name], right)
        check(f"fixing {name}")
        assert not _is_marked(page, name)
    form.consent.setFocus()
    qtbot.waitUntil(form.consent.hasFocus)
    qtbot.keyClick(form.consent, Qt.Key.Key_Space)
    check("ticking the box")
    assert not line.isVisible() and page.banner.isVisible() and not form.has_errors()
    assert not problems, f"({language}, {theme}) " + "; ".join(problems[:8])


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_long_message_gets_the_room_it_needs_and_moves_no_field(qapp, qtbot, services, campaign,  # type: ignore[no-untyped-def]
                                                                   make_main_window, language, theme) -> None:
    """Rare messages (a 201-letter name, a control character, a long misspelt country that the message
    quotes) are never cut: the line takes the lines it needs from the form's view, below the fields, so
    no field and no button moves."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    form, line = page.form, page.message_line
    fields, frame = _fields(page), _frame(page)
    del frame["view"], frame["line"], frame["banner"]  # the view gives the line room from its bottom
    view_top = _rect(_view(page), window).top()
    usual = line.height()
    grew = False
    for name, value in (("last_name", "x" * 201), ("first_name", "Ma\x07ya"),
                        ("country", "Republique populaire et democratique de quelque part tres loin " * 3)):
        message = validate_field(name, value, form._rules, "GB")
        assert message, (name, value)
        form.set_message(name, message)
        _settle(qapp)
        what = f"{name}: {message[:40]!r}"
        problems = _moved(fields, _fields(page), what) + _moved(frame, _frame(page), what) + _whole(page)
        assert not problems, f"({language}, {theme}) " + "; ".join(problems)
        assert line.text().endswith(message) and _rect(_view(page), window).top() == view_top
        grew = grew or line.height() > usual
        form.clear_errors()
        _settle(qapp)
        assert line.height() == usual and _fields(page) == fields
    assert grew, "no message here was longer than the line's kept room: this test tests nothing"


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_banner_keeps_its_height(qapp, qtbot, services, campaign, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    """Hint, "Saved", possible duplicate with a long name, a refused save: no field and no button moves."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    fields, frame = _fields(page), _frame(page)
    page._set_banner("ok", page.tr("Saved — {0} today at this event").format(1234))
    _settle(qapp)
    assert _fields(page) == fields and _frame(page) == frame
    for _ in range(2):  # the same signer twice: a possible duplicate, a long name in a bold banner
        page.form.inputs["first_name"].setText("Maria Fernanda")
        page.form.inputs["last_name"].setText("Featherstonehaugh-Villanueva")
        page.form.inputs["postcode"].setText("SW1A 1AA")
        page.form.consent.setChecked(True)
        assert page.save() is not None
    assert page.banner.property("kind") == "duplicate"
    _settle(qapp)
    assert page.banner.height() >= page.banner.heightForWidth(page.banner.width()), "the banner is cut short"
    assert _fields(page) == fields and _frame(page) == frame
    page.save()  # an empty form: refused, the line speaks of the first wrong field
    _settle(qapp)
    assert page.message_line.isVisible() and not page.banner.isVisible()
    assert _fields(page) == fields and _frame(page) == frame


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_save_button_keeps_its_size(qapp, qtbot, services, campaign, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    """Last session's pictures showed "Save signature (Ctrl+S)" bold and wider in one shot, thinner in the next
    (bold text drawn by a fallback font once the bundled fonts loaded): it keeps its size and its bold type
    whatever has focus, while a message shows beside it, and once the fonts are in; and it is not the
    kiosk's big touch button (a style sheet rule that lost its kiosk scope once made it 16 pt)."""
    from drivekit.ui.fonts import install_fallback_fonts

    window = make_main_window()
    page = _collect_page(qapp, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button = page.save_button
    first = page.form.order[0]
    seen = []
    for step in ("first field", "save button", "last field", "a message", "fonts loaded"):
        if step == "a message":
            page.form.set_message("email", page.form.possible_messages("email")[-1])
        elif step == "fonts loaded":
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
    assert button.font().pointSizeF() == page.undo_button.font().pointSizeF()  # the page's size, not the kiosk's


# Rows of fields (LAYOUT) a volunteer sees without scrolling, in a 1024×600 laptop's window. Before the
# marks and the one line, each field kept room under it for its message: with large text French showed
# 2 rows, Spanish 3, English 4. With large text the whole form (6 rows, the consent boxes, the pad) cannot
# fit 1024×600; with normal text every row does.
ROWS_IN_VIEW = {("normal", "en"): 6, ("normal", "fr"): 6, ("normal", "es"): 6,
                ("large", "en"): 5, ("large", "fr"): 4, ("large", "es"): 4}


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_the_form_shows_its_rows_without_scrolling(qapp, qtbot, services, campaign, make_main_window,  # type: ignore[no-untyped-def]
                                                   language, theme) -> None:
    window = make_main_window()
    page = _collect_page(qapp, window)
    view = _view(page)
    assert page.findChild(QScrollArea).verticalScrollBar().value() == 0
    rows: dict[int, bool] = {}
    for name, row, *_ in LAYOUT:
        label, field = _rect(page.form.labels[name], view), _rect(page.form.inputs[name], view)
        whole = label.top() >= 0 and field.bottom() < view.height()
        rows[row] = rows.get(row, True) and whole
    shown = 0
    while rows.get(shown):
        shown += 1
    assert shown >= ROWS_IN_VIEW[theme, language], (f"({language}, {theme}) {shown} of {len(rows)} rows in a "
                                          f"{view.width()}×{view.height()} view")


class _Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_a_marked_tick_box_is_drawn_marked_at_once(qapp, qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    """Seen under X: after a refused save the "I agree" box kept its plain look until the form scrolled (its
    style was polished again, but nothing asked Qt to draw it again). Marked and unmarked, it is redrawn."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    box = page.form.consent
    page.findChild(QScrollArea).ensureWidgetVisible(box)
    qtbot.waitUntil(lambda: box.isVisible() and not box.visibleRegion().isEmpty())
    _settle(qapp)
    paints = _Paints(box)
    for message in ("The signer must agree.", None):
        paints.count = 0
        page.form.set_message("petition_consent", message)
        _settle(qapp)
        assert paints.count, f"the box was not drawn again after {'marking' if message else 'clearing'} it"


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_on_a_1280x800_laptop_every_field_and_both_boxes_show(qapp, qtbot, services, campaign, make_main_window,  # type: ignore[no-untyped-def]
                                                           language) -> None:
    """Normal text on a 1280×800 screen: every field and both tick boxes are in view without scrolling (only
    the optional drawing pad may need it), so a volunteer types a whole signature without the form moving."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    window.resize(USABLE + QSize(256, 200))  # 1280×800 less the window manager's frame
    _settle(qapp)
    view = _view(page)
    hidden = [w.objectName() for w in page.form.order
              if not (_rect(w, view).top() >= 0 and _rect(w, view).bottom() < view.height())]
    assert not hidden, f"({language}) out of view in a {view.width()}×{view.height()} view: {hidden}"


@pytest.mark.parametrize("theme", ["large"], indirect=True)
@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_field_given_the_cursor_shows_whole_with_its_label(qapp, qtbot, services, campaign, make_main_window,  # type: ignore[no-untyped-def]
                                                           language, theme) -> None:
    """Seen at 1280×800 with large text: after a refused save the cursor went to Email, half out of view
    at the top, and the form stayed there: two red fields, their names hidden. Whatever the form's scroll,
    the field with the cursor comes whole into view with its name above it."""
    window = make_main_window()
    page = _collect_page(qapp, window)
    form, view = page.form, _view(page)
    bar = page.findChild(QScrollArea).verticalScrollBar()
    holder = page.findChild(QScrollArea).widget()
    problems = []
    for name in ("email", "postcode", "region", "comment"):
        field, label = form.inputs[name], form.labels[name]
        for cut in (3, _rect(field, view).height() - 3):  # the field's top edge just out of view, or most of it
            form.inputs["first_name"].setFocus()
            qtbot.waitUntil(form.inputs["first_name"].hasFocus)
            bar.setValue(field.mapTo(holder, QPoint(0, 0)).y() + cut)
            _settle(qapp)
            field.setFocus()
            qtbot.waitUntil(field.hasFocus)
            _settle(qapp)
            shown = view.rect()
            if not (shown.contains(_rect(field, view)) and shown.contains(_rect(label, view))):
                problems.append(f"{name} ({cut} px cut): field {_rect(field, view).getRect()}, "
                                f"label {_rect(label, view).getRect()} in a view {shown.height()} px high")
    assert not problems, "; ".join(problems)

    # and after a refused save from the consent box, at the bottom of the form
    form.inputs["last_name"].setText("Okafor")
    form.inputs["email"].setText("maya@")
    form.consent.setFocus()
    qtbot.waitUntil(form.consent.hasFocus)
    qtbot.keyClick(form.consent, Qt.Key.Key_Return)
    _settle(qapp)
    assert form.inputs["email"].hasFocus()
    assert view.rect().contains(_rect(form.labels["email"], view)) and view.rect().contains(_rect(form.inputs["email"], view))
