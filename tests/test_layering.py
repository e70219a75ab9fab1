"""The layering rule of DESIGN.md, checked on the source: Qt only inside drivekit/ui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "drivekit"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_qt_outside_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE.parent))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1] and {"PySide6", "shiboken6"} & _imports(path)
    ]
    assert offenders == []


def test_ui_is_not_imported_by_lower_layers() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui" or rel.name == "app.py" and len(rel.parts) == 1:
            continue
        text = path.read_text(encoding="utf-8")
        if "drivekit.ui" in text:
            offenders.append(str(rel))
    assert offenders == []


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
    subprocess.run([sys.executable, "-c", code, str(tmp_path / "x.sqlite3")], check=True, cwd=PACKAGE.parent)
