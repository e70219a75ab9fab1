"""Spanish and French are complete: every message translated, placeholders kept, the built .qm loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
UI = Path(__file__).resolve().parents[2] / "drivekit" / "ui"
LANGUAGES = ["es", "fr"]
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TRANSLATIONS / f"drivekit_{lang}.ts")
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.append((name, message.findtext("source") or "", message))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated_with_its_placeholders(lang: str) -> None:
    problems = []
    for context, source, message in messages(lang):
        translation = message.find("translation")
        assert translation is not None
        texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(set(PLACEHOLDER.findall(source))) and "%n" not in source:
                problems.append(f"{context}: {source!r} -> {text!r} changes the placeholders")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_sources_cover_every_string_in_the_code(lang: str, tmp_path: Path) -> None:
    """lupdate over the code finds no string the .ts file lacks (run the README command if this fails)."""
    fresh = tmp_path / f"drivekit_{lang}.ts"
    fresh.write_bytes((TRANSLATIONS / f"drivekit_{lang}.ts").read_bytes())
    files = sorted(str(p) for p in UI.rglob("*.py"))
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    result = subprocess.run([lupdate, *files, "-ts", str(fresh)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert re.findall(r"\((\d+) new", result.stdout) == ["0"], result.stdout


@pytest.mark.parametrize(("lang", "english", "expected"), [("es", "Collect", "Recogida"), ("fr", "Collect", "Collecte")])
def test_the_built_file_loads_and_translates(qapp, lang: str, english: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"drivekit_{lang}.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", english) == expected
    finally:
        QCoreApplication.removeTranslator(translator)
