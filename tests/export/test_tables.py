"""CSV and OSDI files: the right columns, formulas neutralised, contact details only where allowed."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

from drivekit.domain.validation import SignerInput
from drivekit.export.tables import ACTION_NETWORK, COLUMNS, neutralise, write_csv, write_osdi


def test_cells_that_could_run_as_formulas_are_neutralised() -> None:
    for evil in ("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "+44 (0)20", "+1;ext=2+3",
                 "+cmd|' /C calc'!A0", "+"):
        assert neutralise(evil) == "'" + evil
    assert neutralise("Anna") == "Anna" and neutralise(None) == "" and neutralise("a=b") == "a=b"


def test_a_phone_number_is_not_mistaken_for_a_formula() -> None:
    # "+" then digits is how DriveKit stores every phone number: quoting it would upload "'+44..." as the number.
    for phone in ("+447400123456", "+12025550143", "+442079460000;ext=123"):
        assert neutralise(phone) == phone


def _csv(services, drive, **kw):  # type: ignore[no-untyped-def]
    out = io.StringIO()
    counts = write_csv(out, services.delivery.signers(drive.campaign_id), **kw)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert counts.written == len(rows) - 1
    return counts, rows


def test_csv_has_the_design_columns_and_only_valid_signers(services, drive) -> None:  # type: ignore[no-untyped-def]
    services.signatures.save(drive.campaign_id, SignerInput(first_name="=cmd|' /C calc'!A0", last_name="-Evil",
                                                            postcode="N1 1AA", country="GB", petition_consent=True))
    counts, rows = _csv(services, drive)
    assert rows[0] == COLUMNS
    assert counts.written == len(drive.names["north"]) + len(drive.names["south"]) + 1
    names = [f"{r[0]} {r[1]}" for r in rows[1:]]
    assert "Wilhelmina Gonewood" not in names and names.count("Dorothea Twice") == 1
    assert ["'=cmd|' /C calc'!A0", "'-Evil"] == rows[-1][:2]
    assert not any(cell.startswith(("=", "-", "@")) for row in rows[1:] for cell in row)
    assert all(r[3] == "" or r[3].startswith("+447") for r in rows[1:])  # phones, not quoted
    assert not counts.left_out


def test_contact_details_only_for_those_who_opted_in_unless_asked(services, drive) -> None:  # type: ignore[no-untyped-def]
    _, rows = _csv(services, drive)
    by_consent = {r[10]: [] for r in rows[1:]}
    for r in rows[1:]:
        by_consent[r[10]].append(r)
    assert all(r[2] == r[3] == r[4] == "" for r in by_consent["no"])
    assert all(r[2].endswith("@example.org") for r in by_consent["yes"])
    _, everything = _csv(services, drive, include_contacts=True)
    assert all(r[2] for r in everything[1:])


def test_action_network_file_has_its_field_names_and_only_opted_in_contacts(services, drive) -> None:  # type: ignore[no-untyped-def]
    signers = list(services.delivery.signers(drive.campaign_id))
    opted_in = [r for r in signers if r["contact_consent"]]
    for include in (False, True):  # whatever the flags
        counts, rows = _csv(services, drive, fmt="actionnetwork", include_contacts=include)
        assert rows[0] == ACTION_NETWORK == ["first_name", "last_name", "email", "zip_code", "can2_phone",
                                             "can2_user_address", "can2_user_city", "can2_state_abbreviated", "country"]
        assert [r[2] for r in rows[1:]] == [r["email"] for r in opted_in]
        assert counts.left_out == {"no_contact_consent": len(signers) - len(opted_in)}
        assert counts.with_contacts == len(opted_in)
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first == {"first_name": "Зоя", "last_name": "Иванова", "email": "signer0@example.org", "zip_code": "N1 9GU",
                     "can2_phone": "+447900900000", "can2_user_address": "0 Secret Lane", "can2_user_city": "London",
                     "can2_state_abbreviated": "", "country": "GB"}


def test_action_network_leaves_out_rows_it_would_reject_and_says_why(services, campaign) -> None:  # type: ignore[no-untyped-def]
    save = services.signatures.save
    save(campaign.id, SignerInput(first_name="Ann", last_name="Post", postcode="N1 9GU", petition_consent=True,
                                  contact_consent=True))  # opted in, but nothing Action Network can reach
    save(campaign.id, SignerInput(first_name="Bo", last_name="Phone", phone="07400 123456", region="Kent",
                                  petition_consent=True, contact_consent=True))
    save(campaign.id, SignerInput(first_name="Cy", last_name="Quiet", email="cy@example.org", petition_consent=True))
    out = io.StringIO()
    counts = write_csv(out, services.delivery.signers(campaign.id), "actionnetwork", include_contacts=True)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [(r["first_name"], r["can2_phone"], r["can2_state_abbreviated"]) for r in rows] == [
        ("Bo", "+447400123456", "KEN")]
    assert counts.written == 1 and counts.left_out == {"no_email_or_phone": 1, "no_contact_consent": 1}


def test_osdi_document_shape(services, drive) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    petition = services.delivery.campaign_summary(drive.campaign_id)
    counts = write_osdi(out, petition, services.delivery.signers(drive.campaign_id))
    doc = json.loads(out.getvalue())
    signatures = doc["_embedded"]["osdi:signatures"]
    assert doc["title"] == "Keep the library open" and doc["total_signatures"] == counts.written == len(signatures)
    assert doc["target"] == [{"name": "Cllr North, Council leader, North Council"}, {"name": "Cllr South, Mayor"}]
    first = signatures[0]
    assert set(first) == {"person", "action_date", "comments", "identifiers", "origin_system"}
    person = first["person"]
    assert set(person) == {"given_name", "family_name", "email_addresses", "postal_addresses", "phone_numbers"}
    assert person["given_name"] == "Зоя"
    assert person["email_addresses"] == [{"primary": True, "address": "signer0@example.org", "status": "subscribed"}]
    assert person["phone_numbers"] == [{"primary": True, "number": "447900900000", "number_type": "Mobile",
                                        "country": "GB", "status": "subscribed"}]
    assert person["postal_addresses"] == [{"primary": True, "address_lines": ["0 Secret Lane"], "locality": "London",
                                           "postal_code": "N1 9GU", "country": "GB"}]
    assert datetime.strptime(first["action_date"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).day == 1
    second = signatures[1]["person"]  # did not opt in to contact: no contact details, no empty lists either
    assert "email_addresses" not in second and "phone_numbers" not in second
    assert second["postal_addresses"] == [{"primary": True, "locality": "London", "postal_code": "N7 6AB",
                                           "country": "GB"}]
    assert counts.withheld_contacts == counts.written - counts.with_contacts > 0


def test_osdi_marks_contacts_of_signers_who_did_not_opt_in_unsubscribed(services, drive) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    petition = services.delivery.campaign_summary(drive.campaign_id)
    counts = write_osdi(out, petition, services.delivery.signers(drive.campaign_id), include_contacts=True)
    people = [s["person"] for s in json.loads(out.getvalue())["_embedded"]["osdi:signatures"]]
    consent = [r["contact_consent"] for r in services.delivery.signers(drive.campaign_id)]
    for person, opted_in in zip(people, consent, strict=True):
        statuses = {e["status"] for e in person.get("email_addresses", []) + person.get("phone_numbers", [])}
        assert statuses <= ({"subscribed"} if opted_in else {"unsubscribed"})
    assert sum(1 for p in people if "email_addresses" in p) == len(drive.emails)
    assert counts.withheld_contacts == 0


def test_osdi_region_phone_type_and_extension(services, campaign) -> None:  # type: ignore[no-untyped-def]
    from drivekit.export.tables import osdi_person

    save = services.signatures.save
    for first, extra in (("Ca", {"country": "US", "region": "California", "postcode": "95014",
                                 "phone": "(202) 555-0143 ext 7"}),
                         ("By", {"country": "DE", "region": "Bayern", "postcode": "80331", "phone": "030 1234567"}),
                         ("Kt", {"country": "GB", "region": "somewhere nice", "postcode": "CT1 1AA",
                                 "phone": "07400 123456"})):
        save(campaign.id, SignerInput(first_name=first, petition_consent=True, contact_consent=True, **extra))
    people = {r["first_name"]: osdi_person(r, False) for r in services.delivery.signers(campaign.id)}
    assert people["Ca"]["postal_addresses"][0]["region"] == "CA"
    assert people["Ca"]["phone_numbers"] == [{"primary": True, "number": "12025550143", "extension": "7",
                                              "country": "US", "status": "subscribed"}]  # US: type unknowable
    assert people["By"]["postal_addresses"][0]["region"] == "BY"
    assert people["By"]["phone_numbers"][0]["number_type"] == "Landline"
    assert "region" not in people["Kt"]["postal_addresses"][0]  # not an ISO 3166-2 subdivision: left out
    assert people["Kt"]["phone_numbers"][0]["number_type"] == "Mobile"
    assert all(p["phone_numbers"][0]["number"].isdigit() for p in people.values())


def test_each_export_with_contact_details_is_audited_without_personal_data(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from drivekit.storage.models import AuditEntry

    an = services.delivery.export_table(drive.campaign_id, "csv", tmp_path / "an.csv", csv_format="actionnetwork",
                                        include_contacts=True)
    osdi = services.delivery.export_table(drive.campaign_id, "osdi", tmp_path / "o.json", include_contacts=True)
    with services.db.session() as s:
        entries = list(s.execute(select(AuditEntry.action, AuditEntry.details).order_by(AuditEntry.id)))
    (a_action, a_details), (o_action, o_details) = entries[-2:]
    assert a_action == "csv.exported" and a_details["format"] == "actionnetwork"
    assert a_details["contact_details"] == an.count > 0 and a_details["left_out"] == an.left_out
    assert a_details["include_contacts"] is False  # the flag changes nothing in an Action Network file
    assert o_action == "osdi.exported" and o_details["contact_details"] == osdi.with_contacts > 0
    assert o_details["include_contacts"] is True and o_details["left_out"] == {"withdrawn": 1, "duplicate": 1}
    logged = json.dumps([a_details, o_details], ensure_ascii=False)
    assert not any(secret in logged for secret in [*drive.emails, *drive.phones, "Secret Lane", "Зоя", "London"])
