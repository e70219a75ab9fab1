"""Saving, duplicate detection, search and stats through the service layer."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta, timezone

import pytest

from drivekit.domain.validation import SignerInput
from drivekit.errors import BadInput, NotFound, ValidationError

T0 = datetime(2026, 10, 1, 12, 0, tzinfo=timezone.utc)


def sign(services, campaign, minutes=0, **fields):  # type: ignore[no-untyped-def]
    return services.signatures.save(campaign.id, SignerInput(petition_consent=True, signed_at=T0 + timedelta(minutes=minutes), **fields))


def test_saved_signature_is_stored_normalised(services, campaign) -> None:  # type: ignore[no-untyped-def]
    saved = sign(services, campaign, first_name=" Zoë ", last_name="Łukasiewicz", email="Zoe@EXAMPLE.org",
                 phone="07400 123456", postcode="sw1a1aa", city="London", comment="Keep it open!")
    record = services.signatures.get(saved.uuid)
    assert (record.first_name, record.email, record.phone, record.postcode, record.country) == (
        "Zoë", "Zoe@example.org", "+447400123456", "SW1A 1AA", "GB")
    assert record.status == "valid" and record.source == "volunteer" and record.contact_consent is False
    assert record.signed_at == T0


def test_invalid_signature_is_not_saved(services, campaign) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        sign(services, campaign, last_name="Teller", email="nope")
    assert services.stats.stats(campaign.id).total == 0


def test_unknown_campaign_and_event_are_refused(services, campaign) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound):
        services.signatures.save("no-such-campaign", SignerInput(last_name="A", petition_consent=True))
    with pytest.raises(BadInput, match="No event"):
        services.signatures.save(campaign.id, SignerInput(last_name="A", petition_consent=True), event_id="nope")


def test_same_email_is_a_possible_duplicate(services, campaign) -> None:  # type: ignore[no-untyped-def]
    sign(services, campaign, first_name="Ana", last_name="Lopes", email="ana@example.org")
    again = sign(services, campaign, 5, first_name="Ana Maria", last_name="Lopes", email="ANA@example.org")
    assert again.status == "possible_duplicate"
    stats = services.stats.stats(campaign.id)
    assert (stats.total, stats.valid, stats.unique_signers, stats.duplicates) == (2, 2, 1, 1)


def test_same_name_and_postcode_is_a_possible_duplicate(services, campaign) -> None:  # type: ignore[no-untyped-def]
    sign(services, campaign, first_name="Seán", last_name="O'Brien", postcode="N1 9GU")
    again = sign(services, campaign, 5, first_name="SEAN", last_name="obrien", postcode="n19gu")
    other = sign(services, campaign, 6, first_name="Sean", last_name="O'Brien", postcode="N1 9GT")
    assert again.status == "possible_duplicate"
    assert other.status == "valid"


def test_the_first_signed_counts_whatever_the_order_of_arrival(make_services) -> None:  # type: ignore[no-untyped-def]
    people = [("Ana", "Lopes", "ana@example.org", 30), ("Ana", "Lopes", "ana@example.org", 10), ("Ana", "Lopes", "", 20)]
    outcomes = set()
    for n, order in enumerate(itertools.permutations(people)):
        svc = make_services(f"order{n}")
        c = svc.campaigns.create("T", "text", 10)
        for first, last, email, minute in order:
            sign(svc, c, minute, first_name=first, last_name=last, email=email, postcode="N1 9GU")
        rows = svc.signatures.list(c.id)
        outcomes.add(tuple((r.signed_at, r.status) for r in rows))
    assert len(outcomes) == 1
    (only,) = outcomes
    assert [status for _, status in only] == ["valid", "possible_duplicate", "possible_duplicate"]


def test_review_confirms_or_clears_a_duplicate(services, campaign) -> None:  # type: ignore[no-untyped-def]
    sign(services, campaign, first_name="John", last_name="Smith", postcode="M2 5BQ")
    son = sign(services, campaign, 1, first_name="John", last_name="Smith", postcode="M2 5BQ")
    twin = sign(services, campaign, 2, first_name="John", last_name="Smith", postcode="M2 5BQ")
    services.signatures.review(son.uuid, same_person=False)
    services.signatures.review(twin.uuid, same_person=True)
    stats = services.stats.stats(campaign.id)
    assert (stats.unique_signers, stats.valid, stats.duplicates) == (2, 2, 1)
    assert services.signatures.duplicate_pairs(campaign.id) == []


def test_edit_changes_fields_and_is_audited_without_personal_data(services, campaign) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from drivekit.storage.models import AuditEntry

    saved = sign(services, campaign, first_name="Jon", last_name="Smyth", postcode="M2 5BQ")
    record = services.signatures.edit(saved.uuid, {"first_name": "John", "last_name": "Smith"})
    assert record.full_name == "John Smith"
    assert services.signatures.list(campaign.id, search="smith")[0].uuid == saved.uuid
    with services.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "signature.edited")).one()
        assert entry.details == {"signature": saved.uuid, "fields": ["first_name", "last_name"]}
    with pytest.raises(ValidationError):
        services.signatures.edit(saved.uuid, {"email": "bad"})


@pytest.mark.parametrize(("query", "expected"), [
    ("kasie", {"Łukasiewicz"}), ("LUKAS", {"Łukasiewicz"}), ("zoe luk", {"Łukasiewicz"}), ("петр", {"Петров"}),
    ("sw1a", {"Łukasiewicz"}), ("sw1a 1a", {"Łukasiewicz"}), ("london", {"Łukasiewicz", "O'Brien"}), ("山田", {"山田"}),
    ("o'b", {"O'Brien"}), ('"', set()), ("a*", set()), ("OR", set()), ("NEAR(", set()),
])
def test_search_finds_substrings_in_any_script(services, campaign, query: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    sign(services, campaign, first_name="Zoë", last_name="Łukasiewicz", postcode="SW1A 1AA", city="London")
    sign(services, campaign, first_name="Иван", last_name="Петров", postcode="75001", city="Paris", country="FR")
    sign(services, campaign, first_name="Seán", last_name="O'Brien", postcode="N1 9GU", city="London")
    sign(services, campaign, first_name="さくら", last_name="山田", postcode="154-0023", city="Tokyo", country="JP")
    assert {r.last_name for r in services.signatures.list(campaign.id, search=query)} == expected


def test_stats_by_event_and_target(services, campaign) -> None:  # type: ignore[no-untyped-def]
    north = services.campaigns.add_target(campaign.id, "MP North", postcode_prefixes=["N", "nw"])
    services.campaigns.add_target(campaign.id, "Council")
    rally = services.campaigns.add_event(campaign.id, "Rally")
    services.signatures.save(campaign.id, SignerInput(last_name="A", postcode="N1 9GU", petition_consent=True), event_id=rally.id)
    services.signatures.save(campaign.id, SignerInput(last_name="B", postcode="NW3 2AB", petition_consent=True), event_id=rally.id)
    services.signatures.save(campaign.id, SignerInput(last_name="C", postcode="SW1A 1AA", petition_consent=True))
    stats = services.stats.stats(campaign.id)
    assert stats.by_target == {"Council": 3, "MP North": 2}
    assert stats.by_event == {"Rally": 2, "(no event)": 1}
    assert north.postcode_prefixes == ["N", "NW"]


def test_ids_and_fetch_page_through_a_sorted_list(services, campaign) -> None:  # type: ignore[no-untyped-def]
    for i, name in enumerate(["Carter", "Adams", "Baker"]):
        sign(services, campaign, i, last_name=name)
    ids = services.signatures.ids(campaign.id, order_by="last_name")
    assert [r.last_name for r in services.signatures.fetch(ids)] == ["Adams", "Baker", "Carter"]
    desc = services.signatures.ids(campaign.id, order_by="last_name", descending=True)
    assert [r.last_name for r in services.signatures.fetch(desc[:2])] == ["Carter", "Baker"]


def test_count_today_counts_this_event(services, campaign) -> None:  # type: ignore[no-untyped-def]
    rally = services.campaigns.add_event(campaign.id, "Rally")
    for name in ("A", "B"):
        services.signatures.save(campaign.id, SignerInput(last_name=name, petition_consent=True), event_id=rally.id)
    services.signatures.save(campaign.id, SignerInput(last_name="C", petition_consent=True))
    assert services.signatures.count_today(campaign.id, rally.id) == 2
    assert services.signatures.count_today(campaign.id) == 3


def test_a_field_saved_before_the_rules_tightened_never_blocks_another_correction(services, campaign) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from drivekit.errors import ValidationError

    saved = services.signatures.save(campaign.id, SignerInput(
        first_name="Ola", last_name="Nordmann", phone="07400 123456", postcode="SW1A 1AA", country="GB",
        petition_consent=True, contact_consent=True))
    with services.db.session() as s:  # what an older DriveKit accepted: a drama-range number, a trailing word
        s.execute(text("UPDATE signature SET phone = '+447700900123', postcode = 'SW1A 1AA 1AA' WHERE uuid = :u"),
                  {"u": saved.uuid})
    # The signer asks not to be contacted any more: that must go through, and nothing else changes.
    rec = services.signatures.edit(saved.uuid, {"contact_consent": False})
    assert (rec.contact_consent, rec.phone, rec.postcode) == (False, "+447700900123", "SW1A 1AA 1AA")
    # What is changed is held to today's rules, and only that is reported.
    with pytest.raises(ValidationError) as err:
        services.signatures.edit(saved.uuid, {"phone": "07700 900124", "city": "London"})
    assert set(err.value.errors) == {"phone"}
    rec = services.signatures.edit(saved.uuid, {"postcode": "sw1a1aa"})
    assert (rec.postcode, rec.phone) == ("SW1A 1AA", "+447700900123")
    # A new country reads the old postcode by its rules: no stale postcode slips through with it.
    with services.db.session() as s:
        s.execute(text("UPDATE signature SET postcode = 'SW1A 1AA 1AA' WHERE uuid = :u"), {"u": saved.uuid})
    with pytest.raises(ValidationError) as err:
        services.signatures.edit(saved.uuid, {"country": "FR"})
    assert "postcode" in err.value.errors
