"""The kiosk on a signer's touch screen: two steps that fit 1024x600 and 1280x800 without scrolling,
9 mm touch targets measured on the screen, and words addressed to the person signing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from drivekit.i18n import current_language, set_language
from drivekit.ui.kiosk.touch import FALLBACK_DPI, PAD_MIN_MM, mm_to_px, screen_dpi, target_px
from drivekit.ui.kiosk.window import KioskWindow
from drivekit.ui.resources import apply_style, load_translations

PETITION = ("We, the undersigned, ask the city council to keep the Riverside library open six days a week and to "
            "fund its children's reading programme for the next five years.")
# 10.1-inch screens, the common kiosk tablets: 1024x600 is ~118 dpi, 1280x800 ~149 dpi
SCREENS = [((1024, 600), 118.0), ((1280, 800), 149.0)]


@contextmanager
def language_and_theme(app: QApplication, language: str, large_text: bool) -> Iterator[None]:
    """The GUI in `language` ("en", "fr", "es") with the normal or the large-text theme; undone after."""
    locale, font, sheet, core = QLocale(), app.font(), app.styleSheet(), current_language()
    translators = load_translations(app, language)
    apply_style(app, large_text)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)
        set_language(core)
        app.setStyleSheet(sheet)
        app.setFont(font)


@pytest.fixture
def long_campaign(services):  # type: ignore[no-untyped-def]
    return services.campaigns.create("Keep the Riverside library open", PETITION, 500, "Friends of the Library", "GB")


def _show(qtbot, kiosk: KioskWindow, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.resize(*size)
    qtbot.waitUntil(lambda: (kiosk.width(), kiosk.height()) == size)
    kiosk.new_signer()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _squeezed(kiosk: KioskWindow) -> list[str]:
    """Visible buttons and fields given less height than their text needs."""
    widgets: list[QWidget] = [*kiosk.findChildren(QAbstractButton), *kiosk.findChildren(QLineEdit)]
    return [f"{w.objectName() or type(w).__name__} {w.height()} < {w.sizeHint().height()}" for w in widgets
            if w.isVisible() and w.height() < w.sizeHint().height()]


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (top_left.x() >= 0 and top_left.y() >= 0 and top_left.x() + widget.width() <= window.width()
            and top_left.y() + widget.height() <= window.height())


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("language", ["en", "fr", "es"])
@pytest.mark.parametrize(("size", "dpi"), SCREENS, ids=["1024x600", "1280x800"])
def test_each_step_fits_the_screen_with_a_usable_pad(qtbot, qapp, services, long_campaign, size, dpi, language,  # type: ignore[no-untyped-def]
                                                     large_text) -> None:
    with language_and_theme(qapp, language, large_text):
        kiosk = KioskWindow(services, long_campaign.id, dpi=dpi)
        _show(qtbot, kiosk, size)
        for step, scroll in enumerate((kiosk.details_step, kiosk.agreement_step)):
            kiosk._show_step(step)
            _settle()
            assert scroll.verticalScrollBar().maximum() == 0, f"step {step + 1} needs scrolling"
            assert scroll.horizontalScrollBar().maximum() == 0, f"step {step + 1} is too wide"
            button = kiosk.next_button if step == 0 else kiosk.sign_button
            assert button.isVisible() and _inside(button, kiosk)
            assert _squeezed(kiosk) == []
        for box in (kiosk.form.consent, kiosk.form.contact):
            assert box.width() >= box.sizeHint().width(), f"{box.text()!r} is cut off"
        canvas = kiosk.form.pad.canvas
        assert canvas.isVisible() and _inside(canvas, kiosk)
        assert canvas.width() >= mm_to_px(PAD_MIN_MM[0], dpi) and canvas.height() >= mm_to_px(PAD_MIN_MM[1], dpi)
        kiosk.unlock_and_close()


def _indicator(box: QCheckBox) -> int:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    return min(rect.width(), rect.height())


@pytest.mark.parametrize("dpi", [96.0, 149.0])
def test_every_touch_target_is_at_least_9_mm(qtbot, services, long_campaign, dpi) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(services, long_campaign.id, dpi=dpi)
    _show(qtbot, kiosk, (1280, 800))
    nine_mm = dpi * 9 / 25.4
    assert kiosk.touch_px == target_px(dpi) >= nine_mm
    targets: list[QWidget] = [*kiosk.findChildren(QAbstractButton), *kiosk.findChildren(QComboBox),
                              *(e for e in kiosk.findChildren(QLineEdit) if not isinstance(e.parent(), QComboBox))]
    assert len(targets) >= 18
    for step in (0, 1):
        kiosk._show_step(step)
        _settle()
        for widget in targets:
            if widget.isVisible():
                assert widget.height() >= nine_mm, f"{widget.objectName() or widget} is {widget.height()} px high"
    for box in (kiosk.form.consent, kiosk.form.contact):
        assert _indicator(box) >= nine_mm, "the tick box square is too small for a finger"
    kiosk.unlock_and_close()


def test_dpi_comes_from_the_screen_unless_it_reports_nonsense() -> None:
    class Screen:
        def __init__(self, physical: float, logical: float) -> None:
            self.physical, self.logical = physical, logical

        def physicalDotsPerInch(self) -> float:  # noqa: N802 - QScreen's names
            return self.physical

        def logicalDotsPerInch(self) -> float:  # noqa: N802
            return self.logical

    assert screen_dpi(Screen(149.0, 96.0)) == 149.0  # type: ignore[arg-type]
    assert screen_dpi(Screen(3.5, 96.0)) == 96.0  # type: ignore[arg-type]  # a screen claiming to be a metre wide
    assert screen_dpi(Screen(float("inf"), 120.0)) == 120.0  # type: ignore[arg-type]  # zero millimetres
    assert screen_dpi(Screen(0.0, 0.0)) == FALLBACK_DPI  # type: ignore[arg-type]
    assert screen_dpi(None) == FALLBACK_DPI
    assert target_px(96.0) == 35 and target_px(149.0) == 53


def test_the_words_speak_to_the_signer(qtbot, services, long_campaign) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(services, long_campaign.id, dpi=96.0)
    _show(qtbot, kiosk, (1024, 600))
    assert kiosk.form.consent.text().startswith("I agree")
    assert "Sign here" in kiosk.form.pad.caption.text()
    assert "your details" in kiosk.steps.widget(0).widget().findChild(QWidget, "kioskStep").text().lower()
    # nothing written for the volunteer at the stall
    shown = " ".join(w.text() for w in [*kiosk.findChildren(QLabel), *kiosk.findChildren(QAbstractButton)])
    assert "Signature (optional)" not in shown and "Clear drawing" not in shown
    kiosk.unlock_and_close()


def test_steps_keep_what_was_typed_and_the_next_signer_starts_blank(qtbot, services, long_campaign) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(services, long_campaign.id, dpi=96.0, thanks_ms=20)
    _show(qtbot, kiosk, (1024, 600))
    kiosk.activateWindow()
    first = kiosk.form.inputs["first_name"]
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClicks(first, "Maya")
    kiosk.form.inputs["last_name"].setText("Ortiz")
    kiosk.form.inputs["email"].setText("maya@")
    assert not kiosk.go_next()  # a broken email: stays, and says why
    assert kiosk.current_step() == 0 and kiosk.form.messages["email"].text() and kiosk.status.text()
    kiosk.form.inputs["email"].setText("maya@example.org")
    comment = kiosk.form.inputs["comment"]
    comment.setFocus()
    qtbot.keyClicks(comment, "For my kids")
    qtbot.keyClick(comment, Qt.Key.Key_Return)  # Enter on the last detail moves on
    assert kiosk.current_step() == 1 and kiosk.form.consent.hasFocus()
    qtbot.keyClick(kiosk.form.consent, Qt.Key.Key_Space)
    qtbot.mousePress(kiosk.form.pad.canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    qtbot.mouseMove(kiosk.form.pad.canvas, QPoint(120, 60))
    qtbot.mouseRelease(kiosk.form.pad.canvas, Qt.MouseButton.LeftButton, pos=QPoint(200, 50))
    kiosk.back_button.click()
    assert kiosk.current_step() == 0
    assert (kiosk.form.text("first_name"), kiosk.form.text("comment")) == ("Maya", "For my kids")
    kiosk.next_button.click()
    assert kiosk.form.consent.isChecked() and not kiosk.form.pad.is_empty()  # nothing lost either way
    kiosk.sign_button.click()
    (row,) = services.signatures.list(long_campaign.id)
    assert (row.first_name, row.last_name, row.comment) == ("Maya", "Ortiz", "For my kids")
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.form_page, timeout=2000)
    assert kiosk.current_step() == 0 and not kiosk.form.is_touched() and first.hasFocus()
    kiosk.unlock_and_close()


def test_a_bad_detail_found_on_saving_brings_the_signer_back_to_it(qtbot, services, long_campaign) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(services, long_campaign.id, dpi=96.0)
    _show(qtbot, kiosk, (1024, 600))
    kiosk.form.inputs["first_name"].setText("Maya")
    kiosk.form.inputs["last_name"].setText("Ortiz")
    assert kiosk.go_next()
    kiosk.form.inputs["email"].setText("maya@")  # e.g. changed by a script or a paste the checks missed
    kiosk.form.consent.setChecked(True)
    assert not kiosk.save()
    assert kiosk.current_step() == 0 and kiosk.form.messages["email"].text()
    assert services.signatures.list(long_campaign.id) == []
    kiosk.unlock_and_close()


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_the_pin_dialog_is_roomy_and_readable(qtbot, qapp, services, long_campaign, large_text) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.set_kiosk_pin(long_campaign.id, "2468")
    with language_and_theme(qapp, "en", large_text):
        kiosk = KioskWindow(services, long_campaign.id, dpi=149.0)
        _show(qtbot, kiosk, (1280, 800))
        dialog = kiosk.request_exit()
        qtbot.waitExposed(dialog)
        nine_mm = 149.0 * 9 / 25.4
        for widget in (dialog.pin, dialog.unlock_button, dialog.cancel_button):
            assert widget.height() >= nine_mm
        body = qapp.font().pointSizeF()
        assert dialog.pin.font().pointSizeF() >= 1.5 * body and dialog.message.font().pointSizeF() > body
        dialog.pin.setText("1111")
        dialog.try_pin()
        assert dialog.message.isVisible() and _inside(dialog.message, dialog) and _inside(dialog.buttons, dialog)
        dialog.reject()
        kiosk.unlock_and_close()


def test_a_long_petition_scrolls_above_a_pad_that_stays_usable(qtbot, qapp, services) -> None:  # type: ignore[no-untyped-def]
    text = "\n\n".join([PETITION] * 10)  # some petitions run to several paragraphs
    campaign = services.campaigns.create("Keep the Riverside library open", text, 500, "Friends", "GB")
    dpi = 96.0
    with language_and_theme(qapp, "en", False):
        kiosk = KioskWindow(services, campaign.id, dpi=dpi)
        _show(qtbot, kiosk, (1024, 600))
        kiosk._show_step(1)
        _settle()
        assert kiosk.agreement_step.verticalScrollBar().maximum() > 0  # the words scroll...
        canvas = kiosk.form.pad.canvas
        for widget in (kiosk.form.consent, kiosk.form.contact, canvas, kiosk.sign_button):
            assert _inside(widget, kiosk), f"{widget} is off the screen"  # ...the rest stays put
        assert _squeezed(kiosk) == []
        assert canvas.width() >= mm_to_px(PAD_MIN_MM[0], dpi) and canvas.height() >= mm_to_px(PAD_MIN_MM[1], dpi)
        kiosk.unlock_and_close()


def test_a_form_left_on_the_second_step_returns_blank_to_the_first(qtbot, services, long_campaign) -> None:  # type: ignore[no-untyped-def]
    kiosk = KioskWindow(services, long_campaign.id, dpi=96.0, idle_ms=80)
    _show(qtbot, kiosk, (1024, 600))
    kiosk.form.inputs["first_name"].setText("Half")
    kiosk.form.inputs["last_name"].setText("Gone")
    assert kiosk.go_next()
    kiosk.form.consent.setChecked(True)  # a tick is an edit: the idle clock starts
    qtbot.waitUntil(lambda: not kiosk.form.is_touched(), timeout=2000)
    assert kiosk.current_step() == 0 and kiosk.next_button.isVisible() and not kiosk.sign_button.isVisible()
    assert services.signatures.list(long_campaign.id) == []
    kiosk.unlock_and_close()
