"""Sealed signers: a signer's details encrypted to the organiser's key (PyNaCl SealedBox).

On a laptop in sealed mode the details never rest in clear: the row keeps only what counting
needs (id, campaign, event, device and number, time, consent, status) and this sealed blob. The
laptop cannot open it; the organiser's key does, when a bundle carrying it is imported (format 2.0).
"""

from __future__ import annotations

import base64
import json
import zlib
from typing import Any

from drivekit.domain.drawing import MAX_BYTES as MAX_DRAWING
from drivekit.domain.signer_fields import SIGNER_FIELDS
from drivekit.i18n import _
from drivekit.sync.fileformat.keys import OrganiserPublic, OrganiserSecret

# What a sealed blob holds: everything the signer wrote or drew, and where it came from on paper.
SEALED_FIELDS = (*SIGNER_FIELDS, "contact_consent", "drawing", "drawing_format", "sheet_number", "sheet_line")
# What is made of them and must not rest in clear either.
DERIVED_FIELDS = ("search_text", "email_key", "person_key")
MAX_SEALED = MAX_DRAWING * 2 + 64_000  # bytes of one blob: a drawing (base64) and the longest fields
VERSION = 1


def seal_signer(row: dict[str, Any], recipient: OrganiserPublic) -> dict[str, Any]:
    """The row with the signer's details moved into `sealed` (encrypted to `recipient`) and every
    plain copy (and what was made of them) emptied."""
    from nacl.public import PublicKey, SealedBox

    values = {f: row.get(f) for f in SEALED_FIELDS}
    if values["drawing"] is not None:
        values["drawing"] = base64.b64encode(values["drawing"]).decode("ascii")
    plain = json.dumps({"v": VERSION, **values}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    blob = bytes(SealedBox(PublicKey(recipient.box)).encrypt(zlib.compress(plain, 6)))
    for f in (*SEALED_FIELDS, *DERIVED_FIELDS):
        row[f] = None
    row["contact_consent"] = False
    row["sealed"] = blob
    return row


def open_signer(blob: bytes, key: OrganiserSecret) -> dict[str, Any]:
    """The signer's details in a sealed blob, as record fields (the drawing as base64 text, as in a
    bundle record); ValueError when it is not one sealed to `key`, or is damaged."""
    from nacl.exceptions import CryptoError
    from nacl.public import SealedBox

    if len(blob) > MAX_SEALED:
        raise ValueError(_("a sealed signer is too large"))
    try:
        packed = SealedBox(key.private_key()).decrypt(blob)
    except CryptoError:
        raise ValueError(_("a sealed signer cannot be opened with the organiser key given")) from None
    inflate = zlib.decompressobj()
    try:
        plain = inflate.decompress(packed, MAX_SEALED)
    except zlib.error:
        raise ValueError(_("a sealed signer is damaged")) from None
    if inflate.unconsumed_tail or not inflate.eof:
        raise ValueError(_("a sealed signer is too large or cut short"))
    data = json.loads(plain.decode("utf-8"))
    if type(data) is not dict or data.get("v") != VERSION:
        raise ValueError(_("a sealed signer is damaged or of an unknown version"))
    return {f: data.get(f) for f in SEALED_FIELDS}
