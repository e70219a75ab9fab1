"""The Sync page's tables at 1024×600 in every language and theme: column titles are never cut or drawn over
each other, and the empty import report needs no sideways scrolling."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from drivekit.services.sync import BundleReport, DeviceStatus
from drivekit.ui.sync import SyncPage
from drivekit.ui.sync.models import ImportReportModel, two_lines
from tests.ui.test_fits_small_screens import LANGUAGES, THEMES, USABLE, _settle, language, theme  # noqa: F401 (fixtures)

SYNC_PAGE = 3


def _cut_titles(view: QTableView) -> list[str]:
    header = view.horizontalHeader()
    return [f"{view.model().headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)!r} is "
            f"{header.sectionSize(i)} px, needs {header.sectionSizeHint(i)}"
            for i in range(header.count())
            if not header.isSectionHidden(i) and header.sectionSize(i) < header.sectionSizeHint(i)]


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_sync_tables_show_every_column_title_whole(qapp, qtbot, services, make_main_window, language, theme) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.create("Save the Riverside Library", "We ask the council to keep it open.", 5000, "Friends")
    window = make_main_window()
    window.resize(USABLE)
    window.show_page(SYNC_PAGE)
    page = window.current_page()
    assert isinstance(page, SyncPage) and page.role == "organiser"
    _settle(qapp)
    report, devices = page._report_view, page._devices_view
    assert report.isVisible() and devices.isVisible()
    assert not _cut_titles(report) and not _cut_titles(devices), _cut_titles(report) + _cut_titles(devices)
    assert report.horizontalScrollBar().maximum() == 0, "the empty report scrolls sideways"

    # After an import that filled every column, and with a laptop beside this computer
    rows = [BundleReport(file="stall-laptop-2-0007.dkb", outcome="imported", new=120, already_present=3, corrections=2,
                         withdrawals=1, possible_duplicates=4, gaps=["Numbers 1 to 4 have not arrived yet."])]
    page._report_model.set_rows(rows)
    page._hide_quiet_columns(rows)
    me = services.sync.identity()
    devices.model().set_rows([
        DeviceStatus(me.id, me.name, me.fingerprint, True, 0, None, "", 0, []),
        DeviceStatus("d2", "Stall laptop 2", "CDOU-WCVN-TVCU-JKAV-P2LP", False, 7,
                     datetime(2026, 12, 5, 14, 30, tzinfo=timezone.utc), "stall-laptop-2-0007.dkb", 7, [(1, 4)],
                     enrolled_at=datetime(2026, 12, 1, tzinfo=timezone.utc))])
    _settle(qapp)
    assert all(not report.isColumnHidden(c) for c in range(ImportReportModel.COL_DETAILS + 1))
    assert not _cut_titles(report) and not _cut_titles(devices), _cut_titles(report) + _cut_titles(devices)


def test_long_titles_of_number_columns_take_two_lines() -> None:
    assert two_lines("Possible duplicates") == "Possible\nduplicates"
    assert two_lines("Received up to number") == "Received up\nto number"
    assert two_lines("Nouvelles") == "Nouvelles"


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_what_has_not_arrived_is_in_view_in_the_first_window_on_a_1280_screen(qapp, qtbot, services,  # type: ignore[no-untyped-def]
                                                                              make_main_window, language, theme) -> None:
    """At 1280×800 the window opens 1100 px wide; with large text the Laptops table's columns need more, and
    the one cut off at the right edge was "Not yet received" ("Not yet rec…", "Recibi… el n…"), the reason an
    organiser looks at it. The name, what has not arrived and what has are in view without scrolling; with
    normal text, every column is."""
    from PySide6.QtCore import QSize

    from drivekit.ui.sync.models import DevicesModel

    services.campaigns.create("Save the Riverside Library", "We ask the council to keep it open.", 5000, "Friends")
    window = make_main_window()
    window.resize(QSize(1100, 760))
    window.show_page(SYNC_PAGE)
    page = window.current_page()
    me = services.sync.identity()
    page._devices_view.model().set_rows([
        DeviceStatus(me.id, "vm", me.fingerprint, True, 0, None, "", 0, []),
        DeviceStatus("d2", "Stall laptop 2", "CDOU-WCVN-TVCU-JKAV-P2LP", False, 7,
                     datetime(2026, 12, 5, 14, 30, tzinfo=timezone.utc), "stall-laptop-2-0007.dkb", 7, [(1, 4)],
                     enrolled_at=datetime(2026, 12, 1, tzinfo=timezone.utc))])
    _settle(qapp)
    devices = page._devices_view
    header = devices.horizontalHeader()
    assert not _cut_titles(devices), _cut_titles(devices)
    assert devices.horizontalScrollBar().value() == 0
    for column in (DevicesModel.COL_NAME, DevicesModel.COL_MISSING, DevicesModel.COL_UPTO):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        title = devices.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert right <= devices.viewport().width(), f"{title!r} ends at {right}, out of the view's {devices.viewport().width()} px"
    if theme == "normal":
        assert devices.horizontalScrollBar().maximum() == 0, "the Laptops table scrolls sideways"
