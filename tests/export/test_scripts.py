"""A signer's name in every script people sign in is drawn with its own font, shaped by HarfBuzz where the
script needs it, and copies back out of the PDF exactly as typed (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import pytest

from drivekit.domain.text import display_name
from drivekit.export import fonts
from drivekit.export.model import PacketHeader, PacketOptions, PacketRow
from drivekit.export.packet import write_packet
from tests.export.conftest import BIDI_MARKS

# Made-up names, one per script (and a few that are not names at all: emoji, a CJK Extension B character).
NAMES = {
    "Devanagari": "अनुष्का क्षत्रिय", "Bengali": "সৌমিত্র চট্টোপাধ্যায়", "Gurmukhi": "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ",
    "Gujarati": "પ્રિયંકા શ્રીવાસ્તવ", "Tamil": "கார்த்திக் சுப்ரமணியம்", "Telugu": "శ్రీనివాస్ రెడ్డి",
    "Kannada": "ಕೃಷ್ಣಮೂರ್ತಿ ಶ್ರೀಧರ್", "Malayalam": "ശ്രീക്കുട്ടൻ നമ്പൂതിരി", "Sinhala": "ශ්‍රී ලක්ෂ්මි පෙරේරා",
    "Thai": "สมศักดิ์ ศรีสุข", "Lao": "ສົມພອນ ພົມມະຈັນ", "Khmer": "សុខ ស្រីពេជ្រ", "Myanmar": "အောင်ဆန်း စုကြည်",
    "Ethiopic": "ኃይለ ሥላሴ", "Armenian": "Արմեն Սարգսյան", "Georgian": "ნინო ბერიძე", "Emoji": "Sam 😀🌍 Lee",
    "Arabic": "محمد الخطيب", "Hebrew": "דוד כהן", "Chinese": "王小明", "Japanese": "山田太郎", "Korean": "김민준",
    "Greek": "Γιώργος Παπαδόπουλος", "Cyrillic": "Зоя Иванова", "Latin": "Zoë Łukasiewicz-Ngũgĩ",
    "Beyond the BMP": "𠀋 Lin",
}
NOTO = {"Devanagari", "Bengali", "Gurmukhi", "Gujarati", "Tamil", "Telugu", "Kannada", "Malayalam", "Sinhala",
        "Thai", "Lao", "Khmer", "Myanmar", "Ethiopic", "Armenian", "Georgian"}

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler's pdftotext is not installed")


def _packet(tmp_path: Path, names: list[str]) -> Path:
    out = tmp_path / "scripts.pdf"
    start = datetime(2026, 5, 1, tzinfo=timezone.utc)
    rows = [PacketRow(name, "N1 1AA", "London", "GB", "", start, "") for name in names]
    write_packet(str(out), PacketHeader("Org", "Every script", "Text", "c"), rows, PacketOptions())
    return out


def _text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [" ".join(line.translate(BIDI_MARKS).split()) for line in out.splitlines()]


@needs_poppler
def test_every_name_copies_out_exactly_as_typed(tmp_path: Path) -> None:
    path = _packet(tmp_path, list(NAMES.values()))
    text = "\n".join(_text(path))
    missing = [script for script, name in NAMES.items() if unicodedata.normalize("NFC", name) not in text]
    assert not missing, f"not extracted exactly: {missing}"


@needs_poppler
def test_shaped_scripts_are_drawn_in_their_noto_fonts(tmp_path: Path) -> None:
    path = _packet(tmp_path, [NAMES[s] for s in NOTO] + [NAMES["Emoji"]])
    listed = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    for script in NOTO:
        assert f"NotoSans{script}-Regular" in listed, script
    assert "+NotoEmoji" in listed


def test_harfbuzz_forms_conjuncts_and_reorders_vowel_signs() -> None:
    from drivekit.export.shaping import shape

    fonts.register()
    deva = fonts.runs("क्षत्रिय", fonts.SANS)
    assert deva == [("DK-Devanagari", "क्षत्रिय")]
    glyphs, _, width = shape("DK-Devanagari", "क्ष")  # KA + VIRAMA + SSA: one conjunct glyph
    assert len(glyphs) == 1 and width > 0
    tamil, _, _ = shape("DK-Tamil", "கொ")  # the two-part vowel sign O: its first part is drawn before KA
    assert str(tamil) == "\u0bc6\u0b95\u0bbe"  # E-sign, KA, AA-sign: drawn in visual order
    khmer = fonts.runs("ស្រី", fonts.SANS)
    assert khmer == [("DK-Khmer", "ស្រី")]  # the coeng and its subscript stay in one shaped run


def test_the_unshaped_path_still_exists_for_the_benchmark_baseline() -> None:
    fonts.register()
    try:
        fonts.set_shaping(False)
        assert all(f not in fonts.SHAPED for f, _ in fonts.runs("अनुष्का", fonts.SANS))
    finally:
        fonts.set_shaping(True)
    assert fonts.runs("अनुष्का", fonts.SANS)[0][0] == "DK-Devanagari"


def test_cjk_names_family_name_first() -> None:
    assert display_name("小明", "王") == "王小明"
    assert display_name("太郎", "山田") == "山田太郎"
    assert display_name("민준", "김") == "김민준"
    assert display_name("Lily", "王") == "Lily 王"  # a mixed name keeps the order it was typed in
    assert display_name("Anna", "Smith") == "Anna Smith"
    assert display_name("", "王") == "王"
