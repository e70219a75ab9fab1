"""Counts read right in every language: "1 entry", "1 entrée", "2 entrées", never "1 entrées" (Qt numerus forms)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from drivekit.i18n import set_language
from drivekit.ui.privacy import AuditLogDialog
from drivekit.ui.resources import load_translations

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
UI = ROOT / "drivekit" / "ui"


@pytest.fixture
def gui_language() -> Iterator:  # type: ignore[type-arg]
    app = QApplication.instance()
    previous = QLocale()
    installed: list = []  # type: ignore[type-arg]
    yield lambda code: installed.extend(load_translations(app, code))  # type: ignore[arg-type]
    for translator in installed:
        app.removeTranslator(translator)  # type: ignore[union-attr]
    QLocale.setDefault(previous)
    set_language("en")


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "1 entry, newest first.", "2 entries, newest first."),
    ("fr", "1 entrée, la plus récente d’abord.", "2 entrées, les plus récentes d’abord."),
    ("es", "1 entrada, la más reciente primero.", "2 entradas, las más recientes primero."),
])
def test_the_audit_dialog_counts_its_entries_in_the_languages_plural(
        qtbot, services, gui_language, lang: str, one: str, two: str) -> None:  # type: ignore[no-untyped-def]
    gui_language(lang)
    campaign = services.campaigns.create("Bus", "Keep the 42.", 10)  # one entry: "campaign created"
    dialog = AuditLogDialog(services, campaign.id)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == one
    services.campaigns.create("Tram", "Keep the tram.", 10)
    dialog.only_campaign.setChecked(False)  # every campaign: two entries
    qtbot.waitUntil(lambda: dialog.message.text() == two)


def _numerus(lang: str) -> list[tuple[str, list[str]]]:
    tree = ET.parse(TRANSLATIONS / f"drivekit_{lang}.ts")
    return [(m.findtext("source") or "", [f.text or "" for f in m.iter("numerusform")])
            for m in tree.getroot().iter("message") if m.get("numerus") == "yes"]


@pytest.mark.parametrize("lang", ["en", "es", "fr"])
def test_every_count_has_its_plural_forms_with_the_number(lang: str) -> None:
    found = _numerus(lang)
    assert len(found) >= 15
    for source, forms in found:
        assert len(forms) == 2 and all(f.strip() for f in forms), (source, forms)
        if "%Ln" in source:
            assert all("%Ln" in f for f in forms), (source, forms)
        assert all(sorted(re.findall(r"\{\d\}", f)) == sorted(re.findall(r"\{\d\}", source)) for f in forms), source


def test_the_english_plural_catalogue_covers_every_count_in_the_code(tmp_path: Path) -> None:
    """drivekit_en.ts holds only the plural forms (lupdate -pluralonly, see resources/translations/README.md)."""
    fresh = tmp_path / "drivekit_en.ts"
    fresh.write_bytes((TRANSLATIONS / "drivekit_en.ts").read_bytes())
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    result = subprocess.run([lupdate, "-pluralonly", *sorted(str(p) for p in UI.rglob("*.py")), "-ts", str(fresh)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    unfinished = [m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")
                  if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert unfinished == []
    assert (TRANSLATIONS / "drivekit_en.qm").stat().st_mtime >= (TRANSLATIONS / "drivekit_en.ts").stat().st_mtime - 1


def test_no_count_in_the_gui_has_a_fixed_plural() -> None:
    """A number followed by a plural word in a tr() string reads "1 signatures": use "%Ln signatures" with n."""
    fixed = re.compile(r"""tr\(\s*"[^"]*(\{\d\} (?:new |unique )?(?:signatures|entries|signers|files|pages|withdrawals|rows|"""
                       r"""laptops|devices|duplicates|days|sheets|lines)\b|\(s\))""")
    offenders = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in sorted(UI.rglob("*.py"))
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if fixed.search(line)]
    assert offenders == []
