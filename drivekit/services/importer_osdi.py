"""Reading OSDI JSON (DriveKit's own OSDI exports, and other tools' OSDI petitions, signatures and
people) into the rows the CSV importer validates and saves."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from drivekit.errors import BadFile
from drivekit.i18n import _

MAX_BYTES = 512 * 1024 * 1024  # an OSDI file of a million signatures is ~400 MB
FIELDS = ("first_name", "last_name", "email", "phone", "address", "postcode", "city", "region", "country",
          "comment", "signed_at", "contact_consent")
MAPPING = {name: i for i, name in enumerate(FIELDS)}
# Where a document keeps its signatures or people: HAL collections, DriveKit's first OSDI files.
_COLLECTIONS = ("osdi:signatures", "osdi:people", "osdi:submissions", "osdi:attendances", "osdi:outreaches")


def looks_like_json(path: Path, head: bytes) -> bool:
    """An OSDI file: named .json, or starting (after a BOM and blanks) with { or [."""
    return path.suffix.lower() == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def _entries(doc: Any) -> Iterator[Any]:
    if isinstance(doc, list):
        for item in doc:
            yield from _entries(item) if isinstance(item, list) else iter([item])
        return
    if not isinstance(doc, dict):
        return
    embedded = doc.get("_embedded")
    if isinstance(embedded, dict) and any(k in embedded for k in _COLLECTIONS):
        for key in _COLLECTIONS:
            items = embedded.get(key)
            if isinstance(items, list):
                yield from items
        return
    if isinstance(doc.get("signatures"), list):  # DriveKit's OSDI files before 2026-12
        yield from doc["signatures"]
        return
    yield doc  # one signature (Record Signature Helper shape) or one person


def _primary(items: Any) -> dict[str, Any]:
    """The entry marked primary, else the first (OSDI arrays of addresses, emails, phones)."""
    if not isinstance(items, list):
        return {}
    entries = [i for i in items if isinstance(i, dict)]
    for entry in entries:
        if entry.get("primary") in (True, "true"):
            return entry
    return entries[0] if entries else {}


def _text(value: Any) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _phone(entry: dict[str, Any]) -> str:
    """OSDI's digits-with-country-code `number` (a string, or a number in some examples) as "+<digits>"
    with its extension in RFC 3966 notation, for validation to read."""
    number = _text(entry.get("number"))
    if not number:
        return ""
    if number[0].isdigit():
        number = "+" + number
    extension = _text(entry.get("extension"))
    return f"{number};ext={extension}" if extension else number


def signer_cells(entry: Any) -> list[str] | None:
    """One signature or person as cells in FIELDS order; None when it names nobody."""
    if not isinstance(entry, dict):
        return None
    inner = entry.get("person")
    person: dict[str, Any] = inner if isinstance(inner, dict) else entry
    email, phone, postal = (_primary(person.get(k)) for k in ("email_addresses", "phone_numbers", "postal_addresses"))
    lines = postal.get("address_lines")
    address = ", ".join(_text(x) for x in lines if _text(x)) if isinstance(lines, list) else _text(lines)
    subscribed = any(_text(e.get("status")).lower() == "subscribed" for e in (email, phone))
    cells = [_text(person.get("given_name")), _text(person.get("family_name")), _text(email.get("address")),
             _phone(phone), address, _text(postal.get("postal_code")), _text(postal.get("locality")),
             _text(postal.get("region")), _text(postal.get("country")), _text(entry.get("comments")),
             _text(entry.get("action_date")), "yes" if subscribed else "no"]
    return cells if any(cells[:4]) else None


def read_osdi(path: Path, raw: bytes) -> tuple[dict[str, int], list[tuple[int, list[str]]]]:
    """The field mapping and (record number, cells) of every signature or person in an OSDI file."""
    if len(raw) > MAX_BYTES:
        raise BadFile(_("{name} is larger than {limit} MB; split it and import the parts.").format(name=path.name, limit=MAX_BYTES // 2**20))
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BadFile(_("{name} is not UTF-8 text, so not an OSDI JSON file.").format(name=path.name)) from None
    except json.JSONDecodeError as err:
        raise BadFile(_("{name} is not readable JSON (line {lineno}: {msg}).").format(name=path.name, lineno=err.lineno, msg=err.msg)) from None
    except RecursionError:
        raise BadFile(_("{name} is not an OSDI file (its JSON is nested too deep).").format(name=path.name)) from None
    rows: list[tuple[int, list[str]]] = []
    for number, entry in enumerate(_entries(doc), start=1):
        cells = signer_cells(entry)
        if cells is not None:
            rows.append((number, cells))
    if not rows:
        raise BadFile(_("{name} holds no OSDI signatures or people with a name, email or phone.").format(name=path.name))
    return dict(MAPPING), rows
