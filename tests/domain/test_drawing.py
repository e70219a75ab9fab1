"""Drawn signatures round-trip through strokes-json, and damaged documents are refused."""

from __future__ import annotations

import json

import pytest

from drivekit.domain.drawing import encode_strokes, parse_strokes
from drivekit.errors import BadFile


def test_round_trip_rounds_and_clamps_into_the_box() -> None:
    data = encode_strokes([[(10.4, 20.6), (1200, -5)], [], [(500, 150)]])
    assert parse_strokes(data) == [[(10, 21), (1000, 0)], [(500, 150)]]
    assert json.loads(data)["format"] == "strokes-json"


@pytest.mark.parametrize("doc", [
    b"not json",
    b"\xff\xfe",
    json.dumps({"format": "png", "version": 1, "width": 1000, "height": 300, "strokes": []}),
    json.dumps({"format": "strokes-json", "version": 2, "width": 1000, "height": 300, "strokes": []}),
    json.dumps({"format": "strokes-json", "version": 1, "width": 10, "height": 300, "strokes": []}),
    json.dumps({"format": "strokes-json", "version": 1, "width": 1000, "height": 300, "strokes": [[[1, 2, 3]]]}),
    json.dumps({"format": "strokes-json", "version": 1, "width": 1000, "height": 300, "strokes": [[[1.5, 2]]]}),
    json.dumps({"format": "strokes-json", "version": 1, "width": 1000, "height": 300, "strokes": [[[1, 999]]]}),
    json.dumps({"format": "strokes-json", "version": 1, "width": 1000, "height": 300, "strokes": [[[True, 2]]]}),
    json.dumps({"format": "strokes-json", "version": 1, "width": 1000, "height": 300,
                "strokes": [[[1, 1]] * 20_001]}),
])
def test_damaged_drawings_are_refused(doc) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadFile):
        parse_strokes(doc)
