"""Certificates, embedding the signature list, PAdES signing with pyHanko, and checking a packet."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from drivekit.errors import BadFile, BadInput

LIST_NAME = "signatures.tsv"
META_NAME = "packet.json"
FIELD_NAME = "DriveKitSignature"


def _write_private(path: Path, data: bytes) -> None:
    """Write a secret file readable by its owner only (0600 from the start, never world-readable)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.chmod(path, 0o600)


def make_certificate(organisation: str, out_dir: Path, passphrase: bytes | None = None,
                     years: int = 5) -> tuple[Path, Path]:
    """A self-signed signing certificate: DIR/certificate.p12 (key + certificate, 0600) and DIR/certificate.pem.

    No extended key usage: poppler/NSS reject an email-protection EKU on a PDF signer as "unknown issue"."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    organisation = organisation.strip()
    if not organisation:
        raise BadInput("Please give the organisation's name for the certificate.")
    out_dir.mkdir(parents=True, exist_ok=True)
    p12_path, pem_path = out_dir / "certificate.p12", out_dir / "certificate.pem"
    if p12_path.exists():
        raise BadInput(f"{p12_path} already exists; choose another folder so the old key is not lost.")
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, organisation[:64]),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation[:64])])
    now = datetime.now(timezone.utc)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=False, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase
                  else serialization.NoEncryption())
    blob = pkcs12.serialize_key_and_certificates(organisation.encode("utf-8")[:64], key, cert, None, encryption)
    _write_private(p12_path, blob)
    pem_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return p12_path, pem_path


def p12_needs_passphrase(path: Path) -> bool:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        pkcs12.load_key_and_certificates(path.read_bytes(), None)
    except (ValueError, TypeError):
        return True
    except OSError as err:
        raise BadFile(f"Cannot read {path}: {err.strerror}") from None
    return False


def load_signer(path: Path, passphrase: bytes | None) -> Any:
    """A pyHanko signer from a PKCS#12 file (ours from `keys certificate`, or one the organisation already has)."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    try:
        data = path.read_bytes()
    except OSError as err:
        raise BadFile(f"Cannot read the certificate file {path}: {err.strerror}") from None
    try:
        pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        if passphrase:
            raise BadInput(f"The passphrase for {path} is wrong, or the file is not a PKCS#12 certificate.") from None
        raise BadInput(f"{path} is protected by a passphrase (use --passphrase-file) or is not a PKCS#12 file.") from None
    signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase)
    if signer is None:
        raise BadFile(f"{path} holds no usable key and certificate.")
    return signer


def _common_name(cert: Any) -> str:
    subject = cert.subject.native
    return str(subject.get("common_name") or subject.get("organization_name") or cert.subject.human_friendly)


def signer_name(signer: Any) -> str:
    return _common_name(signer.signing_cert)


def finalize(src: Path, dst: Path, list_file: Path, meta: dict[str, Any], signer: Any | None) -> None:
    """Embed the canonical list and its facts into the PDF, then sign everything (PAdES) if a signer is given."""
    from pyhanko.pdf_utils import embed
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(src, "rb") as inf, open(dst, "wb") as outf:
        w = IncrementalPdfFileWriter(inf)
        for name, data, mime, what in (
            (LIST_NAME, list_file.read_bytes(), "text/tab-separated-values", "The signature list of this packet"),
            (META_NAME, json.dumps(meta, sort_keys=True).encode("utf-8"), "application/json", "Packet facts"),
        ):
            ef = embed.EmbeddedFileObject.from_file_data(w, data=data, compress=True, mime_type=mime)
            embed.embed_file(w, embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=ef,
                                               description=what))
        if signer is None:
            w.write(outf)
        else:
            _sign(w, signer, outf)


