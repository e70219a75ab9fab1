"""The layering rules of docs/architecture.md, checked by import-linter (contracts in pyproject.toml),
and a real headless command that must never load Qt or the PDF and crypto libraries."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    """`lint-imports`: the layers, the file format without a database, Qt only in ui, reportlab and
    pyHanko only in export. Its report names the import chain that breaks a contract."""
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which("lint-imports")
    assert exe is not None, "import-linter is not installed (pip install -e '.[test]')"
    done = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_headless_commands_never_load_qt(tmp_path: Path) -> None:
    """`drivekit --version` and a real command run without PySide6 in sys.modules."""
    code = (
        "import sys\n"
        "from drivekit.app import main\n"
        "rc = main(['--db', sys.argv[1], 'campaign', 'list'])\n"
        "assert rc == 0, rc\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'reportlab', 'pyhanko', 'nacl'))\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.sqlite3")], check=True, cwd=ROOT)
