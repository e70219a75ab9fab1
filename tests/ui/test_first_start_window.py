"""The GUI says in a window when its data folder cannot be used, instead of failing silently."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from drivekit.config import Config
from drivekit.ui import app as ui_app


def test_an_unusable_data_folder_is_explained_in_a_window(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))

    def never_called():  # type: ignore[no-untyped-def]
        raise AssertionError("no database may be opened without a data folder")

    config = Config(data_dir=blocker / "DriveKit", db_url=f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert ui_app.run_gui(config, never_called) == 1
    assert len(shown) == 1 and "cannot keep its files in" in shown[0]
