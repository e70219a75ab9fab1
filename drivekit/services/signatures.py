"""Collecting, correcting, withdrawing, reviewing and finding signatures."""

from __future__ import annotations

import builtins
import re
from array import array
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from sqlalchemy import bindparam, func, insert, literal_column, select, text, update
from sqlalchemy.orm import Session

from drivekit.domain.duplicate_rule import match_keys
from drivekit.domain.signer_fields import EDITABLE_FIELDS, SIGNER_FIELDS, required_set
from drivekit.domain.text import search_text
from drivekit.domain.validation import CleanSigner, Rules, SignerInput, validate_signer
from drivekit.errors import BadInput, ValidationError
from drivekit.i18n import _
from drivekit.services.common import audit, campaign as get_campaign, new_signature_id, take_sequence
from drivekit.services.records import EventInfo, SavedSignature, SignatureRecord
from drivekit.services.retention import refuse_if_purged
from drivekit.services.sealing import seal_row, sealing_key
from drivekit.storage import duplicate_marks
from drivekit.storage.db import Database, sqlite_has_fts_secure_delete
from drivekit.storage.models import (
    DUPLICATE,
    POSSIBLE_DUPLICATE,
    SOURCES,
    STATUSES,
    VALID,
    WITHDRAWN,
    AuditEntry,
    Campaign,
    Event,
    Signature,
    Withdrawal,
)
from drivekit.storage.search import apply_search, whole_query_indexed

# What a withdrawal erases here: everything the signer wrote but the country, and what was made of it.
PERSONAL_FIELDS = (*(f for f in SIGNER_FIELDS if f != "country"),
                   "drawing", "drawing_format", "search_text", "email_key", "person_key", "sheet_number", "sheet_line",
                   "sealed")
EDITABLE = EDITABLE_FIELDS
ORDER_COLUMNS = {
    "id": Signature.id, "signed_at": Signature.signed_at, "first_name": Signature.first_name,
    "last_name": Signature.last_name, "postcode": Signature.postcode, "city": Signature.city,
    "status": Signature.status, "country": Signature.country, "source": Signature.source,
}

# Sort orders on a column that a withdrawal empties (erase_signature): the withdrawn rows are in id order there.
ERASED_ORDERS = frozenset(k for k in ORDER_COLUMNS if k in PERSONAL_FIELDS or k == "country")
# Sort orders with an index of their own, led by the sort column (see migration 0012).
INDEXED_SORTS = {"last_name": "ix_signature_last_name"}

REASON_MAX_LENGTH = 300  # a withdrawal's reason: the column's size


_FACTS = select(Campaign.id, Campaign.title, Campaign.country, Campaign.required_fields, Campaign.consent_version,
               Campaign.purged_at, Campaign.sealed, Campaign.installed_at, Campaign.organiser_keys).where(
    Campaign.id == bindparam("cid"))


def _campaign_facts(s: Session, campaign_id: str) -> Any:
    """What saving needs of a campaign (a row with id, country, required_fields, consent_version),
    without loading the whole object on every save; a short id is looked up the usual way."""
    row = s.connection().execute(_FACTS, {"cid": campaign_id}).first()
    return row if row is not None else get_campaign(s, campaign_id)


def rules_for(campaign: Campaign) -> Rules:
    return Rules(default_country=campaign.country, required=required_set(campaign.required_fields))


def signature_row(campaign: Campaign, signer: CleanSigner, **extra: Any) -> dict[str, Any]:
    """The column values of a new signature (status decided later by duplicate_marks.resolve)."""
    email_key, person_key = match_keys(signer.first_name, signer.last_name, signer.email, signer.postcode)
    row: dict[str, Any] = {
        "uuid": extra.pop("uuid", None) or new_signature_id(),
        "campaign_id": campaign.id,
        "signed_at": signer.signed_at,
        "first_name": signer.first_name or None, "last_name": signer.last_name or None,
        "email": signer.email, "phone": signer.phone, "address": signer.address,
        "postcode": signer.postcode, "city": signer.city, "region": signer.region, "country": signer.country,
        "comment": signer.comment,
        "petition_consent": signer.petition_consent, "contact_consent": signer.contact_consent,
        "consent_version": campaign.consent_version,
        "status": VALID, "duplicate_of": None, "reviewed": False,
        "email_key": email_key, "person_key": person_key,
        "search_text": search_text(signer.first_name, signer.last_name, signer.postcode, signer.city),
    }
    row.update(extra)
    return row


