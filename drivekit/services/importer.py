"""Importing signatures from CSV files: paper sheets typed up, or exports of online tools."""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from drivekit.domain.signer_fields import NAME_FIELDS, SIGNER_FIELDS
from drivekit.domain.validation import SignerInput, validate_signer
from drivekit.errors import BadFile, BadInput, ValidationError
from drivekit.export.tables import FORMULA_START
from drivekit.i18n import _
from drivekit.progress import NullProgress, Progress
from drivekit.services.common import audit, campaign as get_campaign, new_id, take_sequence
from drivekit.services.importer_osdi import looks_like_json, read_osdi
from drivekit.services.records import ImportReport
from drivekit.services.retention import refuse_if_purged
from drivekit.services.sealing import seal_row, sealing_key
from drivekit.services.signatures import rules_for, signature_row
from drivekit.storage import duplicate_marks
from drivekit.storage.db import Database
from drivekit.storage.models import AuditEntry, Event, Signature

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
# Rows per transaction: each batch holds the write lock for a moment (tens of ms), so a volunteer's
# save or a sync import waits at most that long, never until the whole file is in.
BATCH = 500
PROGRESS_ACTION = "signatures.import_batch"
DONE_ACTION = "signatures.imported"
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
            raise ValueError(_("“{value}” is not a date we understand; use YYYY-MM-DD or YYYY-MM-DDTHH:MM.").format(value=value))
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
            raise BadFile(_("{name} is too large to import ({size:,.0f} MB; at most {limit} MB): split "
                            "it into smaller files.").format(name=path.name, size=size / 2**20, limit=MAX_IMPORT_BYTES // 2**20))
        with open(path, "rb") as fh:
            raw = fh.read(MAX_IMPORT_BYTES + 1)  # bounded even when the size lied (a pipe, a device)
    except OSError as err:
        raise BadFile(_("Cannot read {path}: {reason}.").format(path=path, reason=err.strerror or err)) from None
    if len(raw) > MAX_IMPORT_BYTES:
        raise BadFile(_("{name} is too large to import (more than {limit} MB): split it into smaller "
                        "files.").format(name=path.name, limit=MAX_IMPORT_BYTES // 2**20))
    if looks_like_json(path, raw[:64]):
        return read_osdi(path, raw)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadFile(_("{name} is UTF-16 text, not UTF-8; save it as “CSV UTF-8” and try again.").format(name=path.name))
    if b"\x00" in raw[:4096]:
        raise BadFile(_("{name} is not a CSV text file.").format(name=path.name))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadFile(_("{name} is not UTF-8 text (byte {start}); save it as “CSV UTF-8” and try again.").format(name=path.name, start=err.start + 1)) from None
    if not text.strip():
        raise BadFile(_("{name} is empty.").format(name=path.name))
    dialect = _dialect(text)
    try:
        return _read_records(path, _records(text, dialect))
    except _FieldTooLarge as err:
        raise BadFile(_("{name} is not a readable CSV file (line {line}: a cell is larger than "
                        "{field_size_limit:,} characters).").format(name=path.name, line=err.args[0], field_size_limit=csv.field_size_limit())) from None


class _FieldTooLarge(Exception):
    """A cell beyond the csv module's field size limit: the file is refused whole."""


def _read_records(path: Path, records: Iterator[tuple[int, list[str] | str]]) -> tuple[dict[str, int], list[tuple[int, Any]]]:
    try:
        line, header = next(records)
    except StopIteration:
        raise BadFile(_("{name} is empty.").format(name=path.name)) from None
    if isinstance(header, str):
        raise BadFile(_("{name} is not a readable CSV file (line {line}: {header}).").format(name=path.name, line=line, header=header))
    mapping = map_header(header)
    if "first_name" not in mapping and "last_name" not in mapping and "full_name" not in mapping:
        raise BadFile(_("{name} has no header row naming the columns (expected {items}).").format(name=path.name, items=', '.join(CSV_COLUMNS)))
    rows: list[tuple[int, Any]] = []
    for line, cells in records:
        if isinstance(cells, str) or any(c.strip() for c in cells):
            rows.append((line, cells))
    return mapping, rows


# A quoted cell may hold line breaks (an address), but only this many lines: a quote left open by
# mistake must not swallow the rows after it.
MAX_LINES_PER_RECORD = 4


def _whole_record(line: str, dialect: type[csv.Dialect], width: int) -> bool:
    """Whether `line` reads as a complete row on its own (then it is not the rest of an open cell)."""
    if not width or line.count('"') % 2:
        return False
    try:
        return len(next(csv.reader([line], dialect), [])) == width
    except csv.Error:
        return False


def _records(text: str, dialect: type[csv.Dialect]) -> Iterator[tuple[int, list[str] | str]]:
    """(first line number, cells) of each record, or (line number, why) for a line that cannot be
    read: an unclosed quote is that line's error, and reading goes on at the next line."""
    lines = text.splitlines(keepends=True)
    width = 0
    i = 0
    while i < len(lines):
        start, buf = i, lines[i]
        i += 1
        while (buf.count('"') % 2 and i < len(lines) and i - start < MAX_LINES_PER_RECORD
               and not _whole_record(lines[i], dialect, width)):
            buf += lines[i]
            i += 1
        cells: list[str] | None = None
        if buf.count('"') % 2 == 0:
            try:
                cells = next(csv.reader([buf], dialect), [])
            except csv.Error as err:
                if "field larger than field limit" in str(err):
                    raise _FieldTooLarge(start + 1) from None
                cells = None
        # a record spread over lines must fill the header's columns exactly, else it is a stray quote
        if cells is None or (i - start > 1 and width and len(cells) != width):
            i = start + 1
            if _whole_record(lines[start].replace('"', ""), dialect, width) and _whole_record(
                    lines[start].replace('"', "'"), dialect, width):
                cells = next(csv.reader([lines[start]], dialect), [])  # a literal quote inside a cell: O"Brien
                if len(cells) == width:
                    yield start + 1, cells
                    continue
            yield start + 1, _("a quote (\") is opened and never closed on this line")
            continue
        if not width:
            width = len(cells)
        yield start + 1, cells


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


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as err:
        raise BadFile(_("Cannot read {path}: {reason}.").format(path=path, reason=err.strerror or err)) from None
    return digest.hexdigest()


@dataclass(frozen=True)
class _Earlier:
    """What the audit log says about earlier imports of one file (by its sha256) into a campaign."""

    done_at: str | None  # the last complete import
    unfinished_run: str | None  # an import that was interrupted and not run again since
    last_line: int  # the last line that interrupted import committed


def _earlier_imports(s: Session, campaign_id: str, digest: str) -> _Earlier:
    done_at, runs_done = None, set()
    progress: dict[str, tuple[int, Any]] = {}
    stmt = (select(AuditEntry.action, AuditEntry.details, AuditEntry.at, AuditEntry.id)
            .where(AuditEntry.campaign_id == campaign_id, AuditEntry.action.in_((PROGRESS_ACTION, DONE_ACTION)))
            .order_by(AuditEntry.id))
    for action, details, at, entry_id in s.execute(stmt):
        if not isinstance(details, dict) or details.get("sha256") != digest:
            continue
        run = str(details.get("run", ""))
        if action == DONE_ACTION:
            done_at = at.isoformat(timespec="seconds") if at else ""
            runs_done.add(run)
        else:
            progress[run] = (int(details.get("last_line", 0)), entry_id)
    open_runs = [(entry_id, run, line) for run, (line, entry_id) in progress.items() if run not in runs_done]
    if not open_runs:
        return _Earlier(done_at, None, 0)
    _, run, line = max(open_runs)
    return _Earlier(done_at, run, line)


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def import_csv(self, campaign_id: str, path: Path, event_id: str | None = None, source: str = "csv",
                   progress: Progress | None = None, again: bool = False) -> ImportReport:
        """Save every valid row, BATCH rows per transaction; report each rejected row with its line.

        The same file (by its SHA-256) imported before adds nothing and says when, unless `again`.
        An interrupted import (killed, power cut) of this file goes on where its last committed
        batch ended when it is run again: each batch commits its rows together with the line it
        reached, so after the re-run every row is in exactly once."""
        progress = progress or NullProgress()
        path = Path(path)
        mapping, rows = read_csv(path)
        digest = file_sha256(path)
        report = ImportReport()
        with self._db.session() as s:
            campaign = get_campaign(s, campaign_id)
            refuse_if_purged(campaign, _("importing signatures"))
            if event_id is not None:
                event = s.get(Event, event_id)
                if event is None or event.campaign_id != campaign.id:
                    raise BadInput(_("No event with id “{event_id}” in this campaign.").format(event_id=event_id))
            rules = rules_for(campaign)
            cid = campaign.id
            earlier = _earlier_imports(s, cid, digest)
        if earlier.unfinished_run is None and earlier.done_at is not None and not again:
            report.already_imported = earlier.done_at
            return report
        run, after = new_id(), 0
        if earlier.unfinished_run is not None and not again:
            run, after = earlier.unfinished_run, earlier.last_line
            report.resumed_after_line = after
        progress.start(len(rows), _("Importing signatures"))
        good: list[tuple[int, Any]] = []
        for line, cells in rows:
            if isinstance(cells, str):  # a line the reader could not split (an unclosed quote)
                report.rejected.append({"line": line, "error": cells})
                continue
            try:
                clean = validate_signer(_signer_from(cells, mapping), rules)
            except ValidationError as err:
                report.rejected.append({"line": line, "error": str(err)})
                continue
            except ValueError as err:
                report.rejected.append({"line": line, "error": f"signed_at: {err}"})
                continue
            if line > after:
                good.append((line, clean))
        progress.advance(len(rows) - len(good))
        name = path.name[:200]
        starts = range(0, len(good), BATCH) if good else range(1)
        for start in starts:
            chunk = good[start:start + BATCH]
            last = start + BATCH >= len(good)
            with self._db.session() as s:
                duplicate_marks.serialize_writers(s)
                campaign = get_campaign(s, cid)
                if chunk:
                    device_id, first_seq = take_sequence(s, len(chunk))
                    recipient = sealing_key(campaign)  # a sealed laptop: stored encrypted to the organiser
                    batch = [seal_row(signature_row(campaign, clean, event_id=event_id, device_id=device_id,
                                                    device_seq=first_seq + i, source=source), recipient)
                             for i, (_, clean) in enumerate(chunk)]
                    report.possible_duplicates += duplicate_marks.resolve(s, campaign.id, batch)
                    s.execute(insert(Signature), batch)
                    if not last:  # the last batch commits with the DONE entry instead
                        audit(s, PROGRESS_ACTION, cid, file=name, sha256=digest, run=run,
                              last_line=chunk[-1][0], rows=len(chunk))
                if last:  # in the last batch's transaction: an import is complete exactly when its rows are in
                    audit(s, DONE_ACTION, cid, file=name, sha256=digest, run=run,
                          imported=report.imported + len(chunk), rejected=len(report.rejected),
                          resumed_after_line=after)
            report.imported += len(chunk)
            progress.advance(len(chunk))
        return report