def _sign(writer: Any, signer: Any, outf: Any) -> None:
    from pyhanko.sign import fields, signers

    meta_sig = signers.PdfSignatureMetadata(field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES,
                                            md_algorithm="sha256", reason="Delivery packet", name=signer_name(signer))
    signers.sign_pdf(writer, meta_sig, signer=signer, output=outf)


def sign_file(src: Path, dst: Path, signer: Any) -> None:
    """Sign an already written packet (PAdES, incremental update covering the whole file)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(src, "rb") as inf, open(dst, "wb") as outf:
        _sign(IncrementalPdfFileWriter(inf), signer, outf)


@dataclass
class VerifyReport:
    signed: bool
    intact: bool
    trusted: bool | None
    signer: str | None
    fingerprint_ok: bool
    fingerprint: str | None
    count: int | None
    problems: list[str]

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.fingerprint_ok and self.trusted is not False


def _embedded(reader: Any) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return out
    for i in range(0, len(names), 2):
        spec = names[i + 1]
        try:
            out[str(names[i])] = spec["/EF"]["/F"].data
        except KeyError:
            continue
    return out


@contextmanager
def _quiet(*names: str) -> Iterator[None]:
    """pyHanko logs an untrusted certificate as an error with a traceback; we report it in plain words instead."""
    loggers = [logging.getLogger(n) for n in names]
    before = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for lg, level in zip(loggers, before, strict=True):
            lg.setLevel(level)


def verify(path: Path, cert_path: Path | None = None) -> VerifyReport:
    """Check the digital signature (intact, covering the whole file, by whom) and the list's fingerprint."""
    import hashlib

    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    problems: list[str] = []
    trust = []
    if cert_path is not None:
        from asn1crypto import pem, x509 as ax509

        try:
            raw = cert_path.read_bytes()
        except OSError as err:
            raise BadFile(f"Cannot read the certificate {cert_path}: {err.strerror}") from None
        if pem.detect(raw):
            raw = pem.unarmor(raw)[2]
        trust.append(ax509.Certificate.load(raw))
    try:
        with open(path, "rb") as f:
            reader = PdfFileReader(f)
            files = _embedded(reader)
            sigs = reader.embedded_signatures
            signed = bool(sigs)
            intact, trusted, signer = False, None, None
            if signed:
                # Without --cert the signer's own certificate is the anchor: integrity is checked, trust is not.
                roots = trust or [sigs[-1].signer_cert]
                ctx = ValidationContext(trust_roots=roots, allow_fetching=False)
                with _quiet("pyhanko", "pyhanko_certvalidator"):
                    status = validate_pdf_signature(sigs[-1], signer_validation_context=ctx)
                intact = bool(status.intact and status.valid)
                signer = _common_name(status.signing_cert) if status.signing_cert else None
                if status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
                    intact = False
                    problems.append("the file was changed after it was signed")
                elif not intact:
                    problems.append("the signed content does not match its signature")
                if trust:
                    trusted = bool(status.trusted)
                    if not trusted:
                        problems.append(f"it was signed by {signer}, not with the certificate {cert_path}")
            else:
                problems.append("it has no digital signature")
    except FileNotFoundError:
        raise BadFile(f"{path} does not exist.") from None
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        return VerifyReport(False, False, None, None, False, None, None, [f"it cannot be read as a PDF ({err})"])
    fingerprint, count, fp_ok = None, None, False
    if LIST_NAME in files and META_NAME in files:
        meta = json.loads(files[META_NAME])
        fingerprint, count = meta.get("fingerprint"), meta.get("count")
        fp_ok = hashlib.sha256(files[LIST_NAME]).hexdigest() == fingerprint
        lines = files[LIST_NAME].count(b"\n") - 1
        if lines != count:
            fp_ok = False
        if not fp_ok:
            problems.append("the signature list does not match its fingerprint")
    else:
        problems.append("it holds no signature list (not a DriveKit packet?)")
    return VerifyReport(signed, intact, trusted, signer, fp_ok, fingerprint, count, problems)
