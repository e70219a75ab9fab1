"""Export -> import into an empty campaign -> the same signers (DriveKit CSV, Action Network CSV, OSDI)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drivekit.domain.validation import SignerInput

FIELDS = ("first_name", "last_name", "email", "phone", "address", "postcode", "city", "country", "comment",
          "signed_at", "contact_consent")
REACHABLE = ("first_name", "last_name", "email", "phone", "address", "postcode", "city", "country")


def _signers(services, campaign_id: str, fields: tuple[str, ...], seconds: bool = False) -> list[tuple[Any, ...]]:  # type: ignore[no-untyped-def]
    """The signers' `fields`, sorted; `seconds`: signing times to the second, as OSDI dates are written."""
    def value(row: dict[str, Any], key: str) -> Any:
        return row[key].replace(microsecond=0) if seconds and key == "signed_at" else row[key]

    return sorted(tuple(value(r, f) for f in fields) for r in services.delivery.signers(campaign_id))


def _reimport(services, path: Path) -> str:  # type: ignore[no-untyped-def]
    empty = services.campaigns.create("Empty", "Nothing yet.", 10, "Friends", "GB").id
    report = services.imports.import_csv(empty, path)
    assert report.rejected == []
    return str(empty)


@pytest.fixture
def awkward(services, drive):  # type: ignore[no-untyped-def]
    """Besides the drive's signers in seven scripts: a formula-looking name, an extension, a region."""
    services.signatures.save(drive.campaign_id, SignerInput(
        first_name="=cmd|' /C calc'!A0", last_name="-Evil", email="evil@example.org", phone="020 7946 0000 x 12",
        postcode="N1 1AA", city="London", country="GB", comment='=HYPERLINK("x")', petition_consent=True,
        contact_consent=True))
    services.signatures.save(drive.campaign_id, SignerInput(
        first_name="Carmen", last_name="Ruiz", email="carmen@example.org", phone="(202) 555-0143",
        address="1 Infinite Loop", postcode="95014", city="Cupertino", region="California", country="US",
        petition_consent=True, contact_consent=True))
    return drive


@pytest.mark.parametrize(("kind", "name"), [("csv", "s.csv"), ("osdi", "s.json")])
def test_drivekit_csv_and_osdi_give_back_the_same_signers(services, awkward, tmp_path: Path, kind: str,  # type: ignore[no-untyped-def]
                                                          name: str) -> None:
    done = services.delivery.export_table(awkward.campaign_id, kind, tmp_path / name, include_contacts=True)
    back = _reimport(services, tmp_path / name)
    assert done.count == len(_signers(services, back, FIELDS))
    seconds = kind == "osdi"
    assert _signers(services, back, FIELDS) == _signers(services, awkward.campaign_id, FIELDS, seconds)


def test_without_include_contacts_only_the_opted_in_keep_their_contact_details(services, awkward,  # type: ignore[no-untyped-def]
                                                                                tmp_path: Path) -> None:
    services.delivery.export_table(awkward.campaign_id, "osdi", tmp_path / "o.json")
    back = {r["first_name"]: r for r in services.delivery.signers(_reimport(services, tmp_path / "o.json"))}
    for row in services.delivery.signers(awkward.campaign_id):
        got = back[row["first_name"]]
        assert got["contact_consent"] == row["contact_consent"]
        for key in ("email", "phone", "address"):
            assert got[key] == (row[key] if row["contact_consent"] else None)


def test_action_network_csv_gives_back_the_opted_in_signers(services, awkward, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    done = services.delivery.export_table(awkward.campaign_id, "csv", tmp_path / "an.csv", csv_format="actionnetwork")
    back = _reimport(services, tmp_path / "an.csv")
    opted_in = sorted(tuple(r[f] for f in REACHABLE) for r in services.delivery.signers(awkward.campaign_id)
                      if r["contact_consent"])
    assert _signers(services, back, REACHABLE) == opted_in and done.count == len(opted_in)
    regions = {r["first_name"]: r["region"] for r in services.delivery.signers(back)}
    assert regions["Carmen"] == "CA"  # can2_state_abbreviated, read back as the region
    # Action Network's fields carry no opt-in: re-imported people are not taken as subscribed.
    assert not any(r["contact_consent"] for r in services.delivery.signers(back))
