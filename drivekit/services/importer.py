"""Importing signatures from CSV files: paper sheets typed up, or exports of online tools."""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from drivekit.domain.signer_fields import NAME_FIELDS, SIGNER_FIELDS
from drivekit.domain.validation import SignerInput, validate_signer
from drivekit.errors import BadFile, BadInput, ValidationError
from drivekit.export.tables import FORMULA_START
from drivekit.progress import NullProgress, Progress
from drivekit.services.common import audit, campaign as get_campaign, take_sequence
from drivekit.services.importer_osdi import looks_like_json, read_osdi
from drivekit.services.records import ImportReport
from drivekit.services.retention import refuse_if_purged
from drivekit.services.signatures import rules_for, signature_row
from drivekit.storage import duplicate_marks
from drivekit.storage.db import Database
from drivekit.storage.models import Event, Signature

CSV_COLUMNS = (*(f for f in SIGNER_FIELDS if f != "region"), "signed_at", "contact_consent")  # named when none is found

# Header spellings used by online tools (Action Network, NationBuilder, Google Forms...) and people.
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first_name", "firstname", "first", "given_name", "forename", "can2_first_name", "first_names"),
    "last_name": ("last_name", "lastname", "last", "surname", "family_name", "can2_last_name"),
    "email": ("email", "email_address", "e_mail", "can2_email", "mail"),
    "phone": ("phone", "phone_number", "can2_phone", "mobile", "mobile_number", "telephone", "can2_cell_phone"),
    "address": ("address", "address1", "address_line", "address_line_1", "street", "street_address", "can2_address",
                "can2_user_address"),
    "postcode": ("postcode", "zip", "zip_code", "zipcode", "postal_code", "post_code", "can2_zip", "can2_postal_code"),
    "city": ("city", "town", "locality", "can2_city", "can2_user_city"),
    "region": ("region", "state", "county", "province", "can2_state", "can2_state_abbreviated", "can2_state_code"),
    "country": ("country", "country_code", "can2_country"),
    "comment": ("comment", "comments", "message", "can2_comment", "note"),
    "signed_at": ("signed_at", "date", "created_at", "timestamp", "signed", "can2_created_at", "date_signed"),
    "contact_consent": ("contact_consent", "opt_in", "optin", "email_opt_in", "can2_subscribe", "subscribed",
                        "contact_opt_in"),
}
_TRUE = {"1", "true", "yes", "y", "x", "t", "on", "si", "sí", "oui", "ja"}
BATCH = 2000
# Refused before reading: a 1,000,000-signer export is about 150 MB; the file is held in memory.
MAX_IMPORT_BYTES = 256 << 20


def _header_key(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").replace(".", " ").split())


def map_header(header: list[str]) -> dict[str, int]:
    """Field name -> column index, from whatever header spellings the file uses."""
    keys = [_header_key(h) for h in header]
    mapping: dict[str, int] = {}
    for field, spellings in ALIASES.items():
        for i, key in enumerate(keys):
            if key in spellings and field not in mapping:
                mapping[field] = i
    if "first_name" not in mapping and "last_name" not in mapping:
        for i, key in enumerate(keys):
            if key in ("name", "full_name", "fullname"):
                mapping["full_name"] = i
    return mapping


def _parse_datetime(value: str) -> datetime:
    text = value.strip()
    for candidate in (text, text.replace("Z", "+00:00")):
        try:
            parsed = datetime.fromisoformat(candidate)
            break
        except ValueError:
            continue
    else:
        for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %H:%M:%S"):
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"“{value}” is not a date we understand; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


class _Dialect(csv.excel):
    delimiter = ","


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma, semicolon or tab, told from the header row alone, quoting always with double quotes
    as spreadsheets write it: sniffing the data rows took a name's apostrophe ("O'Brien", a formula
    guard's quote) for the quote character and read whole lines as one cell."""
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)
    return type("FileDialect", (_Dialect,), {"delimiter": delimiter if header.count(delimiter) else ","})


