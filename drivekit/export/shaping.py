"""HarfBuzz shaping (through uharfbuzz) for runs of text that need it, cached per (font, text).

Glyphs are drawn as characters of the font's subsets (glyphs with no character of their own, such as
conjuncts, get a private-use code, as reportlab's own shaping does), each placed with its HarfBuzz
advance and offsets (TJ adjustments and text rise). The glyphs of a shaped run no longer spell its
text, so the run is drawn inside an ActualText span (fonts.py).
"""

from __future__ import annotations

import re
import weakref
from collections import OrderedDict
from functools import lru_cache
from typing import Any

_PRIVATE_START = 0xE000
_PRIVATE_END = 0xF8FF


class _FontShaper:
    """One font's HarfBuzz face and the private-use codes given to its unmapped glyphs."""

    def __init__(self, font: Any) -> None:
        import uharfbuzz as hb

        self.font = font
        self.face = font.face
        self.hb_font = hb.Font(hb.Face(hb.Blob(font.face._ttf_data)))
        self.scale = 1000.0 / font.face.unitsPerEm  # font units to thousandths of an em
        self.private: dict[int, int] = {}
        self.next_private = _PRIVATE_START

    def char_for(self, gid: int, advance: float) -> int | None:
        """A code point that draws glyph `gid` in this font's subsets; None when the font is full."""
        chars = self.face.glyphToChar.get(gid)
        if chars:
            return int(chars[0])
        code = self.private.get(gid)
        if code is not None:
            return code
        while self.next_private in self.face.charToGlyph:
            self.next_private += 1
        if self.next_private > _PRIVATE_END:
            return None
        code = self.next_private
        self.next_private += 1
        self.private[gid] = code
        self.face.charToGlyph[code] = gid
        self.face.glyphToChar.setdefault(gid, []).append(code)
        self.face.charWidths[code] = advance
        return code


_shapers: dict[str, _FontShaper] = {}


def _shaper(font_name: str) -> _FontShaper:
    shaper = _shapers.get(font_name)
    if shaper is None:
        from reportlab.pdfbase.pdfmetrics import getFont

        shaper = _shapers[font_name] = _FontShaper(getFont(font_name))
    return shaper


# A shaped run: the characters that draw its glyphs in our subsets, one (x_advance, x_offset, y_offset, width)
# per glyph in thousandths of an em (width: the advance the PDF font's /Widths gives that character), and
# the run's advance width.
Shaped = tuple[str, tuple[tuple[float, float, float, float], ...], float]


@lru_cache(maxsize=4096)
def shape(font_name: str, text: str) -> Shaped:
    """`text` shaped in one font, word by word.

    Shaping never reaches across a space in the scripts drawn here, and words (given names, family
    names) repeat far more often than whole names, so each word is shaped once per process."""
    if " " not in text:
        return _shape_word(font_name, text)
    chars, total = "", 0.0
    data: tuple[tuple[float, float, float, float], ...] = ()
    for word in _SPACES.split(text):
        if word:
            c, d, w = _shape_word(font_name, word)
            chars, data, total = chars + c, data + d, total + w
    return chars, data, total


_SPACES = re.compile(r"( +)")


@lru_cache(maxsize=16384)
def _shape_word(font_name: str, text: str) -> Shaped:
    """`shape` for one word (or one run of spaces); notdef glyphs of marks, joiners and modifiers the font
    lacks are left out rather than drawn as boxes."""
    import uharfbuzz as hb

    from drivekit.export.scripts import rides_along

    s = _shaper(font_name)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(s.hb_font, buf, _FEATURES)
    k = s.scale
    widths = s.face.charWidths
    chars: list[str] = []
    data: list[tuple[float, float, float, float]] = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        if gid == 0 and info.cluster < len(text) and rides_along(text[info.cluster]):
            continue
        advance = pos.x_advance * k
        code = s.char_for(gid, advance)
        if code is None:
            continue
        chars.append(chr(code))
        data.append((advance, pos.x_offset * k, pos.y_offset * k, widths[code]))
        total += advance
    return "".join(chars), tuple(data), total


_FEATURES = {"kern": True, "liga": True}


_ops_cache: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[str, str, float], tuple[str, int]]] = \
    weakref.WeakKeyDictionary()
OPS_CACHE = 8192  # words' operators kept per document: frequent names hit, memory stays bounded


def _num(v: float) -> str:
    r = round(v, 1)
    return str(int(r)) if r == int(r) else str(r)


def shaped_ops(canvas: Any, font_name: str, text: str, size: float, leading: float) -> tuple[str, int]:
    """The PDF text operators drawing `text` shaped, from the current text origin: font selection, glyphs with
    HarfBuzz's advances and offsets as TJ adjustments (thousandths of an em) and rises (Ts) for marks set
    above or below. Returns (operators, the font subset selected last)."""
    if " " not in text:
        return _word_ops(canvas, font_name, text, size, leading)
    ops, subset = [], -1
    for word in _SPACES.split(text):
        if word:
            op, subset = _word_ops(canvas, font_name, word, size, leading)
            ops.append(op)
    return " ".join(ops), subset


def _word_ops(canvas: Any, font_name: str, word: str, size: float, leading: float) -> tuple[str, int]:
    """`shaped_ops` of one word, built once per document and (font, word, size) while it is used often."""
    doc = canvas._doc
    per_doc = _ops_cache.get(doc)
    if per_doc is None:
        per_doc = _ops_cache[doc] = OrderedDict()
    key = (font_name, word, size)
    hit = per_doc.get(key)
    if hit is not None:
        per_doc.move_to_end(key)
        return hit
    from reportlab.pdfbase.pdfmetrics import getFont

    chars, data, _ = _shape_word(font_name, word)
    font = getFont(font_name)
    escape = canvas._escape
    ops: list[str] = []
    i = 0
    rise = 0.0
    subset = -1
    tf = f"{_num(size)} Tf {_num(leading)} TL"
    for sub, codes in font.splitString(chars, doc):
        if sub != subset:
            ops.append(f"{font.getSubsetInternalName(sub, doc)} {tf}")
            subset = sub
        items: list[str] = []
        pending = 0.0  # adjustment carried to the next glyph (TJ number: positive moves left)
        for byte in codes:
            x_advance, x_offset, y_offset, width = data[i]
            i += 1
            target_rise = y_offset * size / 1000
            if target_rise != rise:
                if items:
                    ops.append(f"[{' '.join(items)}] TJ")
                    items = []
                ops.append(f"{_num(target_rise)} Ts")
                rise = target_rise
            before = pending - x_offset
            if abs(before) >= 0.05:
                items.append(_num(before))
            items.append(f"({escape(bytes((byte,)))})")
            pending = width - x_advance + x_offset
        if abs(pending) >= 0.05:
            items.append(_num(pending))
        if items:
            ops.append(f"[{' '.join(items)}] TJ")
    if rise:
        ops.append("0 Ts")
    result = (" ".join(ops), subset)
    per_doc[key] = result
    if len(per_doc) > OPS_CACHE:
        per_doc.popitem(last=False)
    return result
