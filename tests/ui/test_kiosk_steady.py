"""The kiosk does not jump: a message appearing or going moves no field, button or pad, on a 1024×600
touch screen, in English, French and Spanish, with large text on or off. The wrong fields are marked in
place and one line beside the button says which field is wrong and why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from drivekit.ui.kiosk.window import KioskWindow
from drivekit.ui.widgets.field_message import possible_messages
from tests.ui.test_kiosk_touch import SCREENS, _inside, _show, _squeezed, language_and_theme, long_campaign  # noqa: F401

SMALL, SMALL_DPI = SCREENS[0]


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _places(kiosk: KioskWindow, widgets: list[QWidget]) -> dict[str, QRect]:
    return {w.objectName() or type(w).__name__: QRect(w.mapTo(kiosk, QPoint(0, 0)), w.size()) for w in widgets}


def _marked(field: QWidget) -> bool:
    """A wrong text field shows a sign inside it (not only a red frame); a combo box in its text."""
    edit = field.lineEdit() if isinstance(field, QComboBox) else field
    return any(action.isVisible() for action in edit.actions())


def _line_is_whole(kiosk: KioskWindow) -> list[str]:
    line = kiosk.status
    problems = []
    if line.height() < line.heightForWidth(line.width()):
        problems.append(f"{line.text()[:50]!r} is cut short ({line.height()} < {line.heightForWidth(line.width())})")
    if not _inside(line, kiosk):
        problems.append(f"{line.text()[:50]!r} is off the screen")
    return problems


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize(("size", "dpi"), [*SCREENS, ((1024, 600), 96.0)],
                         ids=["1024x600", "1280x800", "1024x600-96dpi"])  # 96: a screen that gives no size
def test_no_field_moves_when_a_message_appears(qtbot, qapp, services, long_campaign, size, dpi, language,  # type: ignore[no-untyped-def]
                                               large_text) -> None:
    with language_and_theme(qapp, language, large_text):
        kiosk = KioskWindow(services, long_campaign.id, dpi=dpi)
        _show(qtbot, kiosk, size)
        form = kiosk.form
        _settle()
        watched = [*form.order[:-2], kiosk.next_button, kiosk.details_step]
        before = _places(kiosk, watched)
        problems = []
        for name in form.inputs:
            for message in possible_messages(name, form._rules, "GB"):
                for others in (False, True):  # alone, and with another field marked too (the longest line)
                    other = "email" if name != "email" else "phone"
                    if others:
                        form.set_message(other, "x")
                    form.set_message(name, message)
                    form.inputs[name].setFocus()
                    _settle()
                    problems += [f"{name}: {message[:40]!r} moves {w}: {before[w]} -> {r}"
                                 for w, r in _places(kiosk, watched).items() if r != before[w]]
                    if kiosk.details_step.verticalScrollBar().maximum():
                        problems.append(f"{name}: {message[:40]!r} makes step 1 scroll")
                    problems += _line_is_whole(kiosk)
                    if not (kiosk.status.isVisible() and message in kiosk.status.text()):
                        problems.append(f"{name}: {message[:40]!r} is not said beside the button")
                    if not _marked(form.inputs[name]):
                        problems.append(f"{name} shows no mark")
                    form.clear_errors()
                    _settle()
        assert not problems, f"({language}, {'large' if large_text else 'normal'}) " + "; ".join(problems[:8])
        assert _places(kiosk, watched) == before
        assert not kiosk.status.isVisible()

        # step 2: "tick I agree" on a failed save moves neither the boxes nor the pad
        for name in ("first_name", "last_name"):
            form.inputs[name].setText("Maya")
        assert kiosk.go_next()
        _settle()
        watched = [form.consent, form.contact, form.pad.canvas, kiosk.sign_button, kiosk.back_button]
        before = _places(kiosk, watched)
        assert not kiosk.save()
        _settle()
        assert kiosk.current_step() == 1
        assert _places(kiosk, watched) == before and _line_is_whole(kiosk) == [] and _squeezed(kiosk) == []
        assert kiosk.status.isVisible() and (language != "en" or "tick “I agree" in kiosk.status.text())
        kiosk.form.consent.setChecked(True)  # ticked: the message goes at once
        _settle()
        assert not kiosk.status.isVisible() and _places(kiosk, watched) == before
        kiosk.unlock_and_close()


def test_the_line_follows_what_the_signer_is_doing(qtbot, qapp, services, long_campaign) -> None:  # type: ignore[no-untyped-def]
    """It speaks of the field just left wrong, of the wrong field the cursor is in, and goes once all is fixed."""
    kiosk = KioskWindow(services, long_campaign.id, dpi=SMALL_DPI)
    _show(qtbot, kiosk, SMALL)
    kiosk.activateWindow()
    inputs = kiosk.form.inputs
    qtbot.waitUntil(inputs["first_name"].hasFocus)
    assert not kiosk.status.isVisible()
    inputs["email"].setFocus()
    qtbot.keyClicks(inputs["email"], "maya@")
    qtbot.keyClick(inputs["email"], Qt.Key.Key_Tab)  # to Phone: Email is wrong
    assert inputs["phone"].hasFocus()
    assert kiosk.status.text().startswith("Email: ") and "@" in kiosk.status.text()
    assert "Other marked" not in kiosk.status.text() and kiosk.form.flow.marked("email")
    qtbot.keyClicks(inputs["phone"], "12")
    qtbot.keyClick(inputs["phone"], Qt.Key.Key_Tab)  # the field just left is spoken of, the other still marked
    assert kiosk.status.text().startswith("Phone: ") and "Other marked fields" in kiosk.status.text()
    inputs["email"].setFocus()  # back in Email: its message
    qtbot.waitUntil(lambda: kiosk.status.field() == "email")
    qtbot.keyClicks(inputs["email"], "example.org")  # fixed as typed: its mark goes, Phone's message shows
    assert not kiosk.form.flow.marked("email") and kiosk.status.field() == "phone"
    assert "Other marked" not in kiosk.status.text()
    inputs["phone"].clear()
    qtbot.keyClicks(inputs["phone"], "020 7946 0958")
    assert not kiosk.status.isVisible() and not kiosk.form.flow.marked("phone")
    kiosk.unlock_and_close()


def test_the_line_speaks_the_signers_language(qtbot, qapp, services, long_campaign) -> None:  # type: ignore[no-untyped-def]
    with language_and_theme(qapp, "fr", False):
        kiosk = KioskWindow(services, long_campaign.id, dpi=SMALL_DPI)
        _show(qtbot, kiosk, SMALL)
        kiosk.form.inputs["first_name"].setText("Maya")
        kiosk.form.inputs["email"].setText("maya@")
        assert not kiosk.go_next()
        assert kiosk.status.text().startswith("E-mail : Il manque"), kiosk.status.text()
        kiosk.form.inputs["email"].setText("maya@exemple.org")
        assert kiosk.go_next() and not kiosk.save()
        assert kiosk.status.text() == "Pour signer, cochez « J’approuve… » ci-dessus."
        kiosk.unlock_and_close()


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize(("size", "dpi"), [*SCREENS, ((1280, 800), 96.0), ((1024, 600), 96.0)],
                         ids=["1024x600", "1280x800", "1280x800-96dpi", "1024x600-96dpi"])
def test_the_message_line_sits_just_below_what_it_speaks_of(qtbot, qapp, services, long_campaign, size, dpi, language,  # type: ignore[no-untyped-def]
                                                     large_text) -> None:
    """On a tall screen the step's spare height went between the fields and the bar (Next and the message),
    313 px at 1280×800 and 96 dpi: a signer read "Email: …" far from Email; on step 2, 117 px below the
    pad. The spare height goes below the bar."""
    with language_and_theme(qapp, language, large_text):
        kiosk = KioskWindow(services, long_campaign.id, dpi=dpi)
        _show(qtbot, kiosk, size)
        form = kiosk.form
        _settle()
        form.set_message("email", "x")
        form.inputs["email"].setFocus()
        _settle()
        last = max((w for w in form.order if w.isVisible()), key=lambda w: w.mapTo(kiosk, QPoint(0, w.height())).y())
        last_bottom = last.mapTo(kiosk, QPoint(0, last.height())).y()
        line_top = kiosk.status.mapTo(kiosk, QPoint(0, 0)).y()
        button_top = kiosk.next_button.mapTo(kiosk, QPoint(0, 0)).y()
        gap = min(line_top, button_top) - last_bottom
        assert kiosk.status.isVisible()
        assert 0 <= gap <= 2 * kiosk.touch_px, f"{gap} px between the last field and the message line"
        assert not kiosk.details_step.verticalScrollBar().maximum(), "step 1 scrolls"

        # Step 2: the bar (and "please tick I agree") follows the pad
        form.clear_errors()
        for name, value in (("first_name", "Maya"), ("last_name", "Okafor"), ("email", "")):
            form.inputs[name].setText(value)
        assert kiosk.go_next()
        assert not kiosk.save()
        _settle()
        pad = form.pad.canvas
        gap = kiosk.sign_button.mapTo(kiosk, QPoint(0, 0)).y() - pad.mapTo(kiosk, QPoint(0, pad.height())).y()
        assert kiosk.status.isVisible()
        assert 0 <= gap <= 2 * kiosk.touch_px, f"{gap} px between the pad and the Sign button"
        kiosk.unlock_and_close()
