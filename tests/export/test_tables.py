"""CSV and OSDI files: the right columns, formulas neutralised, contact details only where allowed."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

from drivekit.domain.validation import SignerInput
from drivekit.export.tables import ACTION_NETWORK, COLUMNS, neutralise, write_csv, write_osdi


def test_cells_that_could_run_as_formulas_are_neutralised() -> None:
    for evil in ("=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"):
        assert neutralise(evil) == "'" + evil
    assert neutralise("Anna") == "Anna" and neutralise(None) == "" and neutralise("a=b") == "a=b"


def _csv(services, drive, **kw):  # type: ignore[no-untyped-def]
    out = io.StringIO()
    n = write_csv(out, services.delivery.signers(drive.campaign_id), **kw)
    return n, list(csv.reader(io.StringIO(out.getvalue())))


def test_csv_has_the_design_columns_and_only_valid_signers(services, drive) -> None:  # type: ignore[no-untyped-def]
    services.signatures.save(drive.campaign_id, SignerInput(first_name="=cmd|' /C calc'!A0", last_name="-Evil",
                                                            postcode="N1 1AA", country="GB", petition_consent=True))
    n, rows = _csv(services, drive)
    assert rows[0] == COLUMNS
    assert n == len(rows) - 1 == len(drive.names["north"]) + len(drive.names["south"]) + 1
    names = [f"{r[0]} {r[1]}" for r in rows[1:]]
    assert "Wilhelmina Gonewood" not in names and names.count("Dorothea Twice") == 1
    assert ["'=cmd|' /C calc'!A0", "'-Evil"] == rows[-1][:2]
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows[1:] for cell in row)


def test_contact_details_only_for_those_who_opted_in_unless_asked(services, drive) -> None:  # type: ignore[no-untyped-def]
    _, rows = _csv(services, drive)
    by_consent = {r[10]: [] for r in rows[1:]}
    for r in rows[1:]:
        by_consent[r[10]].append(r)
    assert all(r[2] == r[3] == r[4] == "" for r in by_consent["no"])
    assert all(r[2].endswith("@example.org") for r in by_consent["yes"])
    _, everything = _csv(services, drive, include_contacts=True)
    assert all(r[2] for r in everything[1:])


def test_action_network_headers(services, drive) -> None:  # type: ignore[no-untyped-def]
    _, rows = _csv(services, drive, fmt="actionnetwork")
    assert rows[0] == ACTION_NETWORK
    assert rows[1][3] == "N1 9GU"


def test_osdi_document_shape(services, drive) -> None:  # type: ignore[no-untyped-def]
    out = io.StringIO()
    petition = services.delivery.campaign_summary(drive.campaign_id)
    n = write_osdi(out, petition, services.delivery.signers(drive.campaign_id))
    doc = json.loads(out.getvalue())
    assert doc["title"] == "Keep the library open" and doc["total_signatures"] == n == len(doc["signatures"])
    assert {t["name"] for t in doc["target"]} == {"Cllr North", "Cllr South"}
    first = doc["signatures"][0]
    assert set(first) >= {"person", "action_date", "comments", "identifiers"}
    person = first["person"]
    assert set(person) == {"given_name", "family_name", "email_addresses", "postal_addresses", "phone_numbers"}
    assert person["given_name"] == "Зоя" and person["email_addresses"][0]["address"] == "signer0@example.org"
    assert person["postal_addresses"][0]["postal_code"] == "N1 9GU"
    assert datetime.strptime(first["action_date"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).day == 1
    second = doc["signatures"][1]["person"]  # did not opt in to contact
    assert second["email_addresses"] == [] and second["phone_numbers"] == []
    assert "address_lines" not in second["postal_addresses"][0]
