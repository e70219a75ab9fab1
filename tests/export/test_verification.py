"""`verify` checks every signature and names the real reason: a changed page, a broken signature, another
certificate (even one with the same name), another fingerprint. Packets are certified: no changes allowed."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest

from drivekit.errors import BadInput
from drivekit.export.model import PacketOptions
from drivekit.export.signing import certificate_fingerprint, load_signer, make_certificate
from drivekit.export.verification import format_fingerprint, normalise_fingerprint, verify
from tests.export.conftest import pdf_text


@pytest.fixture
def signed(services, drive, tmp_path):  # type: ignore[no-untyped-def]
    p12, pem = make_certificate("Friends of the Library", tmp_path / "keys")
    signer = load_signer(p12, None)
    out = tmp_path / "signed.pdf"
    services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions(), signer)
    return out, pem, certificate_fingerprint(signer)


def forge_page(src: Path, dst: Path, page: int, text: str, resign_with: Path | None) -> None:
    """What a forger does: replace one page's drawing in an incremental update, then (optionally) sign it again."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    w = IncrementalPdfFileWriter(BytesIO(src.read_bytes()))
    page_ref = w.root["/Pages"]["/Kids"][page - 1]
    page_obj = page_ref.get_object()
    stream = generic.StreamObject(stream_data=f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode("latin-1"))
    page_obj["/Contents"] = w.add_object(stream)
    w.update_container(page_obj)
    out = BytesIO()
    if resign_with is None:
        w.write(out)
    else:
        from unittest import mock

        from pyhanko.sign.signers.pdf_signer import PdfSigner

        meta = signers.PdfSignatureMetadata(field_name="Forged")
        # pyHanko itself refuses to sign a document certified "no changes"; a forger's tool would not.
        with mock.patch.object(PdfSigner, "_enforce_certification_constraints", lambda self, reader: None):
            signers.sign_pdf(w, meta, signer=load_signer(resign_with, None), output=out)
    dst.write_bytes(out.getvalue())


def test_packet_is_a_certification_that_allows_no_changes(signed) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm

    out, _, _ = signed
    with open(out, "rb") as f:
        sigs = PdfFileReader(f).embedded_signatures
        assert len(sigs) == 1 and sigs[0].docmdp_level == MDPPerm.NO_CHANGES


