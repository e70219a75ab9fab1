"""reportlab's TrueType font with a distinct subset tag per font and subset (imported only when drawing a PDF).

reportlab names every font's first subset "AAAAAA+": PDF readers and checkers (pdffonts, PDF/A) take the
tag to tell subsets apart, so two fonts with one tag are ambiguous. The tag here is derived from the font
and the characters of the subset, as PDF 32000 9.6.4 asks (six upper-case letters).
"""

from __future__ import annotations

import hashlib
from typing import Any

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.ttfonts import TTFont, makeToUnicodeCMap


def subset_tag(face_name: bytes, number: int, subset: list[int]) -> bytes:
    digest = hashlib.sha256(face_name + b"/" + str(number).encode() + b"/" + repr(subset).encode()).digest()
    return bytes(65 + b % 26 for b in digest[:6])


class TaggedTTFont(TTFont):  # type: ignore[misc]
    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        """reportlab's TTFont.addObjects, with `subset_tag` in place of its counter-based tag."""
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
            cmap.content = makeToUnicodeCMap(base_font_name, subset)
            if doc.compression:
                cmap.filters = [pdfdoc.PDFZCompress]
            font.ToUnicode = doc.Reference(cmap, "toUnicodeCMap:" + base_font_name)
            font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
            doc.Reference(font, internal_name)
            doc.idToObject["BasicFonts"].dict[internal_name] = font
        del self.state[doc]
