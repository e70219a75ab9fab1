"""Checking a delivery packet: every signature in it, what changed after each, and the embedded list.

A packet is certified (DocMDP: no changes allowed), so anything added after the first signature,
even a second valid signature, breaks the promise. Each problem is told in plain words, with the
real reason: a changed page, a broken signature, another certificate, a different fingerprint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from drivekit.errors import BadFile, BadInput
from drivekit.i18n import _, ngettext

LIST_NAME = "signatures.tsv"
META_NAME = "packet.json"


def format_fingerprint(hex_digest: str) -> str:
    """A SHA-256 fingerprint as people compare it: upper-case hex in groups of four."""
    h = hex_digest.upper()
    return " ".join(h[i:i + 4] for i in range(0, len(h), 4))


def normalise_fingerprint(text: str) -> str:
    """What --fingerprint HEX means, whatever separators were typed (spaces, colons); BadInput if not SHA-256."""
    bare = re.sub(r"[\s:.-]", "", text).lower()
    if not re.fullmatch(r"[0-9a-f]{64}", bare):
        raise BadInput(_("A certificate fingerprint is 64 hexadecimal digits (SHA-256), e.g. as printed on the "
                         "cover."))
    return bare


def certificate_sha256(cert: Any) -> str:
    """SHA-256 of a certificate's DER bytes (asn1crypto or pyca certificate), lower-case hex."""
    if hasattr(cert, "dump"):
        der = cert.dump()
    else:
        from cryptography.hazmat.primitives.serialization import Encoding

        der = cert.public_bytes(Encoding.DER)
    return hashlib.sha256(der).hexdigest()


@dataclass
class SignatureCheck:
    """What was found about one signature (numbered from 1, in the order they were made)."""

    number: int
    signer: str | None
    certificate_sha256: str
    intact: bool
    trusted: bool | None
    certification: bool
    signed_at: datetime | None
    timestamp: datetime | None
    level: str  # PAdES baseline level reached: B-B, B-T or B-LT
    problems: list[str] = field(default_factory=list)


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
    signatures: list[SignatureCheck] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth saying, not a failure

    @property
    def ok(self) -> bool:
        return self.signed and self.intact and self.fingerprint_ok and self.trusted is not False and not self.problems

    @property
    def certificate_sha256(self) -> str | None:
        return self.signatures[0].certificate_sha256 if self.signatures else None


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


def _common_name(cert: Any) -> str:
    subject = cert.subject.native
    return str(subject.get("common_name") or subject.get("organization_name") or cert.subject.human_friendly)


def _load_cert(path: Path) -> Any:
    from asn1crypto import pem, x509 as ax509

    try:
        raw = path.read_bytes()
    except OSError as err:
        raise BadFile(_("Cannot read the certificate {path}: {reason}").format(path=path, reason=err.strerror)) from None
    try:
        if pem.detect(raw):
            raw = pem.unarmor(raw)[2]
        cert = ax509.Certificate.load(raw)
        cert.native  # noqa: B018 - parses it whole now, so a damaged file fails here and not deep in pyHanko
    except (ValueError, TypeError):
        raise BadFile(_("{path} is not a certificate (PEM or DER).").format(path=path)) from None
    return cert


def certificate_file_sha256(path: Path) -> str:
    return certificate_sha256(_load_cert(path))


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


def _page_digests(root: Any) -> list[str]:
    """One digest per page of a revision: its content streams and its resources, as the reader would draw them."""
    out: list[str] = []

    def walk(node: Any, inherited: Any) -> None:
        node = node.get_object()
        resources = node.get("/Resources", inherited)
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node.get("/Kids", []):
                walk(kid, resources)
            return
        h = hashlib.sha256()
        contents = node.get("/Contents")
        if contents is not None:
            contents = contents.get_object()
            streams = contents if isinstance(contents, list) else [contents]
            for s in streams:
                h.update(s.get_object().data)
        h.update(repr(_plain(resources)).encode())
        h.update(repr(_plain(_drawn_annotations(node))).encode())
        h.update(repr(_plain(node.get("/MediaBox"))).encode())
        out.append(h.hexdigest())

    walk(root["/Pages"], None)
    return out


