"""Purge after the retention date: the people go, every count stays, and nothing brings them back."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select

from drivekit.domain.validation import SignerInput
from drivekit.errors import BadInput
from drivekit.export.model import PacketOptions
from drivekit.storage.models import Signature, Withdrawal
from tests.services.test_withdrawal import _file_bytes
from tests.sync.conftest import drive, enrol  # noqa: F401  (fixture)

PEOPLE = [("Hyacinth", "Pendlebury", "hyacinth.p@example.org", "SW1A 1AA", "London"),
          ("Leopold", "Marchbanks", "leo.m@example.net", "SW1P 3BU", "London"),
          ("Ximena", "Altamirano", "ximena.a@example.com", "N1 9GU", "Islington"),
          ("Tobias", "Wetherall", "", "M1 1AE", "Manchester")]


def _fill(svc, cid: str, event_id: str | None = None) -> list:  # type: ignore[no-untyped-def]
    saved = []
    for i, (first, last, email, postcode, city) in enumerate(PEOPLE):
        saved.append(svc.signatures.save(cid, SignerInput(
            first_name=first, last_name=last, email=email, phone=f"07400 12345{i}", address=f"{i} Long Lane",
            postcode=postcode, city=city, comment=f"{first} says keep it", petition_consent=True,
            contact_consent=True, signed_at=datetime(2026, 11, 1 + i % 2, 9 + i, 30, tzinfo=timezone.utc)),
            event_id=event_id, drawing=b'{"width":10,"height":10,"strokes":[[[1,2],[3,4]]]}',
            drawing_format="strokes-json"))
    # and a duplicate of the first signer, so duplicate counts are part of what must stay
    first, last, email, postcode, city = PEOPLE[0]
    saved.append(svc.signatures.save(cid, SignerInput(first_name=first, last_name=last, email=email,
                                                      postcode=postcode, city=city, petition_consent=True),
                                     event_id=event_id))
    return saved


def _by_day_and_area(svc, cid: str) -> list:  # type: ignore[no-untyped-def]
    from drivekit.export.layout import postcode_area

    with svc.db.session() as s:
        rows = s.execute(select(Signature.signed_at, Signature.postcode, Signature.country, Signature.status,
                                Signature.event_id).where(Signature.campaign_id == cid)).all()
    return sorted((r.signed_at.date(), postcode_area(r.postcode or "", r.country or ""), r.status, r.event_id)
                  for r in rows)


def test_a_purge_keeps_every_count_and_erases_every_signer(services, campaign, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.campaigns.add_target(campaign.id, "Westminster", postcode_prefixes=["SW1A"])
    services.campaigns.add_target(campaign.id, "North", postcode_prefixes=["N"])
    event = services.campaigns.add_event(campaign.id, "Rally", date(2026, 11, 1))
    saved = _fill(services, campaign.id, event.id)
    services.signatures.withdraw(saved[1].uuid, reason="Leopold Marchbanks rang us")
    services.retention.set_retention(campaign.id, date(2026, 11, 30))
    before = services.stats.stats(campaign.id), _by_day_and_area(services, campaign.id)
    dashboard = services.dashboard.dashboard(campaign.id)  # its tallies: by day and hour, event, area

    with pytest.raises(BadInput, match="keeps its signers until 2026-11-30; to purge it before that date, add "
                                       "--before-retention-date"):
        services.retention.purge(campaign.id, today=date(2026, 11, 30))
    assert services.retention.due(today=date(2026, 11, 30)) == []
    due = services.retention.due(today=date(2026, 12, 1))
    assert [(d.campaign_id, d.personal) for d in due] == [(campaign.id, 4)]  # the withdrawn one holds nothing

    result = services.retention.purge(campaign.id, today=date(2026, 12, 1))

    assert result.anonymised == 4
    assert (services.stats.stats(campaign.id), _by_day_and_area(services, campaign.id)) == before
    assert services.retention.due(today=date(2026, 12, 1)) == []
    assert services.retention.status(campaign.id).purged_at is not None
    records = services.signatures.list(campaign.id)
    assert {r.postcode for r in records} == {"SW1A", "N1", "M1", None}
    assert all(r.first_name is r.last_name is r.email is r.phone is r.address is r.city is r.comment is None
               and not r.has_drawing and not r.contact_consent for r in records)
    assert all(r.signed_at.minute == r.signed_at.second == r.signed_at.microsecond == 0 for r in records)
    assert replace(services.dashboard.dashboard(campaign.id), generated_at=dashboard.generated_at) == dashboard
    assert services.signatures.list(campaign.id, search="Pendlebury") == []
    with services.db.session() as s:
        assert s.scalars(select(Withdrawal.reason)).all() == [""]
    data = _file_bytes(services.db.sqlite_path) if services.db.is_sqlite else b""  # PostgreSQL: VACUUM
    for first, last, email, _, city in PEOPLE:
        for secret in (first, last, email or first, city if city != "London" else last):
            assert secret.encode() not in data and secret.lower().encode() not in data
    assert b"Long Lane" not in data and b"says keep it" not in data
    assert services.retention.purge(campaign.id, today=date(2026, 12, 2)).anonymised == 0  # idempotent

    # A purged campaign holds counts only: no new people, no lists of people.
    for refused in (lambda: services.signatures.save(campaign.id, SignerInput(first_name="New", petition_consent=True)),
                    lambda: services.signatures.edit(saved[0].uuid, {"first_name": "Back"}),
                    lambda: services.delivery.export_packet(campaign.id, None, tmp_path / "p.pdf", PacketOptions()),
                    lambda: services.delivery.export_table(campaign.id, "csv", tmp_path / "s.csv")):
        with pytest.raises(BadInput, match="was purged on .* it holds only counts now"):
            refused()
    assert not (tmp_path / "p.pdf").exists() and not (tmp_path / "s.csv").exists()
    actions = [e.action for e in services.audit.entries(campaign.id)]
    assert actions[0] == "campaign.purged" and "campaign.retention_set" in actions


def test_a_purge_before_the_date_or_without_one_must_be_asked_for(services, campaign) -> None:  # type: ignore[no-untyped-def]
    _fill(services, campaign.id)
    with pytest.raises(BadInput, match="has no retention date; to purge it anyway, add --before-retention-date"):
        services.retention.purge(campaign.id)
    assert services.retention.status(campaign.id).personal == 5
    result = services.retention.purge(campaign.id, early=True)
    assert result.anonymised == 5
    assert services.audit.entries(campaign.id)[0].details["early"] is True


def test_an_old_bundle_imported_after_the_purge_brings_no_one_back(drive, make_services) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    lap = drive.laptop("laptop", make_services)
    cid = drive.campaign_id
    _fill(lap, cid)
    old = Path(lap.sync.export_bundle(drive.tmp / "old.dkb", cid).path)
    lap.signatures.save(cid, SignerInput(first_name="Latecomer", last_name="Quibblesworth", petition_consent=True))
    late = Path(lap.sync.export_bundle(drive.tmp / "late.dkb", cid).path)
    drive.org.sync.import_bundles([old], key_path=drive.key)
    counted = drive.org.stats.stats(cid)
    drive.org.retention.purge(cid, early=True)

    again = drive.org.sync.import_bundles([old, late], key_path=drive.key)

    assert [r.outcome for r in again] == ["already imported", "imported"]
    everyone = drive.org.signatures.list(cid)
    assert len(everyone) == counted.total + 1
    assert all(r.first_name is None and r.last_name is None and r.email is None for r in everyone)
    assert drive.org.signatures.list(cid, search="Quibblesworth") == []
    with drive.org.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Signature).where(Signature.first_name.isnot(None))) == 0
    # the laptop learns the retention date from the campaign file, and is reminded after it
    drive.org.retention.set_retention(cid, date(2026, 12, 1))
    drive.org.sync.export_campaign(cid, drive.tmp / "c2.dkc", drive.key)
    lap.sync.import_campaign(drive.tmp / "c2.dkc")
    assert [d.campaign_id for d in lap.retention.due(today=date(2026, 12, 2))] == [cid]
