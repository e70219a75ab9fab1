"""Drawn signatures: strokes become vector paths, identical PNG pictures are stored once."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

from pypdf import PdfReader

from drivekit.export.model import PacketHeader, PacketOptions, PacketRow
from drivekit.export.packet import write_packet
from tests.export.conftest import strokes


def png(colour: tuple[int, int, int]) -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (200, 60), "white")
    ImageDraw.Draw(img).line([(10, 50), (60, 10), (120, 45), (190, 5)], fill=colour, width=3)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def rows(drawings: list[tuple[bytes, str]]) -> list[PacketRow]:
    return [PacketRow(f"Signer {i}", "N1 1AA", "London", "GB", "", datetime(2026, 5, 1, tzinfo=timezone.utc), "",
                      drawing=data, drawing_format=fmt) for i, (data, fmt) in enumerate(drawings)]


def image_objects(path: Path) -> int:
    reader = PdfReader(str(path))
    seen = set()
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                seen.add(ref.idnum)
    return len(seen)


def test_identical_pictures_are_stored_once(tmp_path: Path) -> None:
    same, other = png((0, 0, 0)), png((0, 0, 200))
    drawings = [(same, "png")] * 60 + [(other, "png")] * 3
    out = tmp_path / "p.pdf"
    facts = write_packet(str(out), PacketHeader("Org", "T", "x", "c"), iter(rows(drawings)),
                         PacketOptions(signature_images=True))
    assert facts["count"] == 63 and facts["distinct_images"] == 2
    assert image_objects(out) == 2


def test_strokes_are_vectors_and_bad_drawings_do_not_stop_the_packet(tmp_path: Path) -> None:
    drawings = [(strokes(i), "strokes-json") for i in range(5)] + [(b"not json", "strokes-json"), (b"\x89PNG bad", "png")]
    with_sig, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    header = PacketHeader("Org", "T", "x", "c")
    facts = write_packet(str(with_sig), header, iter(rows(drawings)), PacketOptions(signature_images=True))
    write_packet(str(without), header, iter(rows(drawings)), PacketOptions(signature_images=False))
    assert facts["count"] == 7 and image_objects(with_sig) == 0
    page = PdfReader(str(with_sig)).pages[1].get_contents().get_data()
    plain = PdfReader(str(without)).pages[1].get_contents().get_data()
    # each stroke is a path of line segments ("l" operators) in the page's content
    assert page.count(b" l\n") + page.count(b" l ") > plain.count(b" l\n") + plain.count(b" l ") + 5 * 20
