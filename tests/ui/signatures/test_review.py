"""The duplicate review queue: pairs side by side, verdicts by button or key, empty state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from drivekit.services import Services

from .conftest import OFFSCREEN_NOISE, wait_idle

pytestmark = pytest.mark.qt_log_ignore(OFFSCREEN_NOISE)


def _open_queue(qtbot, page):  # type: ignore[no-untyped-def]
    page.tabs.setCurrentWidget(page.review)
    wait_idle(qtbot, page)
    return page.review


def test_verdicts_by_key_update_status_and_move_on(qtbot, make_page, services: Services, demo: str,  # type: ignore[no-untyped-def]
                                                    add_signer) -> None:
    for first, last in (("Odile", "Quarrendorf"), ("Basil", "Fennimore")):
        add_signer(demo, first, last, email=f"{first}@example.org")
        add_signer(demo, first.upper(), last, email=f"{first}@example.org")
    page = make_page(demo)
    review = _open_queue(qtbot, page)
    pending = review.pending
    assert pending >= 2 and f"({pending})" in page.tabs.tabText(1)
    first, original = review.current_pair()
    assert first.status == "possible_duplicate" and first.duplicate_of == original.uuid
    assert review.same_button.hasFocus()  # switching to the tab puts the keys to work at once
    qtbot.keyClick(review.same_button, Qt.Key.Key_S)
    assert services.signatures.get(str(first.id)).status == "duplicate"
    second = review.current_pair()[0]
    assert second.id != first.id and review.pending == pending - 1
    qtbot.keyClick(review.same_button, Qt.Key.Key_D)
    assert services.signatures.get(str(second.id)).status == "valid"
    assert review.current_pair() is None or review.current_pair()[0].id not in (first.id, second.id)
    wait_idle(qtbot, page)
    page.status_combo.setCurrentIndex(page.status_combo.findData("duplicate"))
    wait_idle(qtbot, page)
    assert first.id in page.model.ids  # the table followed the verdict


def test_differing_fields_are_highlighted(qtbot, make_page, services: Services, campaign, add_signer) -> None:  # type: ignore[no-untyped-def]
    add_signer(campaign.id, "Odile", "Quarrendorf", email="odile@example.org", city="London")
    dup_id = add_signer(campaign.id, "ODILE", "Quarrendorf", email="odile@example.org", city="Londres")
    assert services.signatures.get(str(dup_id)).status == "possible_duplicate"
    page = make_page(campaign.id)
    review = _open_queue(qtbot, page)
    cells = {(label.accessibleName(), label.text()): label.property("differs")
             for label in review.findChildren(QLabel) if label.property("differs") is not None}
    assert cells[("First name", "ODILE")] is True and cells[("First name", "Odile")] is True
    assert cells[("City", "Londres")] is True
    assert cells[("Last name", "Quarrendorf")] is False and cells[("Email", "odile@example.org")] is False
    review.different_button.click()
    assert review.stack.currentWidget() is review.empty_label
    assert "No possible duplicates" in review.empty_label.text()
    wait_idle(qtbot, page)
    assert review.stack.currentWidget() is review.empty_label
    assert services.signatures.get(str(dup_id)).status == "valid"
    assert page.tabs.tabText(1) == "&Duplicates to review"


def test_empty_queue_says_so(qtbot, make_page, campaign) -> None:  # type: ignore[no-untyped-def]
    page = make_page(campaign.id)
    review = _open_queue(qtbot, page)
    assert review.stack.currentWidget() is review.empty_label
    assert page.count_label.text() == "No signatures yet"


def test_table_filtered_by_status_follows_verdicts(qtbot, make_page, services: Services, campaign,  # type: ignore[no-untyped-def]
                                                   add_signer) -> None:
    original = add_signer(campaign.id, "Odile", "Quarrendorf", email="odile@example.org")
    dup_id = add_signer(campaign.id, "ODILE", "Quarrendorf", email="odile@example.org")
    page = make_page(campaign.id)
    assert page.model.data(page.model.index(page.model.row_of(dup_id), page.model.COL_STATUS)) == "Possible duplicate"
    page.status_combo.setCurrentIndex(page.status_combo.findData("possible_duplicate"))
    wait_idle(qtbot, page)
    assert list(page.model.ids) == [dup_id]
    review = _open_queue(qtbot, page)
    qtbot.keyClick(review.same_button, Qt.Key.Key_S)
    wait_idle(qtbot, page)
    assert list(page.model.ids) == [] and page.count_label.text() == "No signatures match"
    page.status_combo.setCurrentIndex(0)
    wait_idle(qtbot, page)
    statuses = {page.model.record(r).id: page.model.data(page.model.index(r, page.model.COL_STATUS))
                for r in range(page.model.rowCount())}
    assert statuses == {original: "Valid", dup_id: "Duplicate"}


def test_a_decision_can_be_undone_exactly(qtbot, make_page, services: Services, campaign, add_signer) -> None:  # type: ignore[no-untyped-def]
    first = add_signer(campaign.id, "Odile", "Quarrendorf", email="odile@example.org")
    dups = [add_signer(campaign.id, name, "Quarrendorf", email="odile@example.org") for name in ("ODILE", "O.")]
    def marks() -> list[tuple[str, str | None]]:  # noqa: E306
        return [(r.status, r.duplicate_of) for r in services.signatures.fetch([first, *dups])]
    before = marks()
    assert [m[0] for m in before] == ["valid", "possible_duplicate", "possible_duplicate"]
    page = make_page(campaign.id)
    review = _open_queue(qtbot, page)
    shown = review.current_pair()[0].id
    assert not review.undo_button.isEnabled()
    qtbot.keyClick(review.same_button, Qt.Key.Key_D)  # "different people"
    assert marks() != before and review.undo_button.isEnabled()
    qtbot.keyClick(review.same_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, page)
    assert marks() == before and review.current_pair()[0].id == shown  # the same pair, to decide again
    review.same_button.click()
    assert marks() != before
    review.undo_button.click()
    wait_idle(qtbot, page)
    assert marks() == before and not review.undo_button.isEnabled()
    actions = [e.action for e in services.audit.entries(campaign.id)][:4]
    assert actions == ["signature.review_undone", "signature.reviewed"] * 2
