"""The dashboard's tallies stay equal to the signatures through sync imports: bulk inserts of new
signatures, corrections, withdrawals that erase, and duplicate marks that move, in any order."""

from __future__ import annotations

from pathlib import Path

from tests.sync.conftest import signer
from tests.tallies import assert_tallies_match


def test_tallies_match_the_signatures_after_bundles_in_any_order(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    one, two = drive.laptop("one", make_services), drive.laptop("two", make_services)
    first = [one.signatures.save(drive.campaign_id, signer(f"Ann{i}", "Lee", f"a{i % 7}@example.org",
                                                           postcode=f"SW1A {i % 9}AA"))
             for i in range(40)]
    b1 = Path(one.sync.export_bundle(drive.tmp / "b1.dkb", drive.campaign_id).path)
    for i in range(30):
        two.signatures.save(drive.campaign_id, signer(f"Bo{i}", "Ray", f"a{i % 5}@example.org", postcode="N1 9GU"))
    b2 = Path(two.sync.export_bundle(drive.tmp / "b2.dkb", drive.campaign_id).path)
    one.signatures.edit(first[0].uuid, {"postcode": "E1 6AN"})
    one.signatures.withdraw(first[1].uuid)
    one.signatures.withdraw(first[2].uuid)
    b3 = Path(one.sync.export_bundle(drive.tmp / "b3.dkb", drive.campaign_id).path)
    drive.org.sync.import_bundles([b3, b2], key_path=drive.key)  # the correction and withdrawals first
    assert_tallies_match(drive.org.db)
    drive.org.sync.import_bundles([b1], key_path=drive.key)
    assert_tallies_match(drive.org.db)
    st = drive.org.stats.stats(drive.campaign_id)
    assert st.total == 70 and st.withdrawn == 2
    assert sum(st.by_day.values()) == st.unique_signers
