"""Sealing a sync bundle: records as JSON lines, compressed, encrypted to the organiser, signed."""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

import orjson

try:  # ISA-L's deflate: a 100,000-signature body (97 MB) in 0.13 s of CPU against 0.56 s for zlib's
    # level 1, and smaller (docs/performance.md, bundlewrite); any reader inflates it with zlib.
    from isal import isal_zlib as deflate_lib
except ImportError:  # no wheel for this machine: zlib's own, the same body
    deflate_lib = zlib  # type: ignore[misc]

from drivekit.sync.fileformat.container import BUNDLE_MAGIC, FORMAT, SEALED_FORMAT, b64, fingerprint, pack
from drivekit.sync.fileformat.keys import OrganiserPublic


@dataclass(frozen=True)
class BundleBytes:
    data: bytes
    bundle_id: str
    manifest: dict[str, Any]
    records: int
    signatures: int
    withdrawals: int


@dataclass(frozen=True)
class BundleSource:
    """What the signed manifest says of where the records come from."""

    campaign_id: str
    campaign_title: str
    device_id: str
    device_name: str
    device_key: bytes
    seq_from: int
    seq_to: int
    everything: bool


def dumps(data: Any) -> bytes:
    """One record as a JSON line's bytes: compact, UTF-8 as written, the bytes the standard
    encoder gives with ensure_ascii=False and separators (",", ":") (orjson: five times faster)."""
    return orjson.dumps(data)


LEVEL = 1  # the file is written at every export: zlib's level 1 is 5x faster than its default (ISA-L: 0-3)
_ZLIB_HEADER = zlib.compress(b"", 1)[:2]  # deflate, 32 KiB window, "fastest": what zlib level 1 writes
_ADLER_BASE = 65521


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two byte strings one after the other, from theirs (zlib's adler32_combine)."""
    rem = second_length % _ADLER_BASE
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % _ADLER_BASE
    sum1 += (second & 0xFFFF) + _ADLER_BASE - 1
    sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + _ADLER_BASE - rem
    sum1 -= _ADLER_BASE if sum1 >= _ADLER_BASE else 0
    sum1 -= _ADLER_BASE if sum1 >= _ADLER_BASE else 0
    sum2 -= 2 * _ADLER_BASE if sum2 >= 2 * _ADLER_BASE else 0
    sum2 -= _ADLER_BASE if sum2 >= _ADLER_BASE else 0
    return sum1 | (sum2 << 16)


class SignatureLines:
    """The signature lines of a bundle, compressed on a thread of their own while the next ones
    are being read and made (zlib works without the GIL): the body's zlib stream is then the
    head (header and withdrawal lines, known only at the end) deflated and flushed to a byte
    boundary, followed by these lines' own deflate blocks, and the Adler-32 of the whole body.
    It unpacks to exactly the bytes `b"\\n".join([header, *withdrawals, *signatures]) + b"\\n"`."""

    def __init__(self) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(1, thread_name_prefix="drivekit-bundle-zlib")
        self._deflate = deflate_lib.compressobj(LEVEL, zlib.DEFLATED, -15)
        self._parts: list[Any] = []
        self._adler, self.size, self.count = 1, 0, 0

    def add(self, lines: list[bytes]) -> None:
        if lines:
            chunk = b"\n".join(lines) + b"\n"
            self.size += len(chunk)
            self.count += len(lines)
            self._parts.append(self._pool.submit(self._compress, chunk))

    def _compress(self, chunk: bytes) -> bytes:  # on the thread, one chunk after another
        self._adler = deflate_lib.adler32(chunk, self._adler)
        return self._deflate.compress(chunk)

    def payload(self, head: bytes) -> bytes:
        """The zlib stream of `head` followed by the lines."""
        try:
            tail = [part.result() for part in self._parts]
            tail.append(self._pool.submit(self._deflate.flush).result())
        finally:
            self._pool.shutdown()
        first = deflate_lib.compressobj(LEVEL, zlib.DEFLATED, -15)
        adler = adler32_combine(deflate_lib.adler32(head), self._adler, self.size)
        return b"".join([_ZLIB_HEADER, first.compress(head), first.flush(zlib.Z_SYNC_FLUSH), *tail,
                         adler.to_bytes(4, "big")])

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


def seal_bundle(header: dict[str, Any], withdrawals: list[bytes], signatures: SignatureLines, source: BundleSource,
                organiser_keys: list[OrganiserPublic], signing_key: Any, sealed_records: bool = False) -> BundleBytes:
    """The bundle file: header line, withdrawal lines, signature lines; encrypted to the newest
    organiser key when the campaign has one, and signed with the device's key. Format 2.0 when
    `sealed_records` (some signers' details are sealed to the organiser), else 1.1."""
    head = b"\n".join([dumps(header), *withdrawals]) + b"\n"
    plain_size = len(head) + signatures.size  # format 1.1: the reader refuses a payload that unpacks to more
    payload = signatures.payload(head)
    count = signatures.count
    records = count + len(withdrawals)
    manifest: dict[str, Any] = {
        "format": SEALED_FORMAT if sealed_records else FORMAT, "kind": "bundle", "campaign": source.campaign_id, "campaign_title": source.campaign_title,
        "device": {"id": source.device_id, "name": source.device_name, "public_key": b64(source.device_key),
                   "fingerprint": fingerprint(source.device_key)},
        "seq_from": source.seq_from, "seq_to": source.seq_to, "all": source.everything, "records": records,
        "signatures": count, "withdrawals": len(withdrawals),
        "created_at": datetime.now(timezone.utc).isoformat(),
        "payload": {"compression": "zlib", "encryption": "none", "plain_size": plain_size},
    }
    if organiser_keys:
        from nacl.public import PublicKey, SealedBox

        recipient = organiser_keys[-1]
        payload = bytes(SealedBox(PublicKey(recipient.box)).encrypt(payload))
        manifest["payload"] = {"compression": "zlib", "encryption": "x25519-sealedbox",
                               "recipient": recipient.fingerprint, "plain_size": plain_size}
    data, bundle_id = pack(BUNDLE_MAGIC, manifest, payload, signing_key)
    return BundleBytes(data, bundle_id, manifest, records, count, len(withdrawals))
