"""CSV and OSDI JSON files for online tools, written row by row; contact details only where allowed."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import IO, Any

from drivekit.progress import NullProgress, Progress

COLUMNS = ["first_name", "last_name", "email", "phone", "address", "postcode", "city", "country", "comment",
           "signed_at", "contact_consent"]
ACTION_NETWORK = ["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_address", "can2_city",
                  "can2_country", "comments"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTACT_FIELDS = ("email", "phone", "address")


def neutralise(value: Any) -> str:
    """A cell a spreadsheet shows as text: anything that could start a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _contacts_allowed(row: dict[str, Any], include_contacts: bool) -> bool:
    return include_contacts or bool(row.get("contact_consent"))


def write_csv(out: IO[str], rows: Iterable[dict[str, Any]], fmt: str = "drivekit", include_contacts: bool = False,
              progress: Progress | None = None, total: int = 0) -> int:
    """Write signers as CSV (DriveKit columns or Action Network's upload headers); returns rows written."""
    progress = progress or NullProgress()
    progress.start(total, "Writing CSV")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS if fmt == "drivekit" else ACTION_NETWORK)
    n = 0
    for row in rows:
        allowed = _contacts_allowed(row, include_contacts)

        def get(key: str, row: dict[str, Any] = row, allowed: bool = allowed) -> Any:
            return row.get(key) if allowed or key not in CONTACT_FIELDS else ""

        signed = row["signed_at"]
        if fmt == "drivekit":
            cells = [row["first_name"], row["last_name"], get("email"), get("phone"), get("address"), row["postcode"],
                     row["city"], row["country"], row["comment"], signed.isoformat() if signed else "",
                     "yes" if row.get("contact_consent") else "no"]
        else:
            cells = [row["first_name"], row["last_name"], get("email"), row["postcode"], get("phone"),
                     get("address"), row["city"], row["country"], row["comment"]]
        writer.writerow([neutralise(c) for c in cells])
        n += 1
        if n % 1000 == 0:
            progress.advance(1000)
    progress.advance(n % 1000)
    return n


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def osdi_signature(row: dict[str, Any], include_contacts: bool) -> dict[str, Any]:
    """One signature in the shape of OSDI's record signature helper (person + action data)."""
    allowed = _contacts_allowed(row, include_contacts)
    person: dict[str, Any] = {"given_name": row["first_name"] or "", "family_name": row["last_name"] or ""}
    person["email_addresses"] = ([{"address": row["email"], "primary": True}] if allowed and row.get("email") else [])
    person["phone_numbers"] = ([{"number": row["phone"], "primary": True, "number_type": "Mobile"}]
                               if allowed and row.get("phone") else [])
    postal: dict[str, Any] = {"primary": True}
    if allowed and row.get("address"):
        postal["address_lines"] = [row["address"]]
    for key, value in (("locality", row.get("city")), ("region", row.get("region")),
                       ("postal_code", row.get("postcode")), ("country", row.get("country"))):
        if value:
            postal[key] = value
    person["postal_addresses"] = [postal] if len(postal) > 1 else []
    return {"person": person, "action_date": _iso(row["signed_at"]), "comments": row.get("comment") or "",
            "identifiers": [f"drivekit:{row['uuid']}"],
            "add_tags": [], "origin_system": "DriveKit"}


def write_osdi(out: IO[str], petition: dict[str, Any], rows: Iterable[dict[str, Any]], include_contacts: bool = False,
               progress: Progress | None = None, total: int = 0) -> int:
    """An OSDI petition document with its targets and every signature, streamed into a JSON array."""
    progress = progress or NullProgress()
    progress.start(total, "Writing OSDI")
    doc = {
        "identifiers": [f"drivekit:{petition['id']}"],
        "origin_system": "DriveKit",
        "title": petition["title"],
        "description": petition["text"],
        "petition_text": petition["text"],
        "created_date": _iso(petition.get("created_at")),
        "target": [{"name": t.name, "title": t.role, "organization": t.organisation} for t in petition["targets"]],
    }
    head = json.dumps(doc, ensure_ascii=False, indent=1)
    out.write(head[:-2] + ',\n "signatures": [\n')
    n = 0
    for row in rows:
        if n:
            out.write(",\n")
        out.write("  " + json.dumps(osdi_signature(row, include_contacts), ensure_ascii=False))
        n += 1
        if n % 1000 == 0:
            progress.advance(1000)
    out.write(f"\n ],\n \"total_signatures\": {n}\n}}\n")
    progress.advance(n % 1000)
    return n
