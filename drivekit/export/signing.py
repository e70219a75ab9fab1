"""Certificates, embedding the signature list, and PAdES signing with pyHanko (checking: verification.py)."""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from drivekit import files
from drivekit.errors import BadFile, BadInput
from drivekit.export.verification import LIST_NAME, META_NAME, certificate_sha256
from drivekit.i18n import _

FIELD_NAME = "DriveKitSignature"


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
        raise BadInput(_("Please give the organisation's name for the certificate."))
    files.private_folder(out_dir)
    p12_path, pem_path = out_dir / "certificate.p12", out_dir / "certificate.pem"
    if p12_path.exists():
        raise BadInput(_("{p12_path} already exists; choose another folder so the old key is not lost.").format(p12_path=p12_path))
    files.check_destination(pem_path)
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
    files.write_bytes(p12_path, blob)  # never replaced: an old key lost is every old packet unverifiable
    files.write_bytes(pem_path, cert.public_bytes(serialization.Encoding.PEM))
    return p12_path, pem_path


def p12_needs_passphrase(path: Path) -> bool:
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        pkcs12.load_key_and_certificates(path.read_bytes(), None)
    except (ValueError, TypeError):
        return True
    except OSError as err:
        raise BadFile(_("Cannot read {path}: {reason}").format(path=path, reason=err.strerror)) from None
    return False


def load_signer(path: Path, passphrase: bytes | None) -> Any:
    """A pyHanko signer from a PKCS#12 file (ours from `keys certificate`, or one the organisation already has)."""
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    try:
        data = path.read_bytes()
    except OSError as err:
        raise BadFile(_("Cannot read the certificate file {path}: {reason}").format(path=path, reason=err.strerror)) from None
    try:
        pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        if passphrase:
            raise BadInput(_("The passphrase for {path} is wrong, or the file is not a PKCS#12 certificate.").format(path=path)) from None
        raise BadInput(_("{path} is protected by a passphrase (use --passphrase-file) or is not a PKCS#12 file.").format(path=path)) from None
    signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=passphrase)
    if signer is None:
        raise BadFile(_("{path} holds no usable key and certificate.").format(path=path))
    return signer


def _common_name(cert: Any) -> str:
    subject = cert.subject.native
    return str(subject.get("common_name") or subject.get("organization_name") or cert.subject.human_friendly)


def signer_name(signer: Any) -> str:
    return _common_name(signer.signing_cert)


def finalize(src: Path, dst: Path, list_file: Path, meta: dict[str, Any], signer: Any | None,
             options: SigningOptions | None = None) -> SigningResult | None:
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
            return None
        return _sign(w, signer, outf, options)


@dataclass(frozen=True)
class SigningOptions:
    """How a packet is signed: with an RFC 3161 timestamp server (PAdES B-T, B-LT) or offline (B-B)."""

    timestamp_url: str | None = None


@dataclass(frozen=True)
class SigningResult:
    level: str  # PAdES baseline level: B-B (offline), B-T (timestamped), B-LT (with validation data)
    note: str  # what that means, for the person who signed




def certificate_fingerprint(signer: Any) -> str:
    """SHA-256 of the signing certificate, lower-case hex; printed on the cover and checked by `verify`."""
    return certificate_sha256(signer.signing_cert)


def _sign(writer: Any, signer: Any, outf: Any, options: SigningOptions | None = None) -> SigningResult:
    """A certification signature allowing no changes (DocMDP P=1), timestamped when a server is given."""
    from pyhanko.sign import fields, signers

    options = options or SigningOptions()
    base = dict(field_name=FIELD_NAME, subfilter=fields.SigSeedSubFilter.PADES, md_algorithm="sha256",
                reason="Delivery packet", name=signer_name(signer), certify=True,
                docmdp_permissions=fields.MDPPerm.NO_CHANGES)
    if not options.timestamp_url:
        signers.sign_pdf(writer, signers.PdfSignatureMetadata(**base), signer=signer, output=outf)
        return SigningResult("B-B", _("no timestamp: the signing time is this computer's clock (PAdES B-B)"))
    from io import BytesIO

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko_certvalidator import ValidationContext

    unsigned = BytesIO()
    writer.write(unsigned)  # each attempt below signs a fresh copy, so a failed one leaves nothing behind
    stamper = HTTPTimeStamper(options.timestamp_url, timeout=20)
    try:
        # B-LT: the certificates (and revocation data where published) go into the file, so it can be
        # checked after the certificate expires. A self-signed certificate has no revocation service.
        with warnings.catch_warnings():  # the system's trust list serves public timestamp authorities' chains
            warnings.simplefilter("ignore", DeprecationWarning)
            ctx = ValidationContext(extra_trust_roots=[signer.signing_cert], allow_fetching=True)
        meta = signers.PdfSignatureMetadata(**base, embed_validation_info=True, validation_context=ctx)
        attempt = BytesIO()
        signers.sign_pdf(IncrementalPdfFileWriter(BytesIO(unsigned.getvalue())), meta, signer=signer,
                         output=attempt, timestamper=stamper)
        outf.write(attempt.getbuffer())
        return SigningResult("B-LT", _("timestamped, with the certificates needed to check it later (PAdES B-LT)"))
    except Exception as err:  # noqa: BLE001 - any failure to gather validation data falls back to B-T, below
        first = err
    try:
        attempt = BytesIO()
        signers.sign_pdf(IncrementalPdfFileWriter(BytesIO(unsigned.getvalue())), signers.PdfSignatureMetadata(**base),
                         signer=signer, output=attempt, timestamper=stamper)
    except Exception as err:  # noqa: BLE001 - the network, the server or its answer: all one plain message
        raise BadInput(_("The timestamp server {timestamp_url} could not be used ({reason}); sign without "
                         "--timestamp-url to make an untimestamped (B-B) packet.").format(timestamp_url=options.timestamp_url, reason=_reason(err))) from None
    outf.write(attempt.getbuffer())
    return SigningResult("B-T", _("timestamped; validation data could not be embedded ({reason}) (PAdES B-T)")
                         .format(reason=_reason(first)))


def _reason(err: BaseException) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:200]


def sign_file(src: Path, dst: Path, signer: Any, options: SigningOptions | None = None) -> SigningResult:
    """Sign an already written packet (PAdES, incremental update covering the whole file)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    with open(src, "rb") as inf, open(dst, "wb") as outf:
        return _sign(IncrementalPdfFileWriter(inf), signer, outf, options)
