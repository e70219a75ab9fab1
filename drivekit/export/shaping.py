"""HarfBuzz shaping (through uharfbuzz) for runs of text that need it, cached per (font, text).

The result is reportlab's ShapedStr: glyphs as characters of the font's subset (glyphs with no
character of their own, such as conjuncts, get a private-use code, as reportlab does), each with its
HarfBuzz advance and offsets, which reportlab's text object turns into positioned glyphs. The glyphs
of a shaped run no longer spell its text, so the run is drawn inside an ActualText span (fonts.py).
"""

from __future__ import annotations

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


@lru_cache(maxsize=65536)
def shape(font_name: str, text: str) -> tuple[Any, float]:
    """(ShapedStr to draw, advance width in 1/1000 em) of `text` in one font; notdef glyphs of marks,
    joiners and modifiers the font lacks are left out rather than drawn as boxes."""
    import uharfbuzz as hb
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    from drivekit.export.scripts import rides_along

    s = _shaper(font_name)
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(s.hb_font, buf, {"kern": True, "liga": True})
    scale = s.face._pdfScale
    chars: list[str] = []
    data: list[Any] = []
    total = 0.0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid, cluster = info.codepoint, info.cluster
        if gid == 0 and cluster < len(text) and rides_along(text[cluster]):
            continue
        advance = scale(pos.x_advance)
        code = s.char_for(gid, advance)
        if code is None:
            continue
        chars.append(chr(code))
        data.append(ShapeData(cluster, advance, scale(pos.y_advance), scale(pos.x_offset), scale(pos.y_offset),
                              s.face.charWidths[code]))
        total += advance
    return ShapedStr("".join(chars), shapeData=data), total