def read_csv(path: Path) -> tuple[dict[str, int], list[tuple[int, list[str]]]]:
    """The header mapping and (line number, cells) of each data row; BadFile if unreadable."""
    try:
        size = os.stat(path).st_size
        if size > MAX_IMPORT_BYTES:
            raise BadFile(f"{path.name} is too large to import ({size / 2**20:,.0f} MB; at most "
                          f"{MAX_IMPORT_BYTES // 2**20} MB): split it into smaller files.")
        with open(path, "rb") as fh:
            raw = fh.read(MAX_IMPORT_BYTES + 1)  # bounded even when the size lied (a pipe, a device)
    except OSError as err:
        raise BadFile(f"Cannot read {path}: {err.strerror or err}.") from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise BadFile(f"{path.name} is too large to import (more than {MAX_IMPORT_BYTES // 2**20} MB): "
                      "split it into smaller files.")
    if looks_like_json(path, raw[:64]):
        return read_osdi(path, raw)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadFile(f"{path.name} is UTF-16 text, not UTF-8; save it as “CSV UTF-8” and try again.")
    if b"\x00" in raw[:4096]:
        raise BadFile(f"{path.name} is not a CSV text file.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadFile(f"{path.name} is not UTF-8 text (byte {err.start + 1}); save it as “CSV UTF-8” and try again.") from None
    if not text.strip():
        raise BadFile(f"{path.name} is empty.")
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader)
        mapping = map_header(header)
        if "first_name" not in mapping and "last_name" not in mapping and "full_name" not in mapping:
            raise BadFile(f"{path.name} has no header row naming the columns (expected {', '.join(CSV_COLUMNS)}).")
        rows = []
        for cells in reader:
            if any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as err:
        raise BadFile(f"{path.name} is not a readable CSV file (line {reader.line_num}: {err}).") from None
    return mapping, rows


def unguard(cell: str) -> str:
    """A cell as it was before a CSV export's formula guard quoted it ("'=Smith" -> "=Smith")."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in FORMULA_START else cell


def _signer_from(cells: list[str], mapping: dict[str, int]) -> SignerInput:
    def get(field: str) -> str:
        i = mapping.get(field)
        return unguard(cells[i].strip()) if i is not None and i < len(cells) else ""

    first, last = get("first_name"), get("last_name")
    if "full_name" in mapping:
        full = get("full_name")
        first, _, last = full.rpartition(" ") if " " in full else ("", "", full)
    signed = get("signed_at")
    return SignerInput(
        first_name=first, last_name=last, **{f: get(f) for f in SIGNER_FIELDS if f not in NAME_FIELDS},
        petition_consent=True,
        contact_consent=get("contact_consent").lower() in _TRUE,
        signed_at=_parse_datetime(signed) if signed else None,
    )


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def import_csv(self, campaign_id: str, path: Path, event_id: str | None = None, source: str = "csv",
                   progress: Progress | None = None) -> ImportReport:
        """Save every valid row in one transaction; report each rejected row with its line number."""
        progress = progress or NullProgress()
        mapping, rows = read_csv(Path(path))
        report = ImportReport()
        progress.start(len(rows), "Importing signatures")
        with self._db.session() as s:
            campaign = get_campaign(s, campaign_id)
            refuse_if_purged(campaign, "importing signatures")
            if event_id is not None:
                event = s.get(Event, event_id)
                if event is None or event.campaign_id != campaign.id:
                    raise BadInput(f"No event with id “{event_id}” in this campaign.")
            rules = rules_for(campaign)
            good: list[tuple[int, Any]] = []
            for line, cells in rows:
                try:
                    good.append((line, validate_signer(_signer_from(cells, mapping), rules)))
                except ValidationError as err:
                    report.rejected.append({"line": line, "error": str(err)})
                except ValueError as err:
                    report.rejected.append({"line": line, "error": f"signed_at: {err}"})
            duplicate_marks.serialize_writers(s)
            device_id, first_seq = take_sequence(s, len(good))
            for start in range(0, len(good), BATCH):
                batch = [
                    signature_row(campaign, clean, event_id=event_id, device_id=device_id,
                                  device_seq=first_seq + start + i, source=source)
                    for i, (_, clean) in enumerate(good[start:start + BATCH])
                ]
                report.possible_duplicates += duplicate_marks.resolve(s, campaign.id, batch)
                s.execute(insert(Signature), batch)
                report.imported += len(batch)
                progress.advance(len(batch))
            progress.advance(len(rows) - len(good))
            audit(s, "signatures.imported", campaign.id, file=Path(path).name, imported=report.imported,
                  rejected=len(report.rejected))
        return report