def test_a_page_changed_and_signed_again_with_a_same_named_certificate_fails_with_the_reason(
        signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, pem, _ = signed
    forger_p12, _ = make_certificate("Friends of the Library", tmp_path / "forger")
    forged = tmp_path / "forged.pdf"
    forge_page(out, forged, 2, "Mallory Forged", forger_p12)

    report = verify(forged, pem)
    assert not report.ok
    assert len(report.signatures) == 2
    assert report.signatures[1].intact  # the forger's own signature is mathematically fine...
    text = "; ".join(report.problems)
    assert "page 2 was changed after the packet was signed" in text  # ...but the real reason is named
    assert "the certificate of signature 2 does not match --cert" in text
    assert "both are named “Friends of the Library”, but they are different certificates" in text
    assert "not with the certificate" not in text and "broken" not in text
    # Without --cert, the changed page alone fails it.
    alone = verify(forged)
    assert not alone.ok and "page 2 was changed after the packet was signed" in "; ".join(alone.problems)


def test_a_changed_page_without_a_new_signature_is_named(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, pem, _ = signed
    forged = tmp_path / "edited.pdf"
    forge_page(out, forged, 1, "Nothing to see", None)
    report = verify(forged, pem)
    assert not report.ok
    assert report.problems == ["page 1 was changed after the packet was signed"]


def test_a_changed_byte_is_a_broken_signature_not_another_certificate(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, pem, _ = signed
    data = bytearray(out.read_bytes())
    at = data.index(b"stream", 2000) + 40
    data[at] ^= 0x01
    bad = tmp_path / "altered.pdf"
    bad.write_bytes(bytes(data))
    report = verify(bad, pem)
    assert not report.ok
    assert report.problems[0] == "the signature is broken: the bytes it signed were changed"
    assert not any("certificate" in p for p in report.problems)


def test_cover_and_verify_show_the_certificate_fingerprint(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, _, fp = signed
    text = " ".join(pdf_text(out).split())
    assert format_fingerprint(fp) in text
    assert "Digitally signed by Friends of the Library" in text
    report = verify(out, fingerprint=fp.upper())
    assert report.ok and report.certificate_sha256 == fp
    grouped = verify(out, fingerprint=":".join(fp[i:i + 2] for i in range(0, 64, 2)))
    assert grouped.ok
    other = "0" * 64
    wrong = verify(out, fingerprint=other)
    assert not wrong.ok
    assert wrong.problems == [f"the certificate of the signature has the fingerprint {format_fingerprint(fp)}, "
                              "not the one given with --fingerprint"]


def test_a_fingerprint_must_be_sha256_hex() -> None:
    with pytest.raises(BadInput):
        normalise_fingerprint("abc")
    assert normalise_fingerprint("AB" * 32) == "ab" * 32


def test_unsigned_cover_says_so(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plain.pdf"
    services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions())
    assert "This copy is not digitally signed." in pdf_text(out)
    assert verify(out).problems[0] == "it has no digital signature"


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_pdfsig_sees_the_forgery(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, _, _ = signed
    forger_p12, _ = make_certificate("Friends of the Library", tmp_path / "forger")
    forged = tmp_path / "forged.pdf"
    forge_page(out, forged, 2, "Mallory Forged", forger_p12)
    res = subprocess.run(["pdfsig", str(forged)], capture_output=True, text=True)
    # The first signature covers only its own revision: a reader shows the document was changed after it.
    assert res.stdout.count("Signature #") == 2
    assert "Total document signed" in res.stdout and "not total document signed" in res.stdout.lower()


def test_a_timestamp_server_makes_the_packet_timestamped(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta, timezone

    from tests.export.tsa import timestamp_server

    p12, pem = make_certificate("Friends of the Library", tmp_path / "keys")
    out = tmp_path / "stamped.pdf"
    with timestamp_server() as url:
        result = services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions(),
                                                 load_signer(p12, None), timestamp_url=url)
    assert result.pades_level in ("B-T", "B-LT")
    report = verify(out, pem)
    assert report.ok, report.problems
    stamp = report.signatures[0].timestamp
    assert stamp is not None and abs(stamp - datetime.now(timezone.utc)) < timedelta(minutes=5)
    assert report.signatures[0].level == result.pades_level


def test_an_unreachable_timestamp_server_is_one_plain_refusal(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import socket

    p12, _ = make_certificate("Friends of the Library", tmp_path / "keys")
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "never.pdf"
    with pytest.raises(BadInput, match="timestamp server .* could not be used"):
        services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions(),
                                        load_signer(p12, None), timestamp_url=f"http://127.0.0.1:{port}/")
    assert not out.exists()


def test_offline_packet_says_it_is_b_b(signed) -> None:  # type: ignore[no-untyped-def]
    out, _, _ = signed
    report = verify(out)
    assert report.signatures[0].level == "B-B" and report.signatures[0].timestamp is None


def test_an_older_packet_with_an_approval_signature_still_verifies_with_a_note(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    p12, pem = make_certificate("Friends of the Library", tmp_path / "keys")
    plain = tmp_path / "plain.pdf"
    services.delivery.export_packet(drive.campaign_id, drive.north, plain, PacketOptions())
    old = tmp_path / "old.pdf"
    with open(plain, "rb") as inf, open(old, "wb") as outf:  # how packets were signed before certification
        meta = signers.PdfSignatureMetadata(field_name="DriveKitSignature", subfilter=fields.SigSeedSubFilter.PADES)
        signers.sign_pdf(IncrementalPdfFileWriter(inf), meta, signer=load_signer(p12, None), output=outf)
    report = verify(old, pem)
    assert report.ok and not report.signatures[0].certification
    assert report.notes and "approval, not a certification" in report.notes[0]
