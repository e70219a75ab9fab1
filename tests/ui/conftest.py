"""GUI fixtures: windows that are closed after each test, and settings in a temporary file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import QApplication

from drivekit.assets import resource_path
from drivekit.ui.background import wait_for_all
from drivekit.ui.main_window import MainWindow
from drivekit.ui.settings import UiSettings


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English GUI as run_gui gives it: with drivekit_en.qm, the plural forms of "%Ln entries" ("1 entry")."""
    translator = QTranslator()
    assert translator.load("drivekit_en", str(resource_path("translations")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "settings.ini")


@pytest.fixture
def make_main_window(qtbot, services, ui_settings) -> Iterator:  # type: ignore[no-untyped-def]
    """`make_main_window(settings=None, services=None)` shows a MainWindow; all are closed afterwards."""
    made: list[MainWindow] = []

    def make(settings: UiSettings | None = None, services_=None) -> MainWindow:  # type: ignore[no-untyped-def]
        window = MainWindow(services_ or services, settings or ui_settings)
        made.append(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for window in made:
        window.close()
        window.deleteLater()
    assert wait_for_all(10_000)


@pytest.fixture(autouse=True)
def _delete_closed_widgets(qtbot) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Really delete widgets closed by a test, so later tests do not restyle or filter for them."""
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform warns that it cannot resize windows to size hints; that is not our bug."""
    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
