"""Bundles merge the same way into a SQLite and a PostgreSQL organiser database."""

from __future__ import annotations

from pathlib import Path

from drivekit.domain.validation import SignerInput
from tests.tallies import assert_tallies_match


def _signer(first: str, last: str, email: str = "", postcode: str = "SW1A 1AA") -> SignerInput:
    return SignerInput(first_name=first, last_name=last, email=email, postcode=postcode, city="London",
                       petition_consent=True)


def test_bundles_from_two_laptops_merge_in_any_order_and_a_withdrawal_wins(make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    org = make_services("organiser")
    c = org.campaigns.create("Save the pool", "We ask the council to keep the pool open.", 100, "Swimmers", "GB")
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, tmp_path / "campaign.dkc", key)
    first, second = make_services("laptop1"), make_services("laptop2")
    for lap in (first, second):
        lap.sync.import_campaign(tmp_path / "campaign.dkc")

    ann = first.signatures.save(c.id, _signer("Ann", "Lee", "ann@example.org"))
    bob = first.signatures.save(c.id, _signer("Bob", "Hale"))
    second.signatures.save(c.id, _signer("ANN", "Lee", "Ann@Example.org"))  # the same person, later
    second.signatures.save(c.id, _signer("Cai", "Wen", "cai@example.org"))
    early = Path(first.sync.export_bundle(tmp_path / "first-1.dkb", c.id).path)
    other = Path(second.sync.export_bundle(tmp_path / "second-1.dkb", c.id).path)
    first.signatures.withdraw(bob.uuid, "asked by phone")
    first.signatures.edit(ann.uuid, {"city": "Leeds"})
    late = Path(first.sync.export_bundle(tmp_path / "first-2.dkb", c.id).path)

    reports = org.sync.import_bundles([late, other, early, other], key_path=key, enrol=True)
    assert [r.outcome for r in reports] == ["imported", "imported", "imported", "already imported"]
    assert [r.enrolment for r in reports] == ["enrolled", "enrolled", "", ""]
    # Laptop 1's later bundle carries Ann corrected (so she arrives first) and Bob's withdrawal.
    assert (reports[0].new, reports[0].withdrawals) == (1, 1)
    assert (reports[1].new, reports[1].possible_duplicates) == (2, 1)  # laptop 2's Ann signed later
    assert (reports[2].new, reports[2].already_present) == (0, 2)  # older copies: nothing changes
    stats = org.stats.stats(c.id)
    # Ann counts once (laptop 1 signed first), Cai once, Bob's withdrawal beat his older signature.
    assert (stats.total, stats.unique_signers, stats.withdrawn) == (4, 2, 1)
    rows = {r.uuid: r for r in org.signatures.list(c.id, limit=10)}
    assert rows[ann.uuid].city == "Leeds" and rows[ann.uuid].status == "valid"
    assert rows[bob.uuid].status == "withdrawn" and rows[bob.uuid].last_name is None
    assert_tallies_match(org.db)  # the dashboard's counts, kept by triggers, agree on both backends