_RECORD_COLUMNS = (
    Signature.id, Signature.uuid, Signature.campaign_id, Signature.event_id, Event.name.label("event_name"),
    Signature.signed_at, Signature.first_name, Signature.last_name, Signature.email, Signature.phone,
    Signature.address, Signature.postcode, Signature.city, Signature.region, Signature.country, Signature.comment,
    Signature.contact_consent, Signature.source, Signature.status, Signature.duplicate_of,
    Signature.drawing_format.isnot(None).label("has_drawing"), Signature.sheet_number, Signature.sheet_line,
)


def erase_signature(s: Session, sig: Signature, reason: str) -> None:
    """Withdraw on this device: erase the signer's data, keep a tombstone numbered by this device
    (so it travels in the next bundle), and decide the duplicates it leaves behind again.
    The caller holds the writers' lock and runs purge_erased after the commit."""
    old_keys = {"email_key": {sig.email_key}, "person_key": {sig.person_key}}
    device_id, seq = take_sequence(s)
    for name in PERSONAL_FIELDS:
        setattr(sig, name, None)
    sig.status, sig.duplicate_of = WITHDRAWN, None
    sig.country, sig.contact_consent = None, False
    sig.edited_at = sig.edit_device_id = sig.edit_seq = None
    s.add(Withdrawal(signature_uuid=sig.uuid, campaign_id=sig.campaign_id, reason=reason[:REASON_MAX_LENGTH],
                     device_id=device_id, device_seq=seq))
    s.flush()
    duplicate_marks.resolve(s, sig.campaign_id, [], also=old_keys)
    audit(s, "signature.withdrawn", sig.campaign_id, signature=sig.uuid)


def _validate_edit(merged: dict[str, Any], changed: set[str], contact: bool, signed_at: datetime,
                   rules: Rules) -> CleanSigner:
    """Validate an edit by today's rules for what was changed. A field saved before a rule was
    tightened (a phone number no one can have, a postcode with a trailing word) and not touched now
    keeps its stored value, so it never blocks another correction, such as a signer withdrawing
    their contact opt-in."""
    def check(values: dict[str, Any]) -> CleanSigner:
        return validate_signer(SignerInput(**values, petition_consent=True, contact_consent=contact,
                                           signed_at=signed_at), rules)

    if "country" in changed:
        changed = changed | {"postcode"}  # a postcode is read by its country's rules
    try:
        return check(merged)
    except ValidationError as err:
        stale = {f for f in err.errors if f not in changed and f in merged and merged[f]}
        if not stale:
            raise
        if set(err.errors) - stale:  # report what this edit got wrong, not what an older version let in
            raise ValidationError({f: m for f, m in err.errors.items() if f not in stale}) from None
        try:
            clean = check({**merged, **{f: "" for f in stale}})
        except ValidationError:
            raise err from None
        return replace(clean, **{f: merged[f] for f in stale})


def record_select():  # type: ignore[no-untyped-def]
    return select(*_RECORD_COLUMNS).outerjoin(Event, Event.id == Signature.event_id)


def to_record(row: Any) -> SignatureRecord:
    return SignatureRecord(**{**row._asdict(), "contact_consent": bool(row.contact_consent), "has_drawing": bool(row.has_drawing)})


