"""The Delivery page's counts (packets per target, signatures outside every target) and each campaign's
own count come from the tallies, and agree with counting the signatures themselves, row by row."""

from __future__ import annotations

from drivekit.domain.statuses import DUPLICATE, POSSIBLE_DUPLICATE, WITHDRAWN
from drivekit.domain.validation import SignerInput
from drivekit.storage.models import VALID

POSTCODES = ["SW1A 1AA", "SW1A 2AA", "N1 9GU", "M1 1AE", "E1 6AN", "EC1A 1BB", "NW1 4RY", "B1 1AA", "L1 8JQ", ""]
TARGETS = {
    "Westminster": ["SW1A"],
    "North and east": ["n", "E "],  # case and spaces ignored, as in the packet itself
    "Fine areas": ["nw1", "EC1A-1"],  # five letters and digits: the tally's own length
    "One street": ["SW1A1A"],  # finer than the tally: counted from the signatures
}


def _key(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _by_hand(services, campaign_id: str) -> tuple[dict[str, int], int]:  # type: ignore[no-untyped-def]
    """Each target's valid signatures and those in no target, counted in Python from every row."""
    rows = [(r.status, _key(r.postcode or "")) for r in services.signatures.list(campaign_id, limit=10_000)]
    valid = [key for status, key in rows if status == VALID]
    counts = {name: sum(1 for key in valid if any(key.startswith(_key(p)) for p in prefixes))
              for name, prefixes in TARGETS.items()}
    outside = sum(1 for key in valid if not any(key.startswith(_key(p)) for ps in TARGETS.values() for p in ps))
    return counts, outside


def test_target_counts_match_the_signatures_with_withdrawals_and_duplicates(services, campaign) -> None:  # type: ignore[no-untyped-def]
    for name, prefixes in TARGETS.items():
        services.campaigns.add_target(campaign.id, name, "", "", prefixes)
    saved = []
    for i in range(60):
        postcode = POSTCODES[i % len(POSTCODES)]
        saved.append(services.signatures.save(campaign.id, SignerInput(
            first_name=f"Ana{i % 40}", last_name="Silva", postcode=postcode, country="GB", petition_consent=True)))
    for s in saved[:6]:  # withdrawals, in several targets' areas
        services.signatures.withdraw(s.uuid, "asked by phone")
    possible = [r for r in services.signatures.list(campaign.id, limit=10_000) if r.status == POSSIBLE_DUPLICATE]
    assert possible, "the data must hold duplicates"
    services.signatures.review(possible[0].uuid, same_person=True)
    statuses = {r.status for r in services.signatures.list(campaign.id, limit=10_000)}
    assert {VALID, WITHDRAWN, DUPLICATE} <= statuses

    expected, outside = _by_hand(services, campaign.id)
    # The campaign's own count (chooser, `campaign list`) is every signature, whatever its status.
    assert services.campaigns.get(campaign.id).signatures == 60
    assert [c.signatures for c in services.campaigns.list()] == [60]
    plans = services.delivery.plan(campaign.id)
    assert {p.target.name: p.count for p in plans if p.target} == expected
    assert services.delivery.outside_targets(campaign.id) == outside > 0
    for plan in plans:
        assert plan.target is not None
        assert services.delivery.count(campaign.id, plan.target.id) == expected[plan.target.name]
    chosen = [p.target.id for p in plans if p.target and p.target.name == "One street"]
    assert [p.count for p in services.delivery.plan(campaign.id, chosen)] == [expected["One street"]]
    assert services.delivery.count(campaign.id) == sum(1 for r in services.signatures.list(campaign.id, limit=10_000)
                                                       if r.status == VALID)


def test_a_target_without_areas_takes_everyone_and_leaves_no_one_outside(services, campaign) -> None:  # type: ignore[no-untyped-def]
    for i, postcode in enumerate(POSTCODES):
        services.signatures.save(campaign.id, SignerInput(first_name=f"Bo{i}", last_name="Lee", postcode=postcode,
                                                          country="GB", petition_consent=True))
    assert [(p.target, p.count) for p in services.delivery.plan(campaign.id)] == [(None, len(POSTCODES))]
    assert services.delivery.outside_targets(campaign.id) == 0  # no targets: nobody is left out of "everyone"
    services.campaigns.add_target(campaign.id, "Westminster", "", "", ["SW1A"])
    assert services.delivery.outside_targets(campaign.id) == len(POSTCODES) - 2
    services.campaigns.add_target(campaign.id, "Whole country", "", "", [])  # no areas: everyone
    assert services.delivery.outside_targets(campaign.id) == 0
    assert [p.count for p in services.delivery.plan(campaign.id)] == [2, len(POSTCODES)]
