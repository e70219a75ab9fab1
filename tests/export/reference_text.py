"""The packet's text code as it was before its fast paths and caches (commit dd4d7b7): the oracle the
equivalence tests compare the shipped code with. Character by character, uncached, as first written."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import IO, Any

from drivekit.export import fonts
from drivekit.export.model import LIST_HEADER, PacketRow
from drivekit.export.scripts import EMOJI, is_emoji, rides_along, script_font


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def visual(text: str) -> str:
    if text.isascii() or not has_rtl(text):
        return text
    from arabic_reshaper import ArabicReshaper
    from bidi import get_display

    return str(get_display(ArabicReshaper(configuration={"support_ligatures": False}).reshape(text)))


def _choose(code: int, ch: str, own: frozenset[int], font: str) -> str:
    if fonts.SHAPING:
        scripted = script_font(code)
        if scripted is not None:
            return fonts._ensure(scripted)
    if code in own or ch.isspace():
        return font
    for f in fonts.FALLBACKS:
        if code in fonts._registered[f]:
            return f
    if fonts.SHAPING and is_emoji(code):
        return fonts._ensure(EMOJI)
    return font


def runs(text: str, font: str = fonts.SANS) -> list[tuple[str, str]]:
    if text.isascii():
        return [(font, text)]
    out: list[tuple[str, str]] = []
    own = fonts._registered[font]
    for ch in text:
        if out and ((ch.isspace() and out[-1][0] != EMOJI) or (fonts.SHAPING and rides_along(ch))):
            out[-1] = (out[-1][0], out[-1][1] + ch)
            continue
        chosen = _choose(ord(ch), ch, own, font)
        if out and out[-1][0] == chosen:
            out[-1] = (chosen, out[-1][1] + ch)
        else:
            out.append((chosen, ch))
    return out


def width(text: str, font: str, size: float) -> float:
    if text.isascii():
        return sum(map(fonts._ascii_table[font].__getitem__, text.encode("ascii"))) * size
    return sum(fonts._advance(f, seg, size) for f, seg in runs(visual(text), font))


def is_rtl(text: str) -> bool:
    return not text.isascii() and has_rtl(text)


def draw_text(t: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
    if align == "right":
        x -= width(text, font, size)
    parts = [(font, text)] if text.isascii() else runs(visual(text), font)
    for i, (f, seg) in enumerate(parts):
        if t._fontname != f or t._fontsize != size:
            t.setFont(f, size, size * 1.2)
        t.setTextOrigin(x, y)
        if f in fonts.SHAPED:
            from drivekit.export.shaping import shape, shaped_ops

            ops, subset = shaped_ops(t._canvas, f, seg, size, t._leading)
            t._code.append(f"{fonts._actual_text(seg)} {ops} EMC")
            t._curSubset = subset
            x += shape(f, seg)[2] * size / 1000
            continue
        if seg.isascii() or all(ord(ch) in fonts._registered[f] or ch.isspace() for ch in seg):
            t.textLine(seg)
        else:
            t._code.append(fonts._actual_text(seg))
            t.textLine(seg)
            t._code.append("EMC")
        if i + 1 < len(parts):
            x += fonts._advance(f, seg, size)


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
    if text.isascii() and len(text) * size * fonts._ascii_em[font] <= avail and "\n" not in text and "  " not in text:
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


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class ListDigest:
    """The signature list and its fingerprint, one line hashed and written at a time."""

    def __init__(self, sink: IO[bytes] | None = None) -> None:
        self._hash = hashlib.sha256()
        self._sink = sink
        self._feed(LIST_HEADER)

    def _feed(self, line: str) -> None:
        data = line.encode("utf-8")
        self._hash.update(data)
        if self._sink is not None:
            self._sink.write(data)

    def add(self, number: int, row: PacketRow, full_address: bool) -> None:
        cells = [str(number), row.name, row.address if full_address else "", row.postcode, row.city,
                 row.signed_at.date().isoformat(), row.comment]
        self._feed("\t".join(_cell(c) for c in cells) + "\n")

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class LineWriter:
    """The packet drew every line with draw_text."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas

    def draw(self, t: Any, x: float, y: float, text: str, font: str, size: float, align: str = "left") -> None:
        draw_text(t, x, y, text, font, size, align)


def new_list_page(self: Any) -> None:
    """PacketWriter._new_list_page as it was: every page's header laid out afresh."""
    from drivekit.export.layout import MARGIN, draw_header_row

    if self.page:
        self._end_page()
    self.page += 1
    c = self.c
    c.setFillGray(0.35)
    fonts.draw(c, MARGIN, self.ph - MARGIN + 8, f"Signatures — {self.footer_text}", fonts.SANS, 7)
    c.setFillGray(0)
    self.y = draw_header_row(c, self.cols, self.ph - MARGIN)
