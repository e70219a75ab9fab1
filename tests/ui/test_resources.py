"""Resources are found from source, stylesheets load, and a built translation is used when chosen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QLabel

from drivekit import assets
from drivekit.ui import resources
from drivekit.ui.first_run.welcome import WelcomePage

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>WelcomePage</name>
<message><source>Welcome to DriveKit</source><translation>Bienvenida a DriveKit</translation></message>
</context></TS>
"""


def test_resource_locator_finds_stylesheets_and_icon() -> None:
    assert resources.resource_path("icons", "drivekit.svg").is_file()
    assert "savedBanner" in resources.stylesheet(False)
    assert "#ffff99" in resources.stylesheet(True) and "#ffff99" not in resources.stylesheet(False)


def test_chosen_language_is_loaded(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease not installed")
    (tmp_path / "translations").mkdir()
    ts = tmp_path / "translations" / "drivekit_es.ts"
    ts.write_text(TS, encoding="utf-8")
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True)
    monkeypatch.setattr(assets, "resources_dir", lambda: tmp_path)
    app = QApplication.instance()
    previous = QLocale()
    installed = resources.load_translations(app, "es")
    try:
        assert installed
        page = WelcomePage()
        qtbot.addWidget(page)
        assert "Bienvenida a DriveKit" in [label.text() for label in page.findChildren(QLabel)]
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)
