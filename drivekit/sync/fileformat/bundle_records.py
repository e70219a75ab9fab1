"""How signatures and withdrawals are written as JSON lines in a bundle, and read back."""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from typing import Any

from drivekit.domain.drawing import MAX_BYTES as MAX_DRAWING
from drivekit.domain.duplicate_rule import match_keys
from drivekit.domain.signer_fields import SIGNER_FIELDS
from drivekit.domain.statuses import SOURCES, VALID, WITHDRAWN
from drivekit.domain.text import search_text
from drivekit.domain.validation import MAX_COMMENT, MAX_FIELD, MAX_NAME
from drivekit.i18n import _

# Columns a signature record carries; status, duplicate marks and search keys are worked out again
# by the database that receives it, so they never disagree between organisers.
TEXT_FIELDS = ("uuid", "event_id", "volunteer_id", "device_id", *SIGNER_FIELDS, "consent_version",
               "drawing_format", "source", "edit_device_id")
INT_FIELDS = ("device_seq", "sheet_number", "sheet_line", "edit_seq")
BOOL_FIELDS = ("petition_consent", "contact_consent")
TIME_FIELDS = ("signed_at", "edited_at")
SIGNATURE_COLUMNS = (*TEXT_FIELDS, *INT_FIELDS, *BOOL_FIELDS, *TIME_FIELDS, "drawing", "status", "sealed")
# What a withdrawal erases, whatever device it happens on (matches services.signatures.withdraw).
ERASED = (*SIGNER_FIELDS, "drawing", "drawing_format", "search_text", "email_key", "person_key", "sheet_number",
          "sheet_line", "edited_at", "edit_device_id", "edit_seq")
REQUIRED = ("uuid", "signed_at", "device_id", "source")
NEVER = datetime.min.replace(tzinfo=timezone.utc)
TEXT_LIMIT = 100_000  # characters in one text field a newer minor version may add
# The form's limits (domain.validation; the columns' sizes): a record from a bundle is held to
# what a volunteer could have typed. Control characters are refused for the whole line, in
# limits.loads, before a record is parsed.
FIELD_LIMITS = {"uuid": 36, "event_id": 36, "volunteer_id": 36, "device_id": 36, "edit_device_id": 36,
                "first_name": MAX_NAME, "last_name": MAX_NAME, "email": 320, "phone": 32, "address": MAX_FIELD,
                "postcode": 20, "city": MAX_FIELD, "region": MAX_FIELD, "country": 2, "comment": MAX_COMMENT,
                "consent_version": 64, "drawing_format": 16, "source": 16}
LIMITS = tuple(FIELD_LIMITS[f] for f in TEXT_FIELDS)
MAX_SEQ = 2**31 - 1
RECORD_KEYS = frozenset({"t", *TEXT_FIELDS, *INT_FIELDS, *BOOL_FIELDS, *TIME_FIELDS, "drawing", "withdrawn"})


def _time(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat()


def signature_json(row: Any) -> dict[str, Any]:
    """A stored signature row (mapping) as a bundle record."""
    out: dict[str, Any] = {"t": "s"}
    for f in (*TEXT_FIELDS, *INT_FIELDS):
        out[f] = row[f]
    for f in BOOL_FIELDS:
        out[f] = bool(row[f])
    for f in TIME_FIELDS:
        out[f] = _time(row[f])
    out["drawing"] = base64.b64encode(row["drawing"]).decode("ascii") if row["drawing"] else None
    out["withdrawn"] = row["status"] == WITHDRAWN
    if row["sealed"] is not None:  # format 2.0: the details, sealed to the organiser (fileformat.sealed)
        out["sealed"] = base64.b64encode(row["sealed"]).decode("ascii")
    return out


# A time as SQLite holds it (UTCDateTime: UTC, "YYYY-MM-DD HH:MM:SS.ffffff", SQLAlchemy's format).
_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}")
_PLAIN = (*TEXT_FIELDS, *INT_FIELDS)
_AT = {name: SIGNATURE_COLUMNS.index(name) for name in SIGNATURE_COLUMNS}
assert SIGNATURE_COLUMNS[:len(_PLAIN)] == _PLAIN  # stored_signature_json copies these in one step


def stored_time_json(value: Any, parse: Callable[[Any], datetime | None]) -> str | None:
    """`_time` of a time read from SQLite as text, made from the text: "2026-05-01 12:00:00.250000"
    becomes "2026-05-01T12:00:00.250000+00:00" (without ".000000", as isoformat leaves it out).
    Any other form is parsed by `parse` (the column type's own reading) first."""
    if type(value) is str and len(value) == 26 and _STORED_TIME.fullmatch(value):
        if value.endswith(".000000"):
            return f"{value[:10]}T{value[11:19]}+00:00"
        return f"{value[:10]}T{value[11:]}+00:00"
    return _time(parse(value)) if value is not None else None


def stored_signature_json(values: Sequence[Any], parse_time: Callable[[Any], datetime | None]) -> dict[str, Any]:
    """`signature_json` of a row read straight from SQLite (SIGNATURE_COLUMNS in order, as the driver
    gives them: booleans as 0/1, times as text), without building a mapping or datetimes for it.
    The same record, key for key (tests/sync/test_bundle_write.py)."""
    out: dict[str, Any] = {"t": "s"}
    out.update(zip(_PLAIN, values, strict=False))  # the first columns of the row
    for f in BOOL_FIELDS:
        out[f] = bool(values[_AT[f]])
    for f in TIME_FIELDS:
        out[f] = stored_time_json(values[_AT[f]], parse_time)
    drawing, sealed = values[_AT["drawing"]], values[_AT["sealed"]]
    out["drawing"] = base64.b64encode(drawing).decode("ascii") if drawing else None
    out["withdrawn"] = values[_AT["status"]] == WITHDRAWN
    if sealed is not None:
        out["sealed"] = base64.b64encode(sealed).decode("ascii")
    return out


