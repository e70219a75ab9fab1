"""The Dashboard page: counts off the GUI thread, updates after a save or an edit without a restart,
shows milestones, carries every chart's numbers as a table, and exports the report."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from drivekit.domain.validation import SignerInput
from drivekit.ui.dashboard import DashboardPage
from drivekit.ui.dashboard.charts import ColumnChart


def _rows(section) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    t = section.table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def _open_dashboard(qtbot, window) -> DashboardPage:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert isinstance(page, DashboardPage)
    return page


def test_dashboard_counts_a_signature_saved_on_the_collect_page(qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    c = services.campaigns.create("Keep the library open", "Text", 4, "Friends", "GB")
    services.campaigns.add_target(c.id, "North", postcode_prefixes=["N1"])
    window = make_main_window()
    assert window.page_actions[4].shortcut().toString() == "Ctrl+5"
    page = _open_dashboard(qtbot, window)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.campaign_id == c.id, timeout=10_000)
    assert page.big_number.text() == "0"
    assert "Next: 25 % at 1 unique signer, 1 to go." in page.milestone_note.text()

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    collect = window.current_page()
    collect.form.inputs["first_name"].setText("Amy")
    collect.form.inputs["last_name"].setText("Archer")
    collect.form.inputs["postcode"].setText("N1 9GU")
    collect.form.consent.setChecked(True)
    assert collect.save() is not None
    page = _open_dashboard(qtbot, window)
    qtbot.waitUntil(lambda: page.big_number.text() == "1", timeout=10_000)
    assert page.goal_bar.value() == 25 and page.goal_text.text().endswith(": 25 %")
    assert page.milestone_note.text().startswith("Milestone: 25 % of the goal passed.")
    assert _rows(page.target_section) == [("North", "1")]
    assert page.target_chart.items == [("North", 1)]

    # An edit on the Signatures page moves the signer out of the target's area.
    [record] = services.signatures.list(c.id)
    services.signatures.edit(record.uuid, {"postcode": "SE1 7PB"})
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = _open_dashboard(qtbot, window)
    qtbot.waitUntil(lambda: _rows(page.target_section) == [("North", "0")], timeout=10_000)
    assert page.target_section.empty.isVisible() and not page.target_section.tabs.isVisible()


def test_every_chart_has_its_numbers_as_a_table(qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    c = services.campaigns.create("Pool", "Text", 100)
    rally = services.campaigns.add_event(c.id, "Rally")
    ann = services.campaigns.add_volunteer(c.id, "Ann")
    for i, hour in enumerate((9, 9, 14)):
        services.signatures.save(c.id, SignerInput(
            first_name=f"P{i}", last_name="Q", petition_consent=True,
            signed_at=datetime(2026, 10, 3, hour, tzinfo=timezone.utc)), event_id=rally.id, volunteer_id=ann.id)
    window = make_main_window()
    page = _open_dashboard(qtbot, window)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.unique_signers == 3, timeout=10_000)
    d = page.shown
    assert _rows(page.event_section) == [("Rally", "3")]
    assert _rows(page.volunteer_section) == [("Ann", "3")]
    assert [int(n) for _, n in _rows(page.hour_section)] == [n for n in d.by_hour if n]
    assert page.hour_chart.values == list(d.by_hour) and len(page.hour_chart.values) == 24
    assert _rows(page.day_section) == [(day.isoformat(), str(n)) for day, n in d.by_day if n]
    for section in page.sections:
        assert section.tabs.tabText(1) == "Table" and section.table.accessibleName() == section.title()


def test_charts_grow_with_the_large_text_theme(qtbot, services, campaign, make_main_window) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    page = _open_dashboard(qtbot, window)
    small = page.hour_chart.sizeHint().height()
    window.large_text_action.setChecked(True)
    try:
        QApplication.processEvents()
        assert page.hour_chart.sizeHint().height() > small * 1.3
    finally:
        window.large_text_action.setChecked(False)


def test_report_is_exported_from_the_page(qtbot, services, make_main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    c = services.campaigns.create("Save the pool", "Text", 10, "Swimmers")
    services.signatures.save(c.id, SignerInput(first_name="Ann", last_name="Lee", petition_consent=True))
    window = make_main_window()
    page = _open_dashboard(qtbot, window)
    qtbot.waitUntil(lambda: page.shown is not None, timeout=10_000)
    with qtbot.waitSignal(page.report_exported, timeout=20_000) as done:
        page.write_report(tmp_path / "report.pdf")
    assert done.args == [str(tmp_path / "report.pdf")]
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "report.pdf").pages)
    assert "Progress report: Save the pool" in text and "1 unique signers" in text
    assert "Report saved" in page.state.text()


@pytest.mark.parametrize("point_size", [9, 14], ids=["normal", "large-text"])
def test_day_labels_never_cover_the_axis_values(qtbot, point_size: int) -> None:  # type: ignore[no-untyped-def]
    """The per-day chart as on a 1024 px laptop: the first day's label, pulled left (it is wider than its bar),
    was drawn over the axis's "0", which then read as part of the date."""
    chart = ColumnChart()
    qtbot.addWidget(chart)
    font = chart.font()
    font.setPointSize(point_size)
    chart.setFont(font)
    chart.set_data([f"{d} sept." for d in range(7, 31)] + [f"{d} oct." for d in range(1, 10)],
                   [480 if d % 5 == 0 else 0 for d in range(33)])
    chart.resize(760, 220)
    values, days = chart.value_labels(), chart.day_labels()
    assert [text for _, text in values][0] == "0" and len(days) >= 4
    for rect, text in values:
        for day, label in days:
            assert not rect.intersects(day), f"axis value {text!r} overlaps the day label {label!r}"
    assert all(0 <= day.left() and day.right() <= chart.width() and day.bottom() <= chart.height() for day, _ in days)
    metrics = chart.fontMetrics()
    for (a, first), (b, second) in zip(days, days[1:], strict=False):  # the words themselves never touch
        gap = (b.center().x() - metrics.horizontalAdvance(second) / 2) - (a.center().x() + metrics.horizontalAdvance(first) / 2)
        assert gap >= metrics.averageCharWidth(), f"{first!r} and {second!r} are {gap} px apart"


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("percent", [8, 26, 50, 58, 74, 100])
def test_the_goal_bars_ticks_never_cross_its_percentage(qtbot, qapp, large: bool, percent: int) -> None:  # type: ignore[no-untyped-def]
    """The 50 % tick ran through the middle of "58 %" with large text (the text is as tall as the bar, the ticks
    a quarter of it at each end). The words and the milestone ticks stay apart at every value."""
    from drivekit.ui.dashboard.charts import GoalBar
    from drivekit.ui.resources import apply_style

    apply_style(qapp, large)
    try:
        bar = GoalBar()
        qtbot.addWidget(bar)
        bar.setRange(0, 100)
        bar.setTextVisible(True)
        bar.resize(890, bar.sizeHint().height())
        bar.setValue(min(100, percent))
        bar.show()
        qtbot.waitExposed(bar)
        bar.setFormat("")
        blank = bar.grab().toImage()
        bar.setFormat(f"{percent} %")
        shown = bar.grab().toImage()
        text_columns = [x for x in range(blank.width()) if any(blank.pixel(x, y) != shown.pixel(x, y)
                                                               for y in range(blank.height()))]
        assert text_columns, "no percentage drawn"
        left, right = min(text_columns), max(text_columns)
        ticks = [round(bar.width() * m / 100) for m in (25, 50, 75)]
        crossed = [t for t in ticks if left - 2 <= t <= right + 2]
        assert not crossed, f"the tick at x={crossed} runs through {percent} % (drawn at x={left}..{right})"
    finally:
        apply_style(qapp, False)
