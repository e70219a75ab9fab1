"""ruff (pyflakes, bugbear, isort, pycodestyle errors; settings in pyproject.toml) is clean, so the
README's test command catches an unused import or a mis-sorted block before review does."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_is_clean() -> None:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert exe is not None, "ruff is not installed (pip install -e '.[test]')"
    done = subprocess.run([exe, "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr + "\n(fix with: ruff check --fix)"
