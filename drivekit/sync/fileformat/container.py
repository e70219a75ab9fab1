"""The one file layout shared by campaign files and sync bundles: magic, signed manifest, payload.

    magic (8 bytes) | manifest length (4 bytes, big-endian) | manifest (UTF-8 JSON)
    | Ed25519 signature of everything before it (64 bytes) | payload (manifest.payload.size bytes)

Reading checks, in this order: magic, framing, format major version, signature, payload size and
SHA-256. Every failure is a BadFile naming the file and the reason in plain words.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any

from drivekit.errors import BadFile
from drivekit.i18n import N_, _

BUNDLE_MAGIC = b"DKBUNDLE"
CAMPAIGN_MAGIC = b"DKCAMPGN"
# What files are written as unless they need 2.0, so that an older DriveKit keeps reading them.
FORMAT = "1.1"  # 1.1: unpacked sizes in the header, withdrawn ids in campaign files
# 2.0: sealed collection (a sealed campaign's file, a bundle holding sealed signers): a 1.x reader
# would take a sealed record for a signer without a name, or collect in clear, so it must refuse.
SEALED_FORMAT = "2.0"
FORMAT_MAJOR = 2  # the newest major version this DriveKit reads
MAX_MANIFEST = 1 << 20
SIGNATURE_SIZE = 64
# What a file is said to be when it is not what was expected (translated when shown): a file of the
# other kind (keyed by what it is, then what was expected), or no DriveKit file of that kind at all.
KINDS = (BUNDLE_MAGIC, CAMPAIGN_MAGIC)
WRONG_KIND = {
    BUNDLE_MAGIC: N_("{name}: this is a sync bundle, not a campaign file; import it on the Sync page "
                     "(drivekit sync import)."),
    CAMPAIGN_MAGIC: N_("{name}: this is a campaign file, not a sync bundle; install it with File > Import "
                       "campaign file (drivekit campaign import)."),
}
NOT_OURS = {
    BUNDLE_MAGIC: N_("{name}: not a DriveKit sync bundle (it may be damaged or a different kind of file)."),
    CAMPAIGN_MAGIC: N_("{name}: not a DriveKit campaign file (it may be damaged or a different kind of file)."),
}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError):
        raise ValueError(_("{what} is not valid base64").format(what=what)) from None


def fingerprint(*keys: bytes) -> str:
    """Short, readable-aloud fingerprint: base32 of SHA-256, 20 characters in groups of four."""
    digest = base64.b32encode(hashlib.sha256(b"".join(keys)).digest()).decode("ascii")[:20]
    return "-".join(digest[i:i + 4] for i in range(0, 20, 4))


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def pack(magic: bytes, manifest: dict[str, Any], payload: bytes, signing_key: Any) -> tuple[bytes, str]:
    """Return (file bytes, file id). `manifest["payload"]` gets the payload's size and hash."""
    manifest = {**manifest, "payload": {**manifest.get("payload", {}), "size": len(payload),
                                        "sha256": hashlib.sha256(payload).hexdigest()}}
    body = canonical_json(manifest)
    head = magic + struct.pack(">I", len(body)) + body
    signature = signing_key.sign(head).signature
    return head + signature + payload, hashlib.sha256(head + signature).hexdigest()


@dataclass(frozen=True)
class Unpacked:
    manifest: dict[str, Any]
    payload: bytes
    file_id: str


def parse_version(value: Any) -> tuple[int, int]:
    try:
        major, minor = str(value).split(".")
        return int(major), int(minor)
    except ValueError:
        raise ValueError(_("no readable format version")) from None


def unpack(data: bytes, magic: bytes, name: str, key_of: Any) -> Unpacked:
    """Check and open a file; `key_of(manifest)` returns the raw Ed25519 key that must have signed it."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    if len(data) < len(magic) or data[:len(magic)] != magic:
        other = next((m for m in KINDS if m != magic and data.startswith(m)), None)
        if other:
            raise BadFile(_(WRONG_KIND[other]).format(name=name))
        raise BadFile(_(NOT_OURS[magic]).format(name=name))
    start = len(magic) + 4
    if len(data) < start:
        raise BadFile(_("{name}: the file is cut short (truncated); copy it again.").format(name=name))
    (length,) = struct.unpack(">I", data[len(magic):start])
    if length > MAX_MANIFEST:
        raise BadFile(_("{name}: the file is damaged (impossible header size).").format(name=name))
    if len(data) < start + length + SIGNATURE_SIZE:
        raise BadFile(_("{name}: the file is cut short (truncated); copy it again.").format(name=name))
    head = data[:start + length]
    try:
        manifest = json.loads(head[start:].decode("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError(_("not an object"))
        major, minor = parse_version(manifest.get("format"))
    except (ValueError, UnicodeDecodeError):
        raise BadFile(_("{name}: the file is damaged (unreadable header).").format(name=name)) from None
    if major > FORMAT_MAJOR:
        raise BadFile(_("{name}: made by a newer DriveKit (format {major}.{minor}); update DriveKit to read it.").format(name=name, major=major, minor=minor))
    if major < 1:
        raise BadFile(_("{name}: the file is damaged (unknown format {major}.{minor}).").format(name=name, major=major, minor=minor))
    signature = data[start + length:start + length + SIGNATURE_SIZE]
    if not any(signature):
        raise BadFile(_("{name}: the file is not signed; it was not written by DriveKit or was altered.").format(name=name))
    try:
        key = key_of(manifest)
        VerifyKey(key).verify(head, signature)
    except (BadSignatureError, ValueError, TypeError, KeyError):
        raise BadFile(_("{name}: the signature does not match; the file was damaged or tampered with.").format(name=name)) from None
    payload = data[start + length + SIGNATURE_SIZE:]
    stated = manifest.get("payload")
    info: dict[str, Any] = stated if isinstance(stated, dict) else {}
    if len(payload) < int(info.get("size", -1)):
        raise BadFile(_("{name}: the file is cut short (truncated); copy it again.").format(name=name))
    if len(payload) != info.get("size") or hashlib.sha256(payload).hexdigest() != info.get("sha256"):
        raise BadFile(_("{name}: the contents do not match the signed header; the file was damaged or tampered "
                        "with.").format(name=name))
    return Unpacked(manifest, payload, hashlib.sha256(head + signature).hexdigest())


def read_file(path: Any) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as err:
        raise BadFile(_("{path}: cannot be read ({reason}).").format(path=getattr(path, 'name', path), reason=err.strerror or err)) from None
