"""Names in any script are drawn with letters in the GUI, not empty boxes (the bundled fonts serve the GUI too)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from drivekit.config import Config
from drivekit.ui import app as ui_app, fonts
from drivekit.ui.main_window import MainWindow

# Names of the kinds the demo makes (Chinese, Japanese, Korean, Arabic, Hebrew, Greek, Cyrillic) and of scripts
# laptops seldom have a font for (Devanagari, Thai, Tamil, Georgian, Ethiopic).
NAMES = ("김민준", "王秀英", "佐藤 さくら", "محمد العلي", "דוד כהן", "Γιώργος", "Ольга", "प्रिया शर्मा",
         "สมชาย ใจดี", "முருகன்", "ნინო", "አበበ")


def _runs(text: str, font: QFont) -> list[tuple[str, list[int]]]:
    """(the family drawing it, its glyph ids) for each run of glyphs Qt would paint for `text` in `font`."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in line.glyphRuns()]


def _boxed(text: str, font: QFont) -> bool:
    """Would Qt draw some letter of `text` as an empty box? Glyph 0 is a font's "no such letter";
    a run in no family at all is Qt's own box engine (what it uses when no font has the script)."""
    return any(0 in glyphs or not family for family, glyphs in _runs(text, font))


def _families(text: str, font: QFont) -> set[str]:
    """The families drawing the letters of `text` (not its spaces)."""
    return {family.casefold() for word in text.split() for family, _ in _runs(word, font)}


@pytest.fixture
def no_fallback_fonts(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The process as it starts: no bundled font registered (another test may have loaded them)."""
    font = QFont(qapp.font())
    QFontDatabase.removeAllApplicationFonts()
    monkeypatch.setattr(fonts, "_installed", [])
    yield
    QFontDatabase.removeAllApplicationFonts()
    qapp.setFont(font)


def test_a_label_shows_names_in_every_script_with_letters_once_the_fonts_are_loaded(qtbot, no_fallback_fonts) -> None:  # type: ignore[no-untyped-def]
    fonts.use_fallback_families(QApplication.instance())  # as run_gui does before the window is made
    text = " ".join(NAMES)
    label = QLabel(text)
    qtbot.addWidget(label)
    label.show()
    assert _boxed(text, label.font()), "this machine has fonts for every script: the test would prove nothing"
    measured_with_boxes = label.sizeHint().width()

    primary = QFontInfo(label.font()).family()
    families = fonts.install_fallback_fonts(QApplication.instance())

    assert families == [family for _, family in fonts.FALLBACKS]  # the names Qt falls back to are the files' own
    assert not _boxed(text, label.font())
    for name in NAMES:
        assert not _boxed(name, label.font()), name
        if unicodedata.name(name[0]).startswith(("HANGUL", "DEVANAGARI", "THAI", "TAMIL", "ETHIOPIC")):
            assert _families(name, label.font()) <= {f.casefold() for f in families}, name  # a bundled font
    fresh = QLabel(text)
    qtbot.addWidget(fresh)
    assert label.sizeHint().width() == fresh.sizeHint().width() != measured_with_boxes  # measured again
    bold = QFont(label.font())
    bold.setBold(True)
    assert QFontInfo(bold).family() == QFontInfo(label.font()).family() == primary  # Latin text keeps its font


def test_the_fonts_load_after_the_window_is_painted_and_reach_its_labels(qapp, make_services, tmp_path, no_fallback_fonts) -> None:  # type: ignore[no-untyped-def]
    services = make_services()
    services.campaigns.create(title="서명 운동 · हस्ताक्षर अभियान", text="Text", goal=10)
    seen: dict[str, object] = {}

    def check() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not fonts.fallback_families():
            if windows:
                seen["shown_before_fonts"] = True
            QTimer.singleShot(20, check)
            return
        labels = [lab for w in windows for lab in w.findChildren(QLabel) if "서명" in lab.text()]
        seen["boxed"] = [_boxed(lab.text(), lab.font()) for lab in labels]
        for w in windows:
            w.close()
        QTimer.singleShot(0, QApplication.quit)

    QTimer.singleShot(0, check)
    QTimer.singleShot(20_000, QApplication.quit)  # a safety net: the assertions below then fail
    config = Config(data_dir=tmp_path / "data", db_url=f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert ui_app.run_gui(config, lambda: services) == 0

    assert seen.get("shown_before_fonts") is True  # start-up did not wait for the fonts
    assert seen.get("boxed"), "no label in the window shows the campaign's title"
    assert not any(seen["boxed"]), seen["boxed"]  # type: ignore[arg-type]
