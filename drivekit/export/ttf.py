"""reportlab's TrueType font with distinct subset tags and a right ToUnicode map (imported only to draw a PDF).

reportlab names every font's first subset "AAAAAA+": PDF readers and checkers (pdffonts, PDF/A) take the
tag to tell subsets apart, so two fonts with one tag are ambiguous. The tag here is derived from the font
and the characters of the subset, as PDF 32000 9.6.4 asks (six upper-case letters).
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont


def subset_tag(face_name: bytes, number: int, subset: list[int]) -> bytes:
    digest = hashlib.sha256(face_name + b"/" + str(number).encode() + b"/" + repr(subset).encode()).digest()
    return bytes(65 + b % 26 for b in digest[:6])


def _unicode_of(code: int) -> str | None:
    """The text a glyph drawn for `code` stands for: Arabic presentation forms (how joined letters are drawn)
    stand for the letter typed; private-use codes given to shaped glyphs stand for nothing (ActualText says)."""
    if 0xE000 <= code <= 0xF8FF:
        return None
    ch = chr(code)
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        return unicodedata.normalize("NFKC", ch) or ch
    return ch


def to_unicode_cmap(name: str, subset: list[int]) -> str:
    """A ToUnicode CMap in UTF-16BE, so characters beyond the BMP (emoji, rare CJK) map as surrogate pairs.

    reportlab writes <%04X>, which is five digits (invalid) for those."""
    entries = []
    for i, code in enumerate(subset):
        text = _unicode_of(code)
        if text:
            entries.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    body = []
    for start in range(0, len(entries), 100):  # at most 100 mappings per block (PDF 32000, 9.10.3)
        block = entries[start:start + 100]
        body += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
        f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{max(len(subset) - 1, 0):02X}>", "endcodespacerange",
        *body,
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


class TaggedTTFont(TTFont):  # type: ignore[misc]
    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        """reportlab's TTFont.addObjects, with `subset_tag` in place of its counter-based tag and our ToUnicode."""
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(self._asciiReadable)
        state.frozen = 1
        for n, subset in enumerate(state.subsets):
            internal_name = self.getSubsetInternalName(n, doc)[1:]
            tag = subset_tag(self.face.name, n, subset)
            base_font_name = (b"".join((tag, b"+", self.face.name, self.face.subfontNameX))).decode("pdfdoc")
            font = pdfdoc.PDFTrueTypeFont()
            font.__Comment__ = f"Font {self.fontName} subset {n}"
            font.Name = internal_name
            font.BaseFont = base_font_name
            font.FirstChar = 0
            font.LastChar = len(subset) - 1
            font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
            cmap = pdfdoc.PDFStream()
            cmap.content = to_unicode_cmap(base_font_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]
