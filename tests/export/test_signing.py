"""Signed packets validate, a one-byte change is caught, and poppler's pdfsig agrees."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest

from drivekit.errors import BadInput
from drivekit.export.model import PacketOptions
from drivekit.export.signing import load_signer, make_certificate, p12_needs_passphrase
from drivekit.export.verification import verify


@pytest.fixture
def signed(services, drive, tmp_path):  # type: ignore[no-untyped-def]
    p12, pem = make_certificate("Friends of the Library", tmp_path / "keys")
    out = tmp_path / "signed.pdf"
    services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions(), load_signer(p12, None))
    return out, pem


def test_certificate_key_file_is_private_and_passphrase_protected(tmp_path: Path) -> None:
    p12, pem = make_certificate("Org", tmp_path / "k", passphrase=b"correct horse")
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    assert pem.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert p12_needs_passphrase(p12)
    with pytest.raises(BadInput):
        load_signer(p12, None)
    with pytest.raises(BadInput):
        load_signer(p12, b"wrong")
    assert load_signer(p12, b"correct horse") is not None
    with pytest.raises(BadInput):
        make_certificate("Org", tmp_path / "k")


def test_signed_packet_validates_and_names_the_signer(signed) -> None:  # type: ignore[no-untyped-def]
    out, pem = signed
    report = verify(out, pem)
    assert report.ok and report.intact and report.trusted and report.fingerprint_ok
    assert report.signer == "Friends of the Library"
    untrusted = verify(out, None)
    assert untrusted.ok and untrusted.trusted is None


def test_one_byte_change_in_the_signed_range_fails(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, pem = signed
    data = bytearray(out.read_bytes())
    at = data.index(b"stream", 2000) + 40
    data[at] ^= 0x01
    bad = tmp_path / "altered.pdf"
    bad.write_bytes(bytes(data))
    report = verify(bad, pem)
    assert not report.ok and not report.intact


def test_appending_after_signing_is_detected(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, pem = signed
    bad = tmp_path / "appended.pdf"
    bad.write_bytes(out.read_bytes() + b"\n% an extra line\n")
    assert not verify(bad, pem).ok


def test_another_certificate_is_not_trusted(signed, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out, _ = signed
    _, other = make_certificate("Someone Else", tmp_path / "other")
    report = verify(out, other)
    assert report.intact and report.trusted is False and not report.ok


def test_unsigned_packet_is_not_reported_valid(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "plain.pdf"
    services.delivery.export_packet(drive.campaign_id, drive.north, out, PacketOptions())
    report = verify(out)
    assert report.fingerprint_ok and not report.signed and not report.ok


def test_an_existing_pkcs12_file_can_sign(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta, timezone

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Existing Org")])
    now = datetime.now(timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(7).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .sign(key, hashes.SHA256()))
    p12 = tmp_path / "theirs.pfx"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(b"x", key, cert, None,
                                                          serialization.BestAvailableEncryption(b"pw")))
    out = tmp_path / "p.pdf"
    result = services.delivery.export_packet(drive.campaign_id, None, out, PacketOptions(), load_signer(p12, b"pw"))
    assert result.signed_by == "Existing Org"
    assert verify(out).ok


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_pdfsig_reports_the_signature_valid(signed) -> None:  # type: ignore[no-untyped-def]
    out, _ = signed
    res = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Signature is Valid." in res.stdout
    assert "Total document signed" in res.stdout
    assert "corrupted" not in res.stdout  # a self-signed certificate is reported untrusted, nothing worse
