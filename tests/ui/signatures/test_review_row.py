"""The row of decisions under a duplicate pair: one line on a 1280-pixel screen; on a 1024-pixel laptop in
French with large text it wraps onto a second line, every button whole, instead of widening the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from drivekit.domain.validation import SignerInput
from drivekit.services import Services
from drivekit.ui.signatures.page import SignaturesPage
from tests.ui.test_fits_small_screens import USABLE, language, theme  # noqa: F401  (fixtures)

from .conftest import OFFSCREEN_NOISE, wait_idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _buttons(page: SignaturesPage) -> list[QPushButton]:
    review = page.review
    return [review.same_button, review.different_button, review.skip_button, review.undo_button]


def _whole(page: SignaturesPage) -> list[str]:
    """Buttons cut by the tab's right edge or squeezed below their text."""
    review = page.review
    out = []
    for button in _buttons(page):
        right = button.mapTo(review, button.rect().topRight()).x()
        if right >= review.width() or button.width() < button.minimumSizeHint().width():
            out.append(f"{button.text()!r}: ends at {right} of {review.width()}, {button.width()} px wide")
    return out


def _pairs(services: Services, campaign_id: str) -> None:
    for first, last in (("Odile", "Quarrendorf"), ("Basil", "Fennimore")):
        for written in (first, first.upper()):
            services.signatures.save(campaign_id, SignerInput(
                first_name=written, last_name=last, email=f"{first}@example.org", postcode="N1 9GU", country="GB",
                petition_consent=True))


def test_the_decisions_are_on_one_line_at_1280(qtbot, make_page, services: Services, demo: str) -> None:  # type: ignore[no-untyped-def]
    _pairs(services, demo)
    page = make_page(demo)
    page.resize(1280 - 200, 800)  # the page beside the sidebar of a 1280-pixel window
    page.tabs.setCurrentWidget(page.review)
    wait_idle(qtbot, page)
    qtbot.waitUntil(lambda: page.review.decisions.line_count() == 1
                    and len({b.y() for b in _buttons(page)}) == 1)
    assert _whole(page) == []
    assert page.review.undo_button.x() > page.review.skip_button.x()


@pytest.mark.parametrize("theme", ["large"], indirect=True)
@pytest.mark.parametrize("language", ["fr", "es"], indirect=True)
def test_the_decisions_wrap_on_a_small_laptop_with_large_text(qapp, qtbot, services: Services, campaign,  # type: ignore[no-untyped-def]
                                                              make_main_window, language, theme) -> None:
    _pairs(services, campaign.id)
    window = make_main_window()
    window.resize(USABLE)
    window.show_page(1)
    page = window.current_page()
    assert isinstance(page, SignaturesPage)
    wait_idle(qtbot, page)
    page.tabs.setCurrentWidget(page.review)
    wait_idle(qtbot, page)
    for _ in range(4):
        QApplication.processEvents()
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= USABLE.width() and window.width() <= USABLE.width(), f"needs {hint.width()} px"
    if language == "fr":  # "Personnes différentes", "Paire suivante", "Annuler": too long for one line
        qtbot.waitUntil(lambda: len({b.y() for b in _buttons(page)}) >= 2)  # wrapped, not clipped
        assert page.review.decisions.line_count() >= 2
    else:  # Spanish fits one line at this width
        qtbot.waitUntil(lambda: len({b.y() for b in _buttons(page)}) == 1)
    assert _whole(page) == []
