"""Plain data the exporters draw from; filled by services/delivery.py, never by Qt or SQL here."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO


@dataclass(frozen=True)
class PacketHeader:
    organisation: str
    title: str
    text: str
    campaign_id: str
    target_id: str | None = None
    target_name: str = ""
    target_role: str = ""
    target_organisation: str = ""
    postcode_prefixes: tuple[str, ...] = ()
    events: dict[str, tuple[str, date | None]] = field(default_factory=dict)
    signed_by: str = ""  # the signing certificate's name, when the packet will be signed
    certificate_fingerprint: str = ""  # its SHA-256 (hex), printed on the cover for recipients to compare


@dataclass(frozen=True)
class PacketRow:
    name: str
    postcode: str
    city: str
    country: str
    address: str
    signed_at: datetime
    comment: str
    event_id: str | None = None
    drawing: bytes | None = None
    drawing_format: str | None = None

    def place(self, full_address: bool) -> str:
        town = " ".join(p for p in (self.postcode, self.city) if p)
        if full_address and self.address:
            return f"{self.address}, {town}" if town else self.address
        return town


@dataclass(frozen=True)
class PacketOptions:
    landscape: bool = False
    signature_images: bool = False
    full_address: bool = False


@dataclass
class PacketResult:
    path: str
    count: int
    pages: int
    fingerprint: str
    distinct_images: int = 0
    signed_by: str | None = None
    target_name: str = ""
    certificate_fingerprint: str | None = None
    pades_level: str | None = None  # B-B, B-T or B-LT when signed
    signing_note: str = ""


LIST_HEADER = "number\tname\taddress\tpostcode\tcity\tdate\tcomment\n"


def _cell(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


class ListDigest:
    """The canonical signature list (one tab-separated line per listed row) and its SHA-256 fingerprint.

    Lines are hashed and written to the sink in batches of BATCH (one encode and one write for many rows);
    `hexdigest` and `flush` pass on what is still held."""

    BATCH = 512

    def __init__(self, sink: IO[bytes] | None = None) -> None:
        self._hash = hashlib.sha256()
        self._sink = sink
        self._lines: list[str] = [LIST_HEADER]

    def flush(self) -> None:
        if not self._lines:
            return
        data = "".join(self._lines).encode("utf-8")
        self._lines = []
        self._hash.update(data)
        if self._sink is not None:
            self._sink.write(data)

    def add(self, number: int, row: PacketRow, full_address: bool) -> None:
        cells = (str(number), row.name, row.address if full_address else "", row.postcode, row.city,
                 row.signed_at.date().isoformat(), row.comment)
        line = "\t".join(cells)
        # Escaping is needed only when a cell holds a tab, a line break or a backslash (rarely).
        if line.count("\t") != 6 or "\n" in line or "\r" in line or "\\" in line:
            line = "\t".join(_cell(c) for c in cells)
        self._lines.append(line + "\n")
        if len(self._lines) >= self.BATCH:
            self.flush()

    def hexdigest(self) -> str:
        self.flush()
        return self._hash.hexdigest()


def fingerprint_of(list_bytes: bytes) -> str:
    return hashlib.sha256(list_bytes).hexdigest()
