"""Fonts for every script: a fallback chain chosen per run of text, with right-to-left shaping."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from drivekit.assets import resource_path

SANS = "DK-Sans"
BOLD = "DK-Sans-Bold"
CJK = "DK-CJK"
HANGUL = "DK-Hangul"
MONO = "DK-Mono"
_FILES = {SANS: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallbackFull.ttf",
          HANGUL: "NanumGothic.ttf", MONO: "DejaVuSansMono.ttf"}
# Tried in order after the run's own font when a character is missing from it.
FALLBACKS = (SANS, CJK, HANGUL)

_registered: dict[str, frozenset[int]] = {}
_ascii_em: dict[str, float] = {}  # widest printable ASCII glyph per font, in ems: lets short text skip measuring
_ascii_table: dict[str, list[float]] = {}  # advance width of each ASCII code, in ems


def register() -> None:
    """Register the bundled TrueType fonts with reportlab once per process."""
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics

    from drivekit.errors import BadFile
    from drivekit.export.ttf import TaggedTTFont as TTFont

    for name, file in _FILES.items():
        path = resource_path("fonts", file)
        if not path.exists():
            raise BadFile(f"The font file {path} is missing; reinstall DriveKit.")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        _registered[name] = frozenset(font.face.charToGlyph)
        _ascii_table[name] = [pdfmetrics.stringWidth(chr(c), name, 1) for c in range(128)]
        _ascii_em[name] = max(_ascii_table[name][32:127])


def covers(font: str, ch: str) -> bool:
    return ord(ch) in _registered[font]


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Text in drawing order: Arabic letters joined (presentation forms), right-to-left runs reversed."""
    if text.isascii() or not _has_rtl(text):
        return text
    from bidi import get_display

    return str(get_display(_reshaper().reshape(text)))


@lru_cache(maxsize=1)
def _reshaper():  # type: ignore[no-untyped-def]
    """Joins Arabic letters; ligatures off because they map to code points our fonts lack (e.g. U+FDF2)."""
    from arabic_reshaper import ArabicReshaper

    return ArabicReshaper(configuration={"support_ligatures": False})


def runs(text: str, font: str = SANS) -> list[tuple[str, str]]:
    """Split visual-order text into (font, segment) runs, picking for each character the first font that has it."""
    if text.isascii():
        return [(font, text)]
    out: list[tuple[str, str]] = []
    own = _registered[font]
    for ch in text:
        code = ord(ch)
        chosen = font
        if code not in own and not ch.isspace():
            chosen = next((f for f in FALLBACKS if code in _registered[f]), font)
        if out and out[-1][0] == chosen:
            out[-1] = (chosen, out[-1][1] + ch)
        elif out and ch.isspace():
            out[-1] = (out[-1][0], out[-1][1] + ch)
        else:
            out.append((chosen, ch))
    return out


def width(text: str, font: str, size: float) -> float:
    """Width of logical `text` as it will be drawn."""
    if text.isascii():
        return sum(map(_ascii_table[font].__getitem__, text.encode("ascii"))) * size
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(sum(stringWidth(seg, f, size) for f, seg in runs(visual(text), font)))


def draw(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:  # type: ignore[no-untyped-def]
    """Draw logical `text` at (x, y); right-to-left lines are aligned to the right edge when align='auto'."""
    if text.isascii():
        if align == "right":
            x -= width(text, font, size)
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    line = visual(text)
    parts = runs(line, font)
    if align == "right":
        x -= width(text, font, size)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for f, seg in parts:
        canvas.setFont(f, size)
        canvas.drawString(x, y, seg)
        x += stringWidth(seg, f, size)


def draw_text(t, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:  # type: ignore[no-untyped-def]
    """Like draw(), into a text object shared by a whole page (far fewer PDF operators than one per string)."""
    if align == "right":
        x -= width(text, font, size)
    parts = [(font, text)] if text.isascii() else runs(visual(text), font)
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for i, (f, seg) in enumerate(parts):
        if t._fontname != f or t._fontsize != size:
            t.setFont(f, size, size * 1.2)
        t.setTextOrigin(x, y)
        t.textLine(seg)  # textLine, unlike textOut, does not measure the text again
        if i + 1 < len(parts):
            x += stringWidth(seg, f, size)


def is_rtl(text: str) -> bool:
    return not text.isascii() and _has_rtl(text)


def _break_long(word: str, avail: float, font: str, size: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and width(current + ch, font, size) > avail:
            pieces.append(current)
            current = ch
        else:
            current += ch
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, avail: float, font: str, size: float) -> list[str]:
    """Logical lines of `text` no wider than `avail`; words longer than a line (or CJK text) break anywhere."""
    if text.isascii() and len(text) * size * _ascii_em[font] <= avail and "\n" not in text and "  " not in text:
        return [text] if text.strip() == text and text else ([text.strip()] if text.strip() else [])
    text = " ".join(text.split())
    if not text:
        return []
    if width(text, font, size) <= avail:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= avail:
            current = candidate
            continue
        if current:
            lines.append(current)
        if width(word, font, size) <= avail:
            current = word
        else:
            *full, current = _break_long(word, avail, font, size)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def fit(text: str, avail: float, font: str, size: float) -> str:
    """`text` cut short with an ellipsis so that it is no wider than `avail`."""
    if width(text, font, size) <= avail:
        return text
    while text and width(text + "…", font, size) > avail:
        text = text[:-1]
    return text.rstrip() + "…"