def withdrawal_json(row: Any) -> dict[str, Any]:
    return {"t": "w", "uuid": row["signature_uuid"], "withdrawn_at": _time(row["withdrawn_at"]),
            "reason": row["reason"] or "", "device_id": row["device_id"], "device_seq": row["device_seq"]}


def _parse_time(value: Any, required: bool) -> datetime | None:
    if value is None and not required:
        return None
    parsed = datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.astimezone(timezone.utc)


def opt_str(value: Any, limit: int = TEXT_LIMIT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise ValueError(_("a text field has the wrong type or is too long"))
    return value


def signature_row(rec: dict[str, Any], campaign_id: str) -> dict[str, Any]:
    """A bundle record as column values ready to insert; raises ValueError when malformed. The
    record is made into the row (it runs for every record of every bundle): pass a copy to keep it."""
    for f in REQUIRED:
        if not rec.get(f):
            raise ValueError(_("missing {f}").format(f=f))
    if rec.keys() != RECORD_KEYS:  # another minor version: the fields this one knows, with their defaults
        rec = {**dict.fromkeys(RECORD_KEYS), "petition_consent": True,
               **{f: value for f, value in rec.items() if f in RECORD_KEYS}}
    row = rec
    del row["t"]
    withdrawn = row.pop("withdrawn")
    for f, limit in zip(TEXT_FIELDS, LIMITS, strict=True):
        value = row[f]
        if value is not None and (type(value) is not str or len(value) > limit):
            raise ValueError(_("{f} has the wrong type or is longer than {limit} characters").format(f=f, limit=limit))
    for f in INT_FIELDS:
        value = row[f]
        if value is not None and (type(value) is not int or not 0 <= value <= MAX_SEQ):
            raise ValueError(_("{f} is not a number from 0 to {limit}").format(f=f, limit=MAX_SEQ))
    if row["source"] not in SOURCES or not row["device_seq"]:
        raise ValueError(_("unknown source or no sequence number"))
    if any(row[f] is not None and type(row[f]) is not bool for f in BOOL_FIELDS):
        raise ValueError(_("a consent is not true or false"))
    row["campaign_id"] = campaign_id
    row["petition_consent"] = bool(row["petition_consent"])
    row["contact_consent"] = bool(row["contact_consent"])
    row["consent_version"] = row["consent_version"] or ""
    row["signed_at"] = _parse_time(row["signed_at"], True)
    row["edited_at"] = _parse_time(row["edited_at"], False)
    drawing = row["drawing"]
    if drawing is not None and (type(drawing) is not str or len(drawing) > MAX_DRAWING * 4 // 3 + 4):
        raise ValueError(_("the drawing is too large"))
    row["drawing"] = base64.b64decode(drawing, validate=True) if drawing else None
    row["reviewed"], row["duplicate_of"] = False, None
    if withdrawn:
        erase(row)
    else:
        row["status"] = VALID
    return row


def add_keys(row: dict[str, Any]) -> dict[str, Any]:
    """Search text and duplicate keys of a live row; worked out only for rows that will be written."""
    if row["status"] != WITHDRAWN:
        row["email_key"], row["person_key"] = match_keys(row["first_name"], row["last_name"], row["email"],
                                                         row["postcode"])
        row["search_text"] = search_text(row["first_name"], row["last_name"], row["postcode"], row["city"])
    return row


def erase(row: dict[str, Any]) -> dict[str, Any]:
    for f in ERASED:
        row[f] = None
    row["contact_consent"], row["status"], row["duplicate_of"] = False, WITHDRAWN, None
    return row


def withdrawal_row(rec: dict[str, Any], campaign_id: str) -> dict[str, Any]:
    if not rec.get("uuid"):
        raise ValueError(_("missing uuid"))
    seq = rec.get("device_seq")
    if seq is not None and (type(seq) is not int or not 0 <= seq <= MAX_SEQ):
        raise ValueError(_("device_seq is not a number from 0 to {limit}").format(limit=MAX_SEQ))
    return {"signature_uuid": opt_str(rec["uuid"], 36), "campaign_id": campaign_id,
            "withdrawn_at": _parse_time(rec.get("withdrawn_at"), True),
            "reason": (opt_str(rec.get("reason"), MAX_FIELD) or ""), "device_id": opt_str(rec.get("device_id"), 36),
            "device_seq": seq}


def version(row: Any) -> tuple[datetime, str, int]:
    """Total order of corrections that does not depend on arrival: (edited_at, device, seq)."""
    return version_of(row["edited_at"], row["edit_device_id"], row["edit_seq"])


def version_of(edited_at: datetime | None, edit_device_id: str | None,
               edit_seq: int | None) -> tuple[datetime, str, int]:
    return (edited_at or NEVER, edit_device_id or "", edit_seq or 0)


def tombstone_order(row: Any) -> tuple[datetime, str, int]:
    return (row["withdrawn_at"] or NEVER, row["device_id"] or "", row["device_seq"] or 0)
