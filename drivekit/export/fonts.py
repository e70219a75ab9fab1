"""Fonts for every script: a font chosen per run of text, HarfBuzz shaping where a script needs it, right-to-left
lines in visual order."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from drivekit.assets import resource_path
from drivekit.export.scripts import EMOJI, EMOJI_FILE, SCRIPT_FONTS, is_emoji, rides_along, script_font
from drivekit.i18n import _

SANS = "DK-Sans"
BOLD = "DK-Sans-Bold"
CJK = "DK-CJK"
HANGUL = "DK-Hangul"
MONO = "DK-Mono"
_FILES = {SANS: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", CJK: "DroidSansFallbackFull.ttf",
          HANGUL: "NanumGothic.ttf", MONO: "DejaVuSansMono.ttf"}
# Tried in order after the run's own font when a character is missing from it.
FALLBACKS = (SANS, CJK, HANGUL)
# Fonts loaded on first use (most packets never need them): the shaped scripts' Noto fonts and emoji.
_LAZY = {**{name: file for _, _, name, file in SCRIPT_FONTS}, EMOJI: EMOJI_FILE}
SHAPED = frozenset(_LAZY)

# HarfBuzz shaping and the Noto fonts; False draws as DriveKit did before them (the benchmark's baseline).
SHAPING = True

_registered: dict[str, frozenset[int]] = {}
_ascii_em: dict[str, float] = {}  # widest printable ASCII glyph per font, in ems: lets short text skip measuring
_ascii_table: dict[str, list[float]] = {}  # advance width of each ASCII code, in ems


def set_shaping(enabled: bool) -> None:
    """Turn HarfBuzz shaping (and the scripts' own fonts) on or off for this process."""
    global SHAPING
    SHAPING = enabled
    runs.cache_clear()


def _load(name: str, file: str) -> None:
    from reportlab.pdfbase import pdfmetrics

    from drivekit.errors import BadFile
    from drivekit.export.ttf import TaggedTTFont

    path = resource_path("fonts", file)
    if not path.exists():
        raise BadFile(_("The font file {path} is missing; reinstall DriveKit.").format(path=path))
    font = TaggedTTFont(name, str(path))
    pdfmetrics.registerFont(font)
    _registered[name] = frozenset(font.face.charToGlyph)
    _ascii_table[name] = [pdfmetrics.stringWidth(chr(c), name, 1) for c in range(128)]
    _ascii_em[name] = max(_ascii_table[name][32:127])


def register() -> None:
    """Register the bundled TrueType fonts with reportlab once per process (the scripts' fonts on first use)."""
    if SANS in _registered:
        return
    for name, file in _FILES.items():
        _load(name, file)


def _ensure(name: str) -> str:
    if name not in _registered:
        _load(name, _LAZY[name])
    return name


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


def _choose(code: int, ch: str, own: frozenset[int], font: str) -> str:
    if SHAPING:
        scripted = script_font(code)
        if scripted is not None:
            return _ensure(scripted)
    if code in own or ch.isspace():
        return font
    for f in FALLBACKS:
        if code in _registered[f]:
            return f
    if SHAPING and is_emoji(code):
        return _ensure(EMOJI)
    return font


@lru_cache(maxsize=4096)
def runs(text: str, font: str = SANS) -> list[tuple[str, str]]:
    """Split visual-order text into (font, segment) runs, picking for each character the font that draws it:
    its script's own font (shaped scripts), else the run's font if it has it, else the first fallback that does."""
    if text.isascii():
        return [(font, text)]
    out: list[tuple[str, str]] = []
    own = _registered[font]
    for ch in text:
        if out and ((ch.isspace() and out[-1][0] != EMOJI) or (SHAPING and rides_along(ch))):
            out[-1] = (out[-1][0], out[-1][1] + ch)
            continue
        chosen = _choose(ord(ch), ch, own, font)
        if out and out[-1][0] == chosen:
            out[-1] = (chosen, out[-1][1] + ch)
        else:
            out.append((chosen, ch))
    return out


def _advance(f: str, seg: str, size: float) -> float:
    if f in SHAPED:
        from drivekit.export.shaping import shape

        return shape(f, seg)[2] * size / 1000
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(seg, f, size))


def width(text: str, font: str, size: float) -> float:
    """Width of logical `text` as it will be drawn."""
    if text.isascii():
        return sum(map(_ascii_table[font].__getitem__, text.encode("ascii"))) * size
    return sum(_advance(f, seg, size) for f, seg in runs(visual(text), font))


def draw(canvas, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:  # type: ignore[no-untyped-def]
    """Draw logical `text` at (x, y); right-to-left lines are aligned to the right edge when align='auto'."""
    if text.isascii():
        if align == "right":
            x -= width(text, font, size)
        canvas.setFont(font, size)
        canvas.drawString(x, y, text)
        return
    t = canvas.beginText()
    draw_text(t, x, y, text, font, size, align)
    canvas.drawText(t)


def _actual_text(seg: str) -> str:
    """A marked-content span telling readers (copy, search, pdftotext) the text its shaped glyphs stand for."""
    return f"/Span <</ActualText <FEFF{seg.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_text(t, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:  # type: ignore[no-untyped-def]
    """Like draw(), into a text object shared by a whole page (far fewer PDF operators than one per string)."""
    if align == "right":
        x -= width(text, font, size)
    parts = [(font, text)] if text.isascii() else runs(visual(text), font)
    for i, (f, seg) in enumerate(parts):
        if t._fontname != f or t._fontsize != size:
            t.setFont(f, size, size * 1.2)
        t.setTextOrigin(x, y)
        if f in SHAPED:
            from drivekit.export.shaping import shape, shaped_ops

            ops, subset = shaped_ops(t._canvas, f, seg, size, t._leading)
            t._code.append(f"{_actual_text(seg)} {ops} EMC")
            t._curSubset = subset
            x += shape(f, seg)[2] * size / 1000
            continue
        if seg.isascii() or all(ord(ch) in _registered[f] or ch.isspace() for ch in seg):
            t.textLine(seg)  # textLine, unlike textOut, does not measure the text again
        else:  # no bundled font has some character: a box is drawn, and the text still copies as typed
            t._code.append(_actual_text(seg))
            t.textLine(seg)
            t._code.append("EMC")
        if i + 1 < len(parts):
            x += _advance(f, seg, size)


def is_rtl(text: str) -> bool:
    return not text.isascii() and _has_rtl(text)


def _break_long(word: str, avail: float, font: str, size: float) -> list[str]:
    pieces: list[str] = []
    current = ""
    for ch in word:
        if current and not rides_along(ch) and width(current + ch, font, size) > avail:
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
