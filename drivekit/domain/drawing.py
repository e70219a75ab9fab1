"""Drawn signatures as "strokes-json": small, resolution-free, and readable without Qt.

The format (UTF-8 JSON)::

    {"format": "strokes-json", "version": 1, "width": 1000, "height": 300,
     "strokes": [[[x, y], [x, y], ...], ...]}

Each stroke is one pen-down..pen-up line; points are integers in the box 0..width x 0..height
with (0, 0) at the top left. A stroke of a single point is a dot.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from drivekit.errors import BadFile
from drivekit.i18n import _

FORMAT = "strokes-json"
VERSION = 1
WIDTH = 1000
HEIGHT = 300
MAX_POINTS = 20_000
MAX_BYTES = 512 * 1024

Stroke = list[tuple[int, int]]


def _clamp(value: float, high: int) -> int:
    return max(0, min(high, round(value)))


def encode_strokes(strokes: Iterable[Sequence[Sequence[float]]]) -> bytes:
    """Compact JSON of the strokes, points rounded and clamped into the box; empty strokes dropped."""
    out = [[[_clamp(x, WIDTH), _clamp(y, HEIGHT)] for x, y in stroke] for stroke in strokes]
    out = [s for s in out if s]
    doc = {"format": FORMAT, "version": VERSION, "width": WIDTH, "height": HEIGHT, "strokes": out}
    return json.dumps(doc, separators=(",", ":")).encode("utf-8")


def parse_strokes(data: bytes | str) -> list[Stroke]:
    """The strokes of a stored drawing; BadFile when it is not a valid strokes-json document."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise BadFile(_("The drawn signature is too large."))
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            raise BadFile(_("The drawn signature is not readable text.")) from None
    try:
        doc = json.loads(data)
    except ValueError:
        raise BadFile(_("The drawn signature is damaged (not JSON).")) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION:
        raise BadFile(_("The drawn signature is in an unknown format."))
    width, height, strokes = doc.get("width"), doc.get("height"), doc.get("strokes")
    if width != WIDTH or height != HEIGHT or not isinstance(strokes, list):
        raise BadFile(_("The drawn signature has an unexpected size or no strokes."))
    result: list[Stroke] = []
    total = 0
    for stroke in strokes:
        if not isinstance(stroke, list):
            raise BadFile(_("The drawn signature is damaged (a stroke is not a list)."))
        points: Stroke = []
        for point in stroke:
            if (not isinstance(point, list) or len(point) != 2
                    or not all(isinstance(v, int) and not isinstance(v, bool) for v in point)):
                raise BadFile(_("The drawn signature is damaged (a point is not two whole numbers)."))
            x, y = point
            if not (0 <= x <= WIDTH and 0 <= y <= HEIGHT):
                raise BadFile(_("The drawn signature has a point outside its box."))
            points.append((x, y))
        total += len(points)
        if total > MAX_POINTS:
            raise BadFile(_("The drawn signature has too many points."))
        if points:
            result.append(points)
    return result


def is_blank(strokes: Sequence[Stroke]) -> bool:
    return not any(strokes)
