"""Dashboard figures: by hand on a small fixed drive, and the trigger-kept tallies against the
signatures after every kind of write (SQLite and PostgreSQL)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from drivekit.domain.figures import NextMilestone
from drivekit.domain.validation import SignerInput
from drivekit.services.records import Figure
from drivekit.storage.models import Campaign, Event, Signature, SignatureTally, Volunteer
from tests.tallies import assert_tallies_match

UTC = timezone.utc


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 10, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def drive(services):  # type: ignore[no-untyped-def]
    """Eight signatures a person can count on their fingers (see the expectations below)."""
    c = services.campaigns.create("Keep the library open", "We ask the council.", 8, "Friends", "GB")
    market = services.campaigns.add_event(c.id, "Market", date(2026, 10, 3))
    rally = services.campaigns.add_event(c.id, "Rally", date(2026, 10, 4))
    services.campaigns.add_event(c.id, "Door-knock")
    ann = services.campaigns.add_volunteer(c.id, "Ann")
    bob = services.campaigns.add_volunteer(c.id, "Bob")
    services.campaigns.add_target(c.id, "North London", postcode_prefixes=["N1"])
    services.campaigns.add_target(c.id, "Southwark", postcode_prefixes=["se 1"])
    services.campaigns.add_target(c.id, "Everyone")

    def sign(when: datetime, first: str, last: str, postcode: str, event=None, volunteer=None, email: str = ""):  # type: ignore[no-untyped-def]
        return services.signatures.save(c.id, SignerInput(
            first_name=first, last_name=last, postcode=postcode, email=email, petition_consent=True, signed_at=when),
            event_id=event.id if event else None, volunteer_id=volunteer.id if volunteer else None)

    sign(at(3, 10, 15), "Amy", "Archer", "N1 9GU", market, ann, "amy@example.org")
    sign(at(3, 10, 40), "Ben", "Brook", "N1 9GT", market, ann)
    sign(at(3, 11, 5), "Cal", "Cole", "SE1 7PB", market, ann)
    sign(at(4, 14, 20), "Dee", "Dale", "SE1 7PB", rally, bob)
    sign(at(4, 15, 10), "Eve", "East", "E1 6AN", rally, bob)
    sign(at(6, 9, 30), "Fay", "Ford", "N1 9GU")
    again = sign(at(3, 11, 30), "Amy", "A.", "N1 9GU", market, ann, "AMY@example.org")
    gone = sign(at(4, 15, 30), "Gus", "Grant", "SE1 7PB", rally, bob)
    assert again.status == "possible_duplicate"
    services.signatures.withdraw(gone.uuid, "asked by phone")
    return c, again


def test_figures_are_those_counted_by_hand(services, drive) -> None:  # type: ignore[no-untyped-def]
    c, _ = drive
    d = services.dashboard.dashboard(c.id, tz=UTC)
    assert (d.total, d.valid, d.unique_signers, d.possible_duplicates, d.duplicates, d.withdrawn) == (8, 7, 6, 1, 0, 1)
    assert (d.goal, d.percent, d.milestones) == (8, 75, (25, 50, 75))
    assert d.next_milestone == NextMilestone(100, 8, 2)
    assert d.by_day == ((date(2026, 10, 3), 3), (date(2026, 10, 4), 2), (date(2026, 10, 5), 0), (date(2026, 10, 6), 1))
    hours = [0] * 24
    hours[9], hours[10], hours[11], hours[14], hours[15] = 1, 2, 1, 1, 1
    assert d.by_hour == tuple(hours)
    assert d.by_event == (Figure("Market", 3), Figure("Rally", 2), Figure("Door-knock", 0), Figure("(no event)", 1))
    assert d.by_volunteer == (Figure("Ann", 3), Figure("Bob", 2), Figure("(no volunteer)", 1))
    assert d.by_target == (Figure("Everyone", 6), Figure("North London", 3), Figure("Southwark", 2))


def test_days_and_hours_are_local(services, drive) -> None:  # type: ignore[no-untyped-def]
    c, _ = drive
    d = services.dashboard.dashboard(c.id, tz=ZoneInfo("America/New_York"))  # UTC-4 in October
    assert [h for h, n in enumerate(d.by_hour) if n] == [5, 6, 7, 10, 11]
    samoa = services.dashboard.dashboard(c.id, tz=ZoneInfo("Pacific/Kiritimati"))  # UTC+14: the next day
    assert samoa.by_day[0] == (date(2026, 10, 4), 3)


def test_stats_carries_the_same_figures(services, drive) -> None:  # type: ignore[no-untyped-def]
    c, again = drive
    services.signatures.review(again.uuid, same_person=True)
    st = services.stats.stats(c.id, tz=UTC)
    assert (st.total, st.valid, st.unique_signers, st.duplicates, st.withdrawn) == (8, 6, 6, 1, 1)
    assert st.by_day == {"2026-10-03": 3, "2026-10-04": 2, "2026-10-06": 1}
    assert st.by_event == {"Market": 3, "Rally": 2, "Door-knock": 0, "(no event)": 1}
    assert st.by_volunteer == {"Ann": 3, "Bob": 2, "(no volunteer)": 1}
    assert st.by_target == {"Everyone": 6, "North London": 3, "Southwark": 2}


def test_milestones_are_passed_as_signers_arrive(services) -> None:  # type: ignore[no-untyped-def]
    c = services.campaigns.create("T", "text", 3)
    seen = []
    for i in range(4):
        services.signatures.save(c.id, SignerInput(first_name=f"P{i}", last_name="Q", petition_consent=True))
        d = services.dashboard.dashboard(c.id)
        seen.append((d.unique_signers, d.percent, d.milestones))
    assert seen == [(1, 33, (25,)), (2, 66, (25, 50)), (3, 100, (25, 50, 75, 100)), (4, 133, (25, 50, 75, 100))]


def test_a_prefix_finer_than_the_tally_is_counted_from_the_signatures(services, drive) -> None:  # type: ignore[no-untyped-def]
    c, _ = drive
    services.campaigns.add_target(c.id, "One street", postcode_prefixes=["N1 9GU"])
    d = services.dashboard.dashboard(c.id, tz=UTC)
    assert Figure("One street", 2) in d.by_target  # Amy and Fay (Amy's second signature is a duplicate)


def _csv(path: Path, rows: list[list[str]]) -> Path:
    head = "first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,contact_consent\n"
    path.write_text(head + "".join(",".join(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_tallies_stay_right_through_every_kind_of_write(services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(19)
    c = services.campaigns.create("Random drive", "text", 100)
    other = services.campaigns.create("Other drive", "text", 10)
    events = [services.campaigns.add_event(c.id, f"Event {i}", date(2026, 9, 1 + i)) for i in range(3)]
    people = [services.campaigns.add_volunteer(c.id, f"Vol {i}") for i in range(3)]
    postcodes = ["N1 9GU", "N1 9GT", "SE1 7PB", "E1 6AN", "M2 5BQ", "sw1a-1aa", ""]
    names = ["Ana", "Ben", "Cal", "Dee", "Eve"]
    saved = []
    for i in range(60):
        into = rng.choice([c, c, c, other]) if i % 7 else other
        saved.append(services.signatures.save(
            into.id,
            SignerInput(first_name=rng.choice(names), last_name=rng.choice(names), postcode=rng.choice(postcodes),
                        email=rng.choice(["", "", "x@example.org", "y@example.org"]), petition_consent=True,
                        signed_at=datetime(2026, 9, 1, tzinfo=UTC) + timedelta(minutes=rng.randrange(20000))),
            event_id=rng.choice([None, *[e.id for e in events]]) if into is c else None,
            volunteer_id=rng.choice([None, *[v.id for v in people]])))
    report = services.imports.import_csv(c.id, _csv(tmp_path / "sheet.csv", [
        [rng.choice(names), rng.choice(names), "", "", "", rng.choice(postcodes), "London", "GB", "",
         f"2026-09-0{1 + i % 9}T{10 + i % 12}:30:00Z", "0"] for i in range(30)]), event_id=events[0].id)
    assert report.imported == 30
    assert_tallies_match(services.db)
    mine = [r for r in services.signatures.list(c.id) if r.status != "withdrawn"]
    for r in rng.sample(mine, 10):  # corrections move signatures between postcode areas
        services.signatures.edit(r.uuid, {"postcode": rng.choice(postcodes[:-1]), "last_name": "Edited"})
    for r in services.signatures.list(c.id, status="possible_duplicate")[:6]:
        services.signatures.review(r.uuid, same_person=rng.random() < 0.5)
    for r in rng.sample([r for r in services.signatures.list(c.id) if r.status != "withdrawn"], 8):
        services.signatures.withdraw(r.uuid)
    assert_tallies_match(services.db)
    with services.db.session() as s:  # an event and a volunteer deleted: their signatures keep counting, unassigned
        s.delete(s.get(Event, events[1].id))
        s.delete(s.get(Volunteer, people[2].id))
    with services.db.session() as s:  # a purge anonymising rows in place: names blank, day only, postcode area
        for sig in s.scalars(select(Signature).where(Signature.campaign_id == c.id)).all()[:25]:
            sig.first_name = sig.last_name = sig.email = None
            sig.signed_at = sig.signed_at.replace(hour=0, minute=0, second=0, microsecond=0)
            sig.postcode = (sig.postcode or "").split(" ")[0] or None
        s.execute(update(Signature).where(Signature.campaign_id == other.id).values(event_id=None))
    assert_tallies_match(services.db)
    st = services.stats.stats(c.id)
    with services.db.session() as s:
        statuses = [r for (r,) in s.execute(select(Signature.status).where(Signature.campaign_id == c.id))]
    assert (st.total, st.unique_signers, st.withdrawn) == (len(statuses), statuses.count("valid"),
                                                           statuses.count("withdrawn"))
    assert sum(st.by_day.values()) == sum(st.by_event.values()) == sum(st.by_volunteer.values()) == st.unique_signers
    with services.db.session() as s:  # a campaign deleted takes its signatures and their counts with it
        s.delete(s.get(Campaign, other.id))
    assert_tallies_match(services.db)
    with services.db.session() as s:
        assert s.scalar(select(func.count()).select_from(SignatureTally).where(
            SignatureTally.campaign_id == other.id)) == 0


def test_a_purge_keeps_every_count_but_the_hour(services, drive) -> None:  # type: ignore[no-untyped-def]
    c, _ = drive
    before = services.dashboard.dashboard(c.id, tz=UTC)
    services.retention.purge(c.id, early=True)
    assert_tallies_match(services.db)
    after = services.dashboard.dashboard(c.id, tz=UTC)
    assert (after.total, after.unique_signers, after.withdrawn, after.possible_duplicates) == (
        before.total, before.unique_signers, before.withdrawn, before.possible_duplicates)
    assert (after.by_day, after.by_event, after.by_volunteer, after.by_target) == (
        before.by_day, before.by_event, before.by_volunteer, before.by_target)
    assert after.by_hour[0] == after.unique_signers  # only the day is kept: midnight UTC


def test_report_holds_the_campaigns_figures_and_never_overwrites_unasked(services, drive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from drivekit.errors import BadInput

    c, _ = drive
    out = services.dashboard.export_report(c.id, tmp_path / "report.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "6 unique signers" in text and "of a goal of 8: 75 %" in text
    assert "Event Unique signers Market 3 Rally 2 Door-knock 0 (no event) 1" in text
    assert "Target Unique signers Everyone 6 North London 3 Southwark 2" in text
    assert "Amy" not in text and "Archer" not in text  # counts, never signers
    before = out.read_bytes()
    with pytest.raises(BadInput, match="already exists"):
        services.dashboard.export_report(c.id, out)
    assert out.read_bytes() == before
    services.dashboard.export_report(c.id, out, force=True)
    if services.db.sqlite_path is not None:
        with pytest.raises(BadInput, match="open database"):
            services.dashboard.export_report(c.id, services.db.sqlite_path, force=True)


def test_two_writers_on_a_postgresql_hub_never_wait_on_each_others_counts(services) -> None:  # type: ignore[no-untyped-def]
    """Importers on a hub write new signatures side by side (sync/engine/hub_merge.py): the tallies
    they both touch must not make one wait for the other's commit (migration 0010, shards)."""
    import uuid as uuid_module

    from sqlalchemy import insert, text

    if services.db.is_sqlite:
        pytest.skip("SQLite has one writer at a time")
    c = services.campaigns.create("Hub", "text", 10)
    row = {"campaign_id": c.id, "signed_at": at(3, 10), "status": "valid", "postcode": "N1 9GU"}
    first = services.db.engine.connect()
    second = None
    spare = []
    try:
        first.begin()
        first.execute(insert(Signature.__table__), {**row, "uuid": str(uuid_module.uuid4())})
        mine = first.execute(text("SELECT pg_backend_pid() % 16")).scalar()
        while second is None:  # another server process, in another shard
            conn = services.db.engine.connect()
            if conn.execute(text("SELECT pg_backend_pid() % 16")).scalar() != mine:
                second = conn
            else:
                spare.append(conn)
        second.execute(text("SET LOCAL lock_timeout = '3s'"))
        second.execute(insert(Signature.__table__), {**row, "uuid": str(uuid_module.uuid4())})  # no wait
        second.commit()
        first.commit()
    finally:
        for conn in (first, second, *spare):
            if conn is not None:
                conn.close()
    assert services.dashboard.dashboard(c.id, tz=UTC).by_hour[10] == 2
    assert_tallies_match(services.db)
