"""CSV and OSDI JSON files for online tools, written row by row; contact details only where consent allows.

A signer who did not tick "keep me informed" is never subscribed anywhere by an export: OSDI marks
their email and phone "unsubscribed" (and leaves them out unless the coordinator asks for every
contact), an Action Network file leaves them out whatever the flags (Action Network's upload
rules: every uploaded contact opted in). Every writer counts who was left out, and why.
"""

from __future__ import annotations

import csv
import functools
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import IO, Any

from drivekit.domain.places import region_code
from drivekit.domain.validation import split_phone
from drivekit.i18n import N_, _
from drivekit.progress import NullProgress, Progress

COLUMNS = ["first_name", "last_name", "email", "phone", "address", "postcode", "city", "country", "comment",
           "signed_at", "contact_consent"]
# Action Network's own field names (docs/online-tools.md): a file with these headers needs no mapping.
ACTION_NETWORK = ["first_name", "last_name", "email", "zip_code", "can2_phone", "can2_user_address", "can2_user_city",
                  "can2_state_abbreviated", "country"]
CSV_FORMATS = ("drivekit", "actionnetwork")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CONTACT_FIELDS = ("email", "phone", "address")
# A phone number as DriveKit stores it (E.164, maybe ";ext=N"): digits only, nothing a spreadsheet runs.
_PHONE = re.compile(r"\+\d{1,15}(?:;ext=\d{1,10})?")

# Why a signer is not in a file (keys of `TableCounts.left_out`; the words are in `LEFT_OUT_REASONS`).
NO_CONTACT_CONSENT = "no_contact_consent"
NO_EMAIL_OR_PHONE = "no_email_or_phone"
LEFT_OUT_REASONS = {
    NO_CONTACT_CONSENT: N_("did not agree to be contacted (Action Network takes only opted-in contacts)"),
    NO_EMAIL_OR_PHONE: N_("opted in but gave no email and no phone (Action Network would reject the row)"),
}


@dataclass
class TableCounts:
    """What a CSV or OSDI writer did: rows written, signers left out per reason, and how many
    written rows carry an email, a phone or a street address (what the audit log records)."""

    written: int = 0
    left_out: Counter[str] = field(default_factory=Counter)
    with_contacts: int = 0
    withheld_contacts: int = 0  # written without their contact details: they did not opt in


def neutralise(value: Any) -> str:
    """A cell a spreadsheet shows as text: anything that could start a formula gets a leading quote.
    A phone number ("+442079460000") is digits after its plus: left alone, so tools read it as a phone."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_START) and not _PHONE.fullmatch(text):
        return "'" + text
    return text


def _contacts_allowed(row: dict[str, Any], include_contacts: bool) -> bool:
    return include_contacts or bool(row.get("contact_consent"))


def _has_contacts(row: dict[str, Any]) -> bool:
    return bool(row.get("email") or row.get("phone") or row.get("address"))


class _Ticker:
    """Progress in steps of 1000 rows."""

    def __init__(self, progress: Progress | None, total: int, label: str) -> None:
        self.progress, self.n = progress or NullProgress(), 0
        self.progress.start(total, label)

    def tick(self) -> None:
        self.n += 1
        if self.n % 1000 == 0:
            self.progress.advance(1000)

    def done(self) -> None:
        self.progress.advance(self.n % 1000)


def write_csv(out: IO[str], rows: Iterable[dict[str, Any]], fmt: str = "drivekit", include_contacts: bool = False,
              progress: Progress | None = None, total: int = 0) -> TableCounts:
    """Write signers as CSV: DriveKit's columns, or Action Network's upload fields (only opted-in
    signers with an email or a phone, whatever `include_contacts` says)."""
    if fmt not in CSV_FORMATS:
        raise ValueError(_("Unknown CSV format “{fmt}”.").format(fmt=fmt))
    ticker = _Ticker(progress, total, _("Writing CSV"))
    counts = TableCounts()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS if fmt == "drivekit" else ACTION_NETWORK)
    for row in rows:
        ticker.tick()
        if fmt == "actionnetwork":
            if not row.get("contact_consent"):
                counts.left_out[NO_CONTACT_CONSENT] += 1
                continue
            if not (row.get("email") or row.get("phone")):
                counts.left_out[NO_EMAIL_OR_PHONE] += 1
                continue
            cells = [row["first_name"], row["last_name"], row.get("email"), row["postcode"], row.get("phone"),
                     row.get("address"), row["city"], region_code(row.get("country"), row.get("region")),
                     row["country"]]
            counts.with_contacts += 1
        else:
            allowed = _contacts_allowed(row, include_contacts)
            if allowed and _has_contacts(row):
                counts.with_contacts += 1
            elif not allowed and _has_contacts(row):
                counts.withheld_contacts += 1
            signed = row["signed_at"]
            cells = [row["first_name"], row["last_name"], row.get("email") if allowed else "",
                     row.get("phone") if allowed else "", row.get("address") if allowed else "", row["postcode"],
                     row["city"], row["country"], row["comment"], signed.isoformat() if signed else "",
                     "yes" if row.get("contact_consent") else "no"]
        writer.writerow([neutralise(c) for c in cells])
        counts.written += 1
    ticker.done()
    return counts


def _iso(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# phonenumbers' types, in OSDI's words where OSDI has one ("Mobile"), else plain ones.
_NUMBER_TYPES = {"MOBILE": "Mobile", "FIXED_LINE": "Landline", "TOLL_FREE": "Toll free",
                 "PREMIUM_RATE": "Premium rate", "SHARED_COST": "Shared cost", "VOIP": "VoIP",
                 "PERSONAL_NUMBER": "Personal", "PAGER": "Pager", "UAN": "UAN", "VOICEMAIL": "Voicemail"}


def _phone_kind(digits: str) -> tuple[str, str]:
    """(phonenumbers' type name, ISO region) of an E.164 number given as digits.

    phonenumbers.number_type first finds the number's region by testing the number against every
    region sharing its calling code (GB, GG, IM, JE for +44), which took 90 µs a number: 1.4 s for
    15,000 phones in one OSDI file. The stored number is valid, so testing the calling code's main
    region first (one pattern match) gives the same answer for most numbers; only a number that is
    not the main region's (a Jersey or Canadian one) goes the whole way."""
    import phonenumbers
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberType

    for size in (1, 2, 3):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:size] or 0))
        if regions:
            break
    else:
        return "", ""
    code, national = int(digits[:size]), digits[size:]
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(code, regions[0])
    helper = getattr(phonenumbers.phonenumberutil, "_number_type_helper", None)
    kind = helper(national, metadata) if helper and metadata else PhoneNumberType.UNKNOWN
    region = regions[0]
    if kind == PhoneNumberType.UNKNOWN:
        try:
            parsed = phonenumbers.parse("+" + digits)
        except phonenumbers.NumberParseException:
            return "", ""
        kind, region = phonenumbers.number_type(parsed), phonenumbers.region_code_for_number(parsed) or ""
    return PhoneNumberType.to_string(kind) or "", region if len(region) == 2 and region != "ZZ" else ""


