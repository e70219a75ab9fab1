"""PySide6 6.12 on Python 3.11 drops references to None/True/False; the GUI must not die of it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    code = ("import drivekit.ui\n"
            "from PySide6.QtWidgets import QApplication, QLineEdit\n"
            "app = QApplication([])\nw = QLineEdit()\n"
            "for _ in range(50000):\n    w.setText('x'); w.update(); w.isVisible(); app.processEvents()\n"
            "print('done')\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "done"