def _drawn_annotations(page: Any) -> list[Any]:
    """A page's annotations other than signature fields (adding a signature is judged apart, not as a page change)."""
    out = []
    for ref in page.get("/Annots") or []:
        annot = ref.get_object()
        if annot.get("/FT") == "/Sig" or (annot.get("/Subtype") == "/Widget" and
                                           annot.get("/Parent", {}).get("/FT") == "/Sig"):
            continue
        out.append(annot)
    return out


def _plain(obj: Any, depth: int = 0) -> Any:
    """A comparable picture of a PDF object: dictionaries and arrays resolved, streams by their data's digest."""
    if obj is None or depth > 12:
        return None
    obj = obj.get_object() if hasattr(obj, "get_object") else obj
    if hasattr(obj, "data") and hasattr(obj, "keys"):
        return ("stream", hashlib.sha256(obj.data).hexdigest(),
                sorted((str(k), _plain(v, depth + 1)) for k, v in obj.items() if k not in ("/Length", "/Filter")))
    if isinstance(obj, dict):
        return sorted((str(k), _plain(v, depth + 1)) for k, v in obj.items())
    if isinstance(obj, list):
        return [_plain(v, depth + 1) for v in obj]
    return str(obj)


def _changed_pages(reader: Any, revision: int) -> list[int]:
    """Pages (1-based) whose drawing differs between `revision` and the file's final state."""
    try:
        before = _page_digests(reader.get_historical_root(revision))
        after = _page_digests(reader.root)
    except (KeyError, AttributeError, TypeError, ValueError):
        return []
    changed = [i + 1 for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    longer = max(len(before), len(after))
    changed += list(range(min(len(before), len(after)) + 1, longer + 1))
    return changed


def _pages_changed(pages: list[int], after: str) -> str:
    """ "page 3 was changed after …", "pages 2, 3 and 4 were …", "12 pages were …"."""
    if len(pages) == 1:
        return _("page {page} was changed after {what}").format(page=pages[0], what=after)
    if len(pages) <= 6:
        return _("pages {pages} and {last} were changed after {what}").format(
            pages=", ".join(map(str, pages[:-1])), last=pages[-1], what=after)
    return _("{n} pages were changed after {what}").format(n=len(pages), what=after)


def _check_one(reader: Any, sig: Any, number: int, total: int, trust: Any | None, trust_path: Path | None,
               expected: str | None) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    cert = sig.signer_cert
    # Integrity is checked against the signer's own certificate; trust only against --cert.
    roots = [trust] if trust is not None else [cert]
    ctx = ValidationContext(trust_roots=roots, allow_fetching=False)
    with _quiet("pyhanko", "pyhanko_certvalidator"):
        try:
            status = validate_pdf_signature(sig, signer_validation_context=ctx, ts_validation_context=ValidationContext(
                trust_roots=roots, allow_fetching=False))
        except Exception as err:  # pyHanko raises many kinds on a mangled signature; each means "broken" to a reader
            logging.getLogger(__name__).info("signature %d could not be validated: %r", number, err)
            status = None
    fp = certificate_sha256(cert)
    name = _common_name(cert)
    stamp = getattr(status, "timestamp_validity", None) if status is not None else None
    check = SignatureCheck(number=number, signer=name, certificate_sha256=fp,
                           intact=bool(status is not None and status.intact and status.valid),
                           trusted=None, certification=sig.docmdp_level is not None,
                           signed_at=sig.self_reported_timestamp,
                           timestamp=stamp.timestamp if stamp is not None else None,
                           level="B-B")
    if stamp is not None:
        check.level = "B-LT" if _has_dss(reader) else "B-T"
    label = _("signature {number}").format(number=number) if total > 1 else _("the signature")
    if not check.intact:
        check.problems.append(_("{label} is broken: the bytes it signed were changed").format(label=label))
        return check
    if trust is not None:
        check.trusted = bool(status is not None and status.trusted) or fp == certificate_sha256(trust)
        if not check.trusted:
            if _common_name(trust) == name:
                check.problems.append(_("the certificate of {label} does not match --cert {cert}: both are named "
                                        "“{name}”, but they are different certificates").format(
                                            label=label, cert=trust_path, name=name))
            else:
                check.problems.append(_("the certificate of {label} does not match --cert {cert}: it was signed by "
                                        "“{name}”").format(label=label, cert=trust_path, name=name))
    if expected is not None and fp != expected:
        check.problems.append(_("the certificate of {label} has the fingerprint {fingerprint}, not the one given "
                                "with --fingerprint").format(label=label, fingerprint=format_fingerprint(fp)))
    coverage = status.coverage if status is not None else None
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return check
    changed = _changed_pages(reader, sig.signed_revision)
    level = status.modification_level if status is not None else None
    what = _("the packet was signed") if number == 1 else _("{label} was made").format(label=label)
    later = total - number
    if changed:
        check.problems.append(_pages_changed(changed, what))
    elif level == ModificationLevel.LTA_UPDATES:
        pass  # validation data and document timestamps: what keeps a signature checkable, allowed by PAdES
    elif later and level in (ModificationLevel.NONE, ModificationLevel.FORM_FILLING):
        if sig.docmdp_level is not None:
            check.problems.append(ngettext("{n} more signature was added after {what}, which its certification "
                                           "forbids", "{n} more signatures were added after {what}, which its "
                                           "certification forbids", later).format(n=later, what=what))
    elif level in (None, ModificationLevel.NONE):
        check.problems.append(_("data was added to the end of the file after {what}").format(what=what))
    else:
        check.problems.append(_("the file's content was changed after {what}").format(what=what))
    return check


def _has_dss(reader: Any) -> bool:
    try:
        return "/DSS" in reader.root
    except (KeyError, AttributeError):
        return False


def verify(path: Path, cert_path: Path | None = None, fingerprint: str | None = None) -> VerifyReport:
    """Check every signature (intact, nothing changed after it, by whom) and the list's fingerprint."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    expected = normalise_fingerprint(fingerprint) if fingerprint is not None else None
    trust = _load_cert(cert_path) if cert_path is not None else None
    problems: list[str] = []
    notes: list[str] = []
    checks: list[SignatureCheck] = []
    try:
        with open(path, "rb") as f:
            reader = PdfFileReader(f)
            files = _embedded(reader)
            sigs = sorted(reader.embedded_signatures, key=lambda s: s.signed_revision)
            for i, sig in enumerate(sigs, 1):
                checks.append(_check_one(reader, sig, i, len(sigs), trust, cert_path, expected))
    except FileNotFoundError:
        raise BadFile(_("{path} does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise BadFile(_("{path} is a folder, not a PDF file.").format(path=path)) from None
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        return VerifyReport(False, False, None, None, False, None, None, [_("it cannot be read as a PDF ({reason})").format(reason=err)])
    if not checks:
        problems.append(_("it has no digital signature"))
    elif not checks[0].certification:
        # Packets made before certification was introduced carry an approval signature: still checkable.
        notes.append(_("its first signature is an approval, not a certification: a reader will not flag later "
                       "edits itself (packets from older DriveKit versions)"))
    for c in checks:
        problems.extend(c.problems)
    fp, count, fp_ok = None, None, False
    if LIST_NAME in files and META_NAME in files:
        try:
            meta = json.loads(files[META_NAME])
        except ValueError:
            meta = {}
        fp, count = meta.get("fingerprint"), meta.get("count")
        fp_ok = hashlib.sha256(files[LIST_NAME]).hexdigest() == fp and files[LIST_NAME].count(b"\n") - 1 == count
        if not fp_ok:
            problems.append(_("the signature list does not match its fingerprint"))
    else:
        problems.append(_("it holds no signature list (not a DriveKit packet?)"))
    intact = bool(checks) and all(c.intact for c in checks)
    trusted = None if trust is None else bool(checks) and all(c.trusted for c in checks)
    signer = checks[0].signer if checks else None
    return VerifyReport(bool(checks), intact, trusted, signer, fp_ok, fp, count, problems, checks, notes)