@functools.lru_cache(maxsize=65536)
def osdi_phone(stored: str) -> dict[str, Any]:
    """A stored phone number as OSDI's phone_numbers entry: `number` digits with the country code,
    `extension` and `number_type` (from phonenumbers; left out when it cannot tell, e.g. US numbers
    that may be either), `country` (ISO 3166-1)."""
    e164, extension = split_phone(stored)
    digits = e164.lstrip("+")
    entry: dict[str, Any] = {"primary": True, "number": digits}
    if extension:
        entry["extension"] = extension
    kind, region = _phone_kind(digits) if digits.isdigit() else ("", "")
    if _NUMBER_TYPES.get(kind):
        entry["number_type"] = _NUMBER_TYPES[kind]
    if region:
        entry["country"] = region
    return entry


def osdi_person(row: dict[str, Any], include_contacts: bool) -> dict[str, Any]:
    """The signer as an OSDI person; empty optional fields are left out."""
    allowed = _contacts_allowed(row, include_contacts)
    status = "subscribed" if row.get("contact_consent") else "unsubscribed"
    person: dict[str, Any] = {}
    if row.get("first_name"):
        person["given_name"] = row["first_name"]
    if row.get("last_name"):
        person["family_name"] = row["last_name"]
    if allowed and row.get("email"):
        person["email_addresses"] = [{"primary": True, "address": row["email"], "status": status}]
    if allowed and row.get("phone"):
        person["phone_numbers"] = [{**osdi_phone(row["phone"]), "status": status}]
    postal: dict[str, Any] = {"primary": True}
    if allowed and row.get("address"):
        postal["address_lines"] = [row["address"]]
    region = region_code(row.get("country"), row.get("region"))
    for key, value in (("locality", row.get("city")), ("region", region), ("postal_code", row.get("postcode")),
                       ("country", row.get("country"))):
        if value:
            postal[key] = value
    if len(postal) > 1:
        person["postal_addresses"] = [postal]
    return person


def osdi_signature(row: dict[str, Any], include_contacts: bool) -> dict[str, Any]:
    """One signature in the shape of OSDI's Record Signature Helper: the signature's fields with the
    person inlined."""
    sig: dict[str, Any] = {"identifiers": [f"drivekit:{row['uuid']}"], "origin_system": "DriveKit"}
    if row.get("signed_at") is not None:
        sig["action_date"] = _iso(row["signed_at"])
    if row.get("comment"):
        sig["comments"] = row["comment"]
    sig["person"] = osdi_person(row, include_contacts)
    return sig


def osdi_target(target: Any) -> dict[str, Any]:
    """A petition target as OSDI's petition documents it: one `name` ("Jane Doe, CEO, Acme Co")."""
    return {"name": ", ".join(p for p in (target.name, target.role, target.organisation) if p)}


def osdi_petition(petition: dict[str, Any]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "identifiers": [f"drivekit:{petition['id']}"],
        "origin_system": "DriveKit",
        "created_date": _iso(petition.get("created_at")),
        "title": petition["title"],
        "description": petition["text"],
        "petition_text": petition["text"],
        "target": [osdi_target(t) for t in petition["targets"]],
    }
    return {k: v for k, v in doc.items() if v not in (None, "", [])}


def write_osdi(out: IO[str], petition: dict[str, Any], rows: Iterable[dict[str, Any]], include_contacts: bool = False,
               progress: Progress | None = None, total: int = 0) -> TableCounts:
    """An OSDI petition with its signatures embedded as a HAL collection (`_embedded`
    `osdi:signatures`), streamed; `total_signatures` last, once it is known."""
    ticker = _Ticker(progress, total, _("Writing OSDI"))
    counts = TableCounts()
    head = json.dumps(osdi_petition(petition), ensure_ascii=False, indent=1)
    out.write(head[:-2] + ',\n "_embedded": {"osdi:signatures": [\n')
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    for row in rows:
        ticker.tick()
        if counts.written:
            out.write(",\n")
        out.write("  " + dumps(osdi_signature(row, include_contacts)))
        counts.written += 1
        if _has_contacts(row):
            if _contacts_allowed(row, include_contacts):
                counts.with_contacts += 1
            else:
                counts.withheld_contacts += 1
    out.write(f"\n ]}},\n \"total_signatures\": {counts.written}\n}}\n")
    ticker.done()
    return counts