class SignatureService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- collecting -------------------------------------------------------------------------
    def save(self, campaign_id: str, signer: SignerInput, *, event_id: str | None = None,
             volunteer_id: str | None = None, source: str = "volunteer", drawing: bytes | None = None,
             drawing_format: str | None = None, sheet_number: int | None = None, sheet_line: int | None = None,
             require_consent: bool = True) -> SavedSignature:
        """Validate and durably save one signature; returns once the commit has returned."""
        if source not in SOURCES:
            raise BadInput(_("Unknown source “{source}”.").format(source=source))
        with self._db.session() as s:
            campaign = _campaign_facts(s, campaign_id)
            if campaign.purged_at is not None:
                refuse_if_purged(campaign, _("collecting signatures"))
            clean = validate_signer(signer, rules_for(campaign), require_consent=require_consent)
            if event_id is not None:
                self._check_event(s, campaign.id, event_id)
            recipient = sealing_key(campaign)
            duplicate_marks.serialize_writers(s)  # before the first write, so a running import lets it in at once
            device_id, seq = take_sequence(s)
            row = seal_row(signature_row(
                campaign, clean, event_id=event_id, volunteer_id=volunteer_id, device_id=device_id, device_seq=seq,
                source=source, drawing=drawing, drawing_format=drawing_format if drawing else None,
                sheet_number=sheet_number, sheet_line=sheet_line,
            ), recipient)
            duplicate_marks.resolve(s, campaign.id, [row])
            row_id = s.execute(insert(Signature.__table__), row).inserted_primary_key[0]  # no ORM object to build
            return SavedSignature(id=row_id, uuid=row["uuid"], status=row["status"], duplicate_of=row["duplicate_of"])

    @staticmethod
    def _check_event(s: Session, campaign_id: str, event_id: str) -> None:
        event = s.get(Event, event_id)
        if event is None or event.campaign_id != campaign_id:
            raise BadInput(_("No event with id “{event_id}” in this campaign.").format(event_id=event_id))

    # -- correcting -------------------------------------------------------------------------
    def edit(self, ident: str, changes: dict[str, Any]) -> SignatureRecord:
        """Correct a signer's details; the audit log records which fields changed (not the values)."""
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise BadInput(_("These fields cannot be edited: {items}.").format(items=', '.join(sorted(unknown))))
        with self._db.session() as s:
            duplicate_marks.serialize_writers(s)  # first, so writers always lock in the same order
            sig = self._find(s, ident)
            if sig.status == WITHDRAWN:
                raise BadInput(_("This signature was withdrawn; its details were erased and cannot be edited."))
            if sig.sealed is not None:
                raise BadInput(_("This signature is sealed to the organiser: its details cannot be shown or "
                                 "changed on this laptop."))
            campaign = get_campaign(s, sig.campaign_id)
            refuse_if_purged(campaign, _("editing a signature"))
            current = {name: getattr(sig, name) or "" for name in EDITABLE}
            merged = {**current, **{k: ("" if v is None else v) for k, v in changes.items()}}
            contact = bool(merged.pop("contact_consent"))
            clean = _validate_edit(merged, set(changes), contact, sig.signed_at, rules_for(campaign))
            new = signature_row(campaign, clean, uuid=sig.uuid)
            changed = [n for n in EDITABLE if (getattr(sig, n) or None) != (new[n] or None)]
            if not changed:
                return self._record(s, sig.id)
            old_keys = {"email_key": {sig.email_key}, "person_key": {sig.person_key}}
            for name in (*EDITABLE, "email_key", "person_key", "search_text"):
                setattr(sig, name, new[name])
            # The correction's version travels with sync bundles (last writer wins).
            sig.edit_device_id, sig.edit_seq = take_sequence(s)
            sig.edited_at = datetime.now(timezone.utc)
            s.flush()
            duplicate_marks.resolve(s, campaign.id, [], also={k: old_keys[k] | {new[k]} for k in old_keys})
            audit(s, "signature.edited", campaign.id, signature=sig.uuid, fields=changed)
            return self._record(s, sig.id)

    def withdraw(self, ident: str, reason: str = "", *, purge_later: bool = False) -> SignatureRecord:
        """Erase the signer's personal data, keep a tombstone, and count it as withdrawn.

        When this returns the data is gone from the database file (search index included) and its
        write-ahead log, and the withdrawal is recorded beside the database, so that a restore from
        any backup erases the signer again. `purge_later`: the slow rest of the erasure, the
        backups made before (SQLite: each a copy of the whole database, 0.3 s each at 1,000,000
        signatures) or the dead row versions (PostgreSQL), is left to `finish_purge()`, which the
        caller runs next, off its screen's path (the Signatures page repaints in between)."""
        with self._db.session() as s:
            duplicate_marks.serialize_writers(s)
            sig = self._find(s, ident)
            if sig.status == WITHDRAWN:
                raise BadInput(_("This signature was already withdrawn."))
            erase_signature(s, sig, reason)
            sig_id = sig.id
        self._purge_file()
        if not purge_later:
            self.finish_purge()
        with self._db.session() as s:
            return self._record(s, sig_id)

    def purge_erased(self) -> None:
        """Make erased data unrecoverable: from the file and its WAL, then from the backups made
        before (SQLite); on PostgreSQL, VACUUM drops the dead row versions that still hold the old values."""
        self._purge_file()
        self.finish_purge()

    def _purge_file(self) -> None:
        """The erased data out of the SQLite file and its WAL, and the withdrawals recorded beside it."""
        if not self._db.is_sqlite:
            return
        if not sqlite_has_fts_secure_delete():
            with self._db.engine.begin() as conn:
                conn.exec_driver_sql("INSERT INTO signature_fts(signature_fts) VALUES('optimize')")
        self._db.checkpoint()
        from drivekit.services.backups import BackupService

        BackupService(self._db).remember_withdrawals()  # tombstones kept beside it, for restores

    def finish_purge(self) -> None:
        """The rest of an erasure: every backup made before erased of the withdrawn signers (SQLite),
        or VACUUM (PostgreSQL)."""
        if self._db.is_sqlite:
            from drivekit.services.backups import BackupService

            BackupService(self._db).after_withdrawal()
        else:
            with self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM signature")

    def review(self, ident: str, same_person: bool) -> SignatureRecord:
        """The coordinator's verdict on a possible duplicate."""
        with self._db.session() as s:
            duplicate_marks.serialize_writers(s)
            sig = self._find(s, ident)
            if sig.status not in (POSSIBLE_DUPLICATE, DUPLICATE) and same_person:
                raise BadInput(_("This signature is not marked as a possible duplicate."))
            keys = {"email_key": {sig.email_key}, "person_key": {sig.person_key}}
            before = {sig.uuid: (sig.status, sig.duplicate_of, sig.reviewed),
                      **duplicate_marks.group_marks(s, sig.campaign_id, keys)}
            if same_person:
                sig.status = DUPLICATE
            else:
                sig.status, sig.duplicate_of, sig.reviewed = VALID, None, True
            s.flush()
            duplicate_marks.resolve(s, sig.campaign_id, [], also=keys)
            after = duplicate_marks.group_marks(s, sig.campaign_id, set(before))
            # Every mark the verdict changed, before and after (uuids and statuses, no personal data):
            # what undo_review puts back.
            changes = [[uid, *before[uid], *after[uid]] for uid in sorted(before)
                       if uid in after and before[uid] != after[uid]]
            audit(s, "signature.reviewed", sig.campaign_id, signature=sig.uuid, same_person=same_person,
                  changes=changes)
            return self._record(s, sig.id)

    def undo_review(self, ident: str) -> SignatureRecord:
        """Put back exactly the duplicate marks the last verdict on this signature changed, if no
        other change touched them since; recorded in the audit log."""
        with self._db.session() as s:
            duplicate_marks.serialize_writers(s)
            sig = self._find(s, ident)
            entries = s.scalars(select(AuditEntry).where(
                AuditEntry.campaign_id == sig.campaign_id,
                AuditEntry.action.in_(("signature.reviewed", "signature.review_undone")))
                .order_by(AuditEntry.id.desc()).limit(500))
            entry = next((e for e in entries if (e.details or {}).get("signature") == sig.uuid), None)
            if entry is None or entry.action != "signature.reviewed" or "changes" not in entry.details:
                raise BadInput(_("There is no decision on this signature to undo."))
            changes = entry.details["changes"]
            now = duplicate_marks.group_marks(s, sig.campaign_id, {c[0] for c in changes})
            if any(now.get(c[0]) != (c[4], c[5], bool(c[6])) for c in changes):
                raise BadInput(_("These signatures changed after the decision; it can no longer be undone."))
            for uid, status, dup_of, reviewed, *_after in changes:
                s.execute(update(Signature).where(Signature.uuid == uid).values(
                    status=status, duplicate_of=dup_of, reviewed=bool(reviewed)))
            audit(s, "signature.review_undone", sig.campaign_id, signature=sig.uuid,
                  same_person=entry.details.get("same_person"))
            return self._record(s, sig.id)

    # -- finding ----------------------------------------------------------------------------
    def _find(self, s: Session, ident: str) -> Signature:
        ident = (ident or "").strip()
        if ident.isdigit():
            sig = s.get(Signature, int(ident))
            if sig is not None:
                return sig
        found = s.scalars(select(Signature).where(Signature.uuid == ident)).first()
        if found is not None:
            return found
        if len(ident) >= 6:
            # literally: "_" and "%" in what was typed are characters, not wildcards
            matches = s.scalars(select(Signature).where(Signature.uuid.startswith(ident, autoescape=True)).limit(2)).all()
            if len(matches) == 1:
                return matches[0]
            if matches:  # ids begin with the time they were made: signatures of the same minute share a start
                raise BadInput(_("More than one signature has an id beginning “{ident}”; give more of the id.").format(ident=ident))
        raise BadInput(_("No signature with id “{ident}”.").format(ident=ident))

    def _record(self, s: Session, sig_id: int) -> SignatureRecord:
        return to_record(s.execute(record_select().where(Signature.id == sig_id)).one())

    def get(self, ident: str) -> SignatureRecord:
        with self._db.session() as s:
            return self._record(s, self._find(s, ident).id)

    def drawing(self, ident: str) -> tuple[bytes, str] | None:
        with self._db.session() as s:
            sig = self._find(s, ident)
            return (sig.drawing, sig.drawing_format or "") if sig.drawing else None

    def _filtered(self, s: Session, stmt, campaign_id: str, search: str | None, status: str | None,  # type: ignore[no-untyped-def]
                  event_id: str | None):
        cid = get_campaign(s, campaign_id).id
        if search and search.strip() and self._db.is_sqlite:
            # Unary + stops SQLite from walking the whole campaign through its index and
            # filtering by the search hits; the plan is driven by the (few) FTS hits instead.
            stmt = stmt.where(literal_column("+signature.campaign_id") == cid)
        else:
            stmt = stmt.where(Signature.campaign_id == cid)
        if status:
            if status not in STATUSES:
                raise BadInput(_("Unknown status “{status}”; use one of {items}.").format(status=status, items=', '.join(STATUSES)))
            stmt = stmt.where(Signature.status == status)
        if event_id:
            stmt = stmt.where(Signature.event_id == event_id)
        return apply_search(stmt, search, self._db.is_sqlite)

    def list(self, campaign_id: str, search: str | None = None, status: str | None = None,
             event_id: str | None = None, limit: int | None = None, offset: int = 0) -> list[SignatureRecord]:
        with self._db.session() as s:
            stmt = self._filtered(s, record_select(), campaign_id, search, status, event_id)
            stmt = stmt.order_by(Signature.signed_at, Signature.id).offset(offset)
            if limit is not None:
                stmt = stmt.limit(limit)
            return [to_record(r) for r in s.execute(stmt)]

    def ids(self, campaign_id: str, search: str | None = None, status: str | None = None,
            event_id: str | None = None, order_by: str = "id", descending: bool = False,
            limit: int | None = None) -> array[int]:
        """Row ids in display order, as a compact array (8 bytes a row), for paged table models.

        Withdrawn signatures come last in every order (their details are erased: sorted among the
        others they would fill the top of the list with empty rows): the signatures that stand,
        then the withdrawn few (ix_signature_campaign_status), as two queries.
        """
        if order_by not in ORDER_COLUMNS:
            raise BadInput(_("Cannot sort by “{order_by}”.").format(order_by=order_by))
        with self._db.session() as s:
            cid = get_campaign(s, campaign_id).id
            if status or (search and search.strip()):  # a search never finds the erased rows
                return self._ids(s, cid, search, status, event_id, order_by, descending, limit, standing=None)
            found = self._ids(s, cid, None, None, event_id, order_by, descending, limit, standing=True)
            if limit is None or len(found) < limit:
                found.extend(self._ids(s, cid, None, WITHDRAWN, event_id, order_by, descending,
                                       None if limit is None else limit - len(found), standing=None))
            return found

    def withdrawn_tail(self, campaign_id: str, search: str | None = None, status: str | None = None,
                       event_id: str | None = None, order_by: str = "id", descending: bool = False) -> array[int]:
        """The withdrawn end of `ids(...)` with the same filters (empty where they leave withdrawn
        rows out): what a table must put at its end after a withdrawal, without reading it all."""
        if search and search.strip() or status not in (None, WITHDRAWN):
            return array("q")
        return self.ids(campaign_id, status=WITHDRAWN, event_id=event_id, order_by=order_by, descending=descending)

    def _ids(self, s: Session, cid: str, search: str | None, status: str | None, event_id: str | None,
             order_by: str, descending: bool, limit: int | None, standing: bool | None) -> array[int]:
        """One id query; `standing` keeps only the signatures that are not withdrawn."""
        sqlite = self._db.is_sqlite
        # Written literally, so that SQLite matches it with the partial index's own condition.
        not_withdrawn = text(f"signature.status <> '{WITHDRAWN}'")
        if sqlite and order_by == "id" and not (status or event_id):
            if not search:
                # The whole campaign in id order: walk the table in rowid order rather than
                # its campaign index, which would need a sort ("x || ''" cannot use an index).
                stmt = select(Signature.id).where(Signature.campaign_id + "" == cid)
                if standing:
                    stmt = stmt.where(not_withdrawn)
                return _id_array(s, _ordered(stmt, Signature.id, descending, limit), sqlite)
            match = whole_query_indexed(search)
            if match and self._only_campaign_with_signatures(s, cid):
                # Every indexed row is this campaign's: the search index answers alone.
                stmt = select(literal_column("rowid")).select_from(text("signature_fts")).where(
                    text("signature_fts MATCH :fts_query").bindparams(fts_query=match))
                return _id_array(s, _ordered(stmt, literal_column("rowid"), descending, limit), sqlite)
        stmt = self._filtered(s, select(Signature.id), cid, search, status, event_id)
        if standing:
            stmt = stmt.where(not_withdrawn)
        column = ORDER_COLUMNS[order_by]
        if status == WITHDRAWN and order_by in ERASED_ORDERS:
            # A withdrawal empties this column: every withdrawn row has NULL here, so the order is
            # the ids' alone, read from ix_signature_campaign_status without visiting the rows
            # (the withdrawn end after a withdrawal sorted by name: 0.7 ms instead of 40-180 ms on 1M).
            stmt = stmt.order_by(Signature.id.desc() if descending else Signature.id)
        else:
            order = column.desc() if descending else column.asc()
            stmt = stmt.order_by(order, Signature.id.desc() if descending else Signature.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return _id_array(s, stmt, sqlite, self._sqlite_index(s, cid, search, status, event_id, order_by, standing))

    def _sqlite_index(self, s: Session, cid: str, search: str | None, status: str | None, event_id: str | None,
                      order_by: str, standing: bool | None) -> str | None:
        """The index an id query must use on SQLite, where its planner would take a worse one.
        Without statistics it believes `campaign_id = ?` picks a few rows, so it walks
        (campaign_id, signed_at) to skip a sort, and reads a million rows to find 2,000 withdrawn
        ones (1.6 s, against 0.06 s by their status). Checked by tests/services/test_sort_plans.py."""
        if not self._db.is_sqlite or (search and search.strip()) or event_id:
            return None
        most = status == VALID or (standing and not status)  # nearly every row of the campaign
        if most and order_by in INDEXED_SORTS and self._only_campaign_with_signatures(s, cid):
            # In the order of an index led by the sort column (migration 0012), which holds the
            # status too: the first screenful in milliseconds, no sort, no table read. With other
            # campaigns in the file it would walk theirs as well: the planner chooses there.
            return INDEXED_SORTS[order_by]
        if status:  # the withdrawn end of the list, or a status filter: the rows of that status
            return "ix_signature_campaign_status"
        return None

    @staticmethod
    def _only_campaign_with_signatures(s: Session, campaign_id: str) -> bool:
        """True when no other campaign has signatures (two index seeks, however big the table)."""
        cid = get_campaign(s, campaign_id).id
        for other in (Signature.campaign_id < cid, Signature.campaign_id > cid):
            if s.scalar(select(Signature.id).where(other).limit(1)) is not None:
                return False
        return True

    def fetch(self, ids: Sequence[int]) -> builtins.list[SignatureRecord]:
        """Records for `ids`, in the same order; ids that no longer exist are left out."""
        if not ids:
            return []
        with self._db.session() as s:
            rows = {r.id: to_record(r) for r in s.execute(record_select().where(Signature.id.in_(list(ids))))}
        return [rows[i] for i in ids if i in rows]

    def count_today(self, campaign_id: str, event_id: str | None = None, day: date | None = None) -> int:
        """Signatures signed on `day` (default today, in this computer's time zone) in the campaign, at the
        event when one is given; withdrawn ones (an undo) do not count. Signed, not saved: a sheet typed in
        today from last week is not today's, a laptop's bundle of today's signatures is."""
        day = day or date.today()
        start = datetime.combine(day, time.min).astimezone(timezone.utc)  # local midnight, as UTC
        end = datetime.combine(day + timedelta(days=1), time.min).astimezone(timezone.utc)
        with self._db.session() as s:
            stmt = select(func.count()).select_from(Signature).where(
                Signature.campaign_id == get_campaign(s, campaign_id).id,
                Signature.signed_at >= start, Signature.signed_at < end, Signature.status != WITHDRAWN)
            if event_id:
                stmt = stmt.where(Signature.event_id == event_id)
            return int(s.scalar(stmt) or 0)

    def events(self, campaign_id: str) -> builtins.list[EventInfo]:
        """The campaign's events, for filtering signatures (cheaper than campaigns.get, which counts)."""
        with self._db.session() as s:
            cid = get_campaign(s, campaign_id).id
            rows = s.scalars(select(Event).where(Event.campaign_id == cid).order_by(Event.date, Event.name))
            return [EventInfo(id=e.id, name=e.name, date=e.date, location=e.location) for e in rows]

    def duplicate_pairs(self, campaign_id: str, limit: int = 500) -> builtins.list[tuple[SignatureRecord, SignatureRecord]]:
        """The review queue: each possible duplicate next to the signature it seems to repeat."""
        with self._db.session() as s:
            cid = get_campaign(s, campaign_id).id
            dups = [to_record(r) for r in s.execute(
                record_select().where(Signature.campaign_id == cid, Signature.status == POSSIBLE_DUPLICATE)
                .order_by(Signature.signed_at).limit(limit))]
            originals = {r.uuid: to_record(r) for r in s.execute(
                record_select().where(Signature.uuid.in_([d.duplicate_of for d in dups if d.duplicate_of])))}
        return [(d, originals[d.duplicate_of]) for d in dups if d.duplicate_of in originals]


def _ordered(stmt, column, descending: bool, limit: int | None):  # type: ignore[no-untyped-def]
    stmt = stmt.order_by(column.desc() if descending else column.asc())
    return stmt.limit(limit) if limit is not None else stmt


def _id_array(s: Session, stmt, sqlite: bool, indexed_by: str | None = None) -> array[int]:  # type: ignore[no-untyped-def]
    """Run a one-column integer query into an array; on SQLite straight from the driver's cursor,
    because building a million Row objects costs more than the query itself. `indexed_by` names
    the index SQLite must use for the signature table (SQLAlchemy cannot write that clause)."""
    out = array("q")
    if not sqlite:
        for chunk in s.execute(stmt).scalars().partitions(50_000):
            out.extend(chunk)
        return out
    compiled = stmt.compile(dialect=s.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    params = tuple(compiled.params[name] for name in (compiled.positiontup or ()))
    sql = compiled.string
    if indexed_by:
        sql, found = re.subn(r"\bFROM signature\b(?! AS)", f"FROM signature INDEXED BY {indexed_by}", sql, count=1)
        if not found:
            raise AssertionError(f"no signature table to pin in {sql}")
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        while rows := cursor.fetchmany(50_000):
            out.extend([row[0] for row in rows])
    finally:
        cursor.close()
    return out
