"""Opening the Collect page in a test as a volunteer finds it: shown, focused on the first field."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from drivekit.ui.collect.page import CollectPage


def open_collect_page(qtbot, services, campaign, settings=None) -> CollectPage:  # type: ignore[no-untyped-def]
    page = CollectPage(services, settings=settings)
    qtbot.addWidget(page)
    page.set_campaign(campaign.id)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.form.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.inputs["first_name"])
    return page
