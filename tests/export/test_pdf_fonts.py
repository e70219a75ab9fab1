"""Every font in every exported PDF is embedded and subset (pdffonts says so), and packets carry XMP metadata
and an sRGB output intent."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from drivekit.export.model import PacketOptions
from drivekit.export.signing import load_signer, make_certificate

pytestmark = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed")


def pdffonts(path: Path) -> list[dict[str, str]]:
    """pdffonts' table as rows: name, type, encoding, emb, sub, uni (the name may hold spaces; the rest do not)."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    header, rule, *rows = out
    assert header.split()[:2] == ["name", "type"] and set(rule) <= {"-", " "}
    fonts = []
    for line in rows:
        parts = line.split()
        # from the right: object id (2 fields), uni, sub, emb; before them name, type (1-3 words) and encoding
        emb, sub, uni = parts[-5:-2]
        fonts.append({"name": parts[0], "emb": emb, "sub": sub, "uni": uni, "line": line})
    return fonts


def assert_all_embedded(path: Path) -> list[dict[str, str]]:
    fonts = pdffonts(path)
    assert fonts, f"{path.name} uses no font at all?"
    for f in fonts:
        assert f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes", f["line"]
        tag, _, base = f["name"].partition("+")
        assert len(tag) == 6 and tag.isupper() and base, f["line"]
    tags = [f["name"].split("+")[0] for f in fonts]
    assert len(set(tags)) == len(tags), f"subset tags repeat in {path.name}: {tags}"
    return fonts


def test_signed_packet_embeds_and_subsets_every_font(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    p12, _ = make_certificate("Friends", tmp_path / "keys")
    out = tmp_path / "p.pdf"
    services.delivery.export_packet(drive.campaign_id, None, out, PacketOptions(signature_images=True),
                                    load_signer(p12, None))
    names = {f["name"].split("+")[1] for f in assert_all_embedded(out)}
    assert "Helvetica" not in names and "Courier" not in names
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"} <= names


def test_blank_sheets_embed_every_font(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sheets.pdf"
    services.delivery.export_blank_sheets(drive.campaign_id, out, 2)
    assert_all_embedded(out)


def test_packet_has_xmp_metadata_and_an_srgb_output_intent(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    out = tmp_path / "p.pdf"
    services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions())
    from xml.sax.saxutils import escape

    reader = PdfReader(str(out))
    root = reader.trailer["/Root"]
    xmp = root["/Metadata"].get_object()
    assert xmp["/Subtype"] == "/XML"
    text = xmp.get_data().decode("utf-8")
    assert f'<rdf:li xml:lang="x-default">{escape(reader.metadata.title)}</rdf:li>' in text
    intents = root["/OutputIntents"]
    intent = intents[0].get_object()
    assert intent["/S"] == "/GTS_PDFA1" and "sRGB" in intent["/OutputConditionIdentifier"]
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3 and profile.get_data()[36:40] == b"acsp"  # an ICC profile's signature
