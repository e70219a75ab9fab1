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

BUNDLE_MAGIC = b"DKBUNDLE"
CAMPAIGN_MAGIC = b"DKCAMPGN"
FORMAT_MAJOR = 1
FORMAT_MINOR = 1  # 1.1: unpacked sizes in the header, withdrawn ids in campaign files
FORMAT = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"
MAX_MANIFEST = 1 << 20
SIGNATURE_SIZE = 64
WHAT = {BUNDLE_MAGIC: "sync bundle", CAMPAIGN_MAGIC: "campaign file"}
WHERE = {BUNDLE_MAGIC: "import it on the Sync page (drivekit sync import)",
         CAMPAIGN_MAGIC: "install it with File > Import campaign file (drivekit campaign import)"}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any, what: str) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except (ValueError, TypeError):
        raise ValueError(f"{what} is not valid base64") from None


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
        raise ValueError("no readable format version") from None


def unpack(data: bytes, magic: bytes, name: str, key_of: Any) -> Unpacked:
    """Check and open a file; `key_of(manifest)` returns the raw Ed25519 key that must have signed it."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    what = WHAT[magic]
    if len(data) < len(magic) or data[:len(magic)] != magic:
        other = next((m for m in WHAT if data.startswith(m)), None)
        if other:
            raise BadFile(f"{name}: this is a {WHAT[other]}, not a {what}; {WHERE[other]}.")
        raise BadFile(f"{name}: not a DriveKit {what} (it may be damaged or a different kind of file).")
    start = len(magic) + 4
    if len(data) < start:
        raise BadFile(f"{name}: the file is cut short (truncated); copy it again.")
    (length,) = struct.unpack(">I", data[len(magic):start])
    if length > MAX_MANIFEST:
        raise BadFile(f"{name}: the file is damaged (impossible header size).")
    if len(data) < start + length + SIGNATURE_SIZE:
        raise BadFile(f"{name}: the file is cut short (truncated); copy it again.")
    head = data[:start + length]
    try:
        manifest = json.loads(head[start:].decode("utf-8"))
        if not isinstance(manifest, dict):
            raise ValueError("not an object")
        major, minor = parse_version(manifest.get("format"))
    except (ValueError, UnicodeDecodeError):
        raise BadFile(f"{name}: the file is damaged (unreadable header).") from None
    if major > FORMAT_MAJOR:
        raise BadFile(f"{name}: made by a newer DriveKit (format {major}.{minor}); update DriveKit to read it.")
    if major < 1:
        raise BadFile(f"{name}: the file is damaged (unknown format {major}.{minor}).")
    signature = data[start + length:start + length + SIGNATURE_SIZE]
    if not any(signature):
        raise BadFile(f"{name}: the file is not signed; it was not written by DriveKit or was altered.")
    try:
        key = key_of(manifest)
        VerifyKey(key).verify(head, signature)
    except (BadSignatureError, ValueError, TypeError, KeyError):
        raise BadFile(f"{name}: the signature does not match; the file was damaged or tampered with.") from None
    payload = data[start + length + SIGNATURE_SIZE:]
    stated = manifest.get("payload")
    info: dict[str, Any] = stated if isinstance(stated, dict) else {}
    if len(payload) < int(info.get("size", -1)):
        raise BadFile(f"{name}: the file is cut short (truncated); copy it again.")
    if len(payload) != info.get("size") or hashlib.sha256(payload).hexdigest() != info.get("sha256"):
        raise BadFile(f"{name}: the contents do not match the signed header; the file was damaged or tampered with.")
    return Unpacked(manifest, payload, hashlib.sha256(head + signature).hexdigest())


def read_file(path: Any) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as err:
        raise BadFile(f"{getattr(path, 'name', path)}: cannot be read ({err.strerror or err}).") from None
