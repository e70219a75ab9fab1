"""Fonts for every script: a font chosen per run of text, HarfBuzz shaping where a script needs it, right-to-left
lines in visual order."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

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
_plain: dict[str, frozenset[str]] = {}  # per base font: the characters it draws alone (see _plain_chars)
_own: dict[str, frozenset[str]] = {}  # see _own_chars
_fallbacks: dict[str, list[tuple[str, frozenset[str]]]] = {}  # see _fallen_back
# reportlab's number formatting and font lookup, bound when the first font is loaded (reportlab is imported
# only to draw a PDF); looked up per line, an import statement cost more than the line's own work.
_fp_str: Any = None
_get_font: Any = None

# Where Unicode puts every right-to-left character (bidi class R or AL); tests check none lies outside.
_RTL_BLOCKS = ((0x0590, 0x08FF), (0x200F, 0x200F), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF), (0x10800, 0x10FFF),
               (0x1E800, 0x1EFFF))

# Wrapped lines of the texts seen last (places, comments and words repeat across a drive's signers):
# at most WRAP_CACHE entries holding WRAP_CACHE_CHARS characters of text, emptied when either is reached.
WRAP_CACHE = 16384
WRAP_CACHE_CHARS = 1_000_000
_wrapped: dict[tuple[str, float, str, float], tuple[str, ...]] = {}
_wrapped_chars = 0


def set_shaping(enabled: bool) -> None:
    """Turn HarfBuzz shaping (and the scripts' own fonts) on or off for this process."""
    global SHAPING
    SHAPING = enabled
    runs.cache_clear()
    _wrapped.clear()


def _load(name: str, file: str) -> None:
    global _fp_str, _get_font
    from reportlab.lib.rl_accel import fp_str
    from reportlab.pdfbase import pdfmetrics

    _fp_str, _get_font = fp_str, pdfmetrics.getFont

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


@lru_cache(maxsize=1)
def _rtl_chars() -> frozenset[str]:
    return frozenset(ch for first, last in _RTL_BLOCKS for ch in map(chr, range(first, last + 1))
                     if unicodedata.bidirectional(ch) in ("R", "AL"))


def _has_rtl(text: str) -> bool:
    return not _rtl_chars().isdisjoint(text)


def _own_chars(font: str) -> frozenset[str]:
    """The characters runs() gives to `font` itself whatever surrounds them: in the font and in no script that
    is shaped or has its own font. Visual-order text made only of them is one run in `font`."""
    chars = _own.get(font)
    if chars is None:
        chars = frozenset() if font in SHAPED else \
            frozenset(ch for ch in map(chr, _registered[font]) if script_font(ord(ch)) is None)
        _own[font] = chars
    return chars


def _plain_chars(font: str) -> frozenset[str]:
    """The characters `font` draws on its own, as they are typed: its own characters (above) that are not
    right-to-left. Text made only of them needs no reordering, reshaping or fallback."""
    chars = _plain.get(font)
    if chars is None:
        chars = _plain[font] = _own_chars(font) - _rtl_chars()
    return chars


def _fallen_back(font: str) -> list[tuple[str, frozenset[str]]]:
    """For each fallback font, the characters runs() always gives to it when the run's font is `font` (the
    font lacks them, no earlier fallback has them, no script font takes them), with the plain space."""
    found = _fallbacks.get(font)
    if found is None:
        found = []
        if font not in SHAPED:
            taken = set(_registered[font])
            for f in FALLBACKS:
                if f != font:
                    found.append((f, frozenset(ch for ch in map(chr, _registered[f] - taken)
                                               if not ch.isascii() and not ch.isspace() and script_font(ord(ch)) is None)
                                  | {" "}))
                taken |= _registered[f]
        _fallbacks[font] = found
    return found


def is_plain(text: str, font: str) -> bool:
    """True when `text` is drawn as it is typed in `font` alone (ASCII or _plain_chars)."""
    return text.isascii() or _plain_chars(font).issuperset(text)


@lru_cache(maxsize=4096)
def visual(text: str) -> str:
    """Text in drawing order: Arabic letters joined (presentation forms), right-to-left runs reversed."""
    if text.isascii() or not _has_rtl(text):
        return text
    from bidi import get_display

    return str(get_display(" ".join(map(_reshaped_word, text.split(" ")))))


@lru_cache(maxsize=8192)
def _reshaped_word(word: str) -> str:
    """One word's letters joined. Joining never reaches across a space (a letter next to one takes its
    isolated, initial or final form whatever lies beyond it, and ligatures are off), so a name is reshaped
    word by word, and words (given names, family names) repeat far more often than names."""
    return str(_reshaper().reshape(word)) if word else ""


@lru_cache(maxsize=1)
def _reshaper():  # type: ignore[no-untyped-def]
    """Joins Arabic letters; ligatures off because they map to code points our fonts lack (e.g. U+FDF2)."""
    from arabic_reshaper import ArabicReshaper

    reshaper = ArabicReshaper(configuration={"support_ligatures": False})
    reshaper.configuration = _SettingsRead(reshaper.configuration)
    return reshaper


class _SettingsRead:
    """The reshaper's settings, each read from its configparser section once: `reshape` reads six of them
    per call, through configparser's interpolation, which cost more than the reshaping of a name."""

    def __init__(self, section: Any) -> None:
        self._section = section
        self._flags: dict[str, bool] = {}

    def getboolean(self, key: str) -> bool:
        flag = self._flags.get(key)
        if flag is None:
            flag = self._flags[key] = bool(self._section.getboolean(key))
        return flag

    def get(self, key: str, *args: Any, **kwargs: Any) -> Any:
        return self._section.get(key, *args, **kwargs)


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
    if text.isascii() or _own_chars(font).issuperset(text):
        return [(font, text)]
    if not text[0].isspace():  # all in one fallback font (a CJK name): the loop below would make one run
        for fallback, chars in _fallen_back(font):
            if chars.issuperset(text):
                return [(fallback, text)]
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
    return float(_get_font(f).stringWidth(seg, size))  # pdfmetrics.stringWidth, without its wrapper


def width(text: str, font: str, size: float) -> float:
    """Width of logical `text` as it will be drawn."""
    if text.isascii():
        return sum(map(_ascii_table[font].__getitem__, text.encode("ascii"))) * size
    if _plain_chars(font).issuperset(text):  # one run in `font`: what the sum below would add up
        return float(_get_font(font).stringWidth(text, size))  # pdfmetrics.stringWidth, without its wrapper
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


class LineWriter:
    """draw_text for the lines of one canvas, with a shortcut for the commonest line: printable ASCII in the
    font and size already set, in a font whose first subset holds ASCII as itself (reportlab's "ASCII
    readable" subsets). Such a line is `x y Tm (text) Tj T*`, exactly what setTextOrigin and textLine write,
    without textLine splitting the text into subsets one character at a time."""

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._escape = canvas._escape
        self._ascii: set[str] = set()  # fonts known to hold ASCII as itself in this canvas's document

    def draw(self, t: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
        if text.isascii() and text.isprintable() and text and t._fontname == font and t._fontsize == size \
                and t._curSubset == 0 and (font in self._ascii or self._learn(font)):
            if align == "right":
                x -= width(text, font, size)
            t._code.append(f"1 0 0 1 {_fp_str(x, y)} Tm ({self._escape(text.encode('ascii'))}) Tj T*")
            t._x0 = t._x = x
            t._y0 = t._y = y - t._leading
            return
        draw_text(t, x, y, text, font, size, align)

    def _learn(self, font: str) -> bool:
        canvas = self._canvas
        if not canvas.bottomup:
            return False
        state = _get_font(font).state.get(canvas._doc)
        if state is None or any(state.assignments.get(c) != c for c in range(32, 127)):
            return False  # asked again later: the state appears with the document's first line in this font
        self._ascii.add(font)
        return True


def _actual_text(seg: str) -> str:
    """A marked-content span telling readers (copy, search, pdftotext) the text its shaped glyphs stand for."""
    return f"/Span <</ActualText <FEFF{seg.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_text(t, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:  # type: ignore[no-untyped-def]
    """Like draw(), into a text object shared by a whole page (far fewer PDF operators than one per string)."""
    if align == "right":
        x -= width(text, font, size)
    if is_plain(text, font):  # what the loop below does for one run in `font`
        if t._fontname != font or t._fontsize != size:
            t.setFont(font, size, size * 1.2)
        t.setTextOrigin(x, y)
        t.textLine(text)
        return
    parts = runs(visual(text), font)
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
    global _wrapped_chars
    if text.isascii() and len(text) * size * _ascii_em[font] <= avail and "\n" not in text and "  " not in text:
        return [text] if text.strip() == text and text else ([text.strip()] if text.strip() else [])
    if is_plain(text, font):  # a plain text that fits (most names) is measured at once, not cached
        flat = " ".join(text.split())
        if not flat or width(flat, font, size) <= avail:
            return [flat] if flat else []
    key = (text, avail, font, size)
    lines = _wrapped.get(key)
    if lines is None:
        lines = tuple(_wrap(text, avail, font, size))
        if len(_wrapped) >= WRAP_CACHE or _wrapped_chars + len(text) > WRAP_CACHE_CHARS:
            _wrapped.clear()
            _wrapped_chars = 0
        _wrapped[key] = lines
        _wrapped_chars += len(text)
    return list(lines)


def _wrap(text: str, avail: float, font: str, size: float) -> list[str]:
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
