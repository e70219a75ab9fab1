"""Every sync format ever shipped stays readable: golden files in tests/data/sync-<version>/."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data"
VERSIONS = sorted(p.name.removeprefix("sync-") for p in DATA.glob("sync-*"))


def test_every_format_shipped_is_among_the_golden_files() -> None:
    from drivekit.sync.fileformat.container import FORMAT, SEALED_FORMAT

    assert {"1.0", "1.1", "2.0", FORMAT, SEALED_FORMAT} <= set(VERSIONS)


@pytest.mark.parametrize("version", VERSIONS)
def test_golden_campaign_and_bundle_are_read(version: str, make_services) -> None:  # type: ignore[no-untyped-def]
    folder = DATA / f"sync-{version}"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    svc = make_services("golden")
    assert svc.sync.import_campaign(folder / "campaign.dkc").outcome == "installed"
    [refused] = svc.sync.import_bundles([folder / "bundle.dkb"], key_path=folder / "organiser.key")
    assert refused.enrolment == "needed"  # a laptop is enrolled before its first bundle is opened
    [report] = svc.sync.import_bundles([folder / "bundle.dkb"], key_path=folder / "organiser.key", enrol=True)
    assert report.outcome == "imported", report.reason
    assert (report.new, report.withdrawals, report.possible_duplicates) == (
        expected["new"], expected["withdrawals"], expected["possible_duplicates"])
    if "corrected" in expected:  # a sealed laptop (2.0) cannot correct what it cannot see
        assert svc.signatures.get(expected["corrected"]).city == expected["corrected_city"]
    if "opened" in expected:  # 2.0: signers sealed on the laptop, opened by the organiser key
        assert svc.signatures.get(expected["opened"]).full_name == expected["opened_name"]
    assert svc.signatures.get(expected["withdrawn"]).first_name is None
    st = svc.stats.stats(expected["campaign"])
    assert {k: getattr(st, k) for k in expected["stats"]} == expected["stats"]
    [again] = svc.sync.import_bundles([folder / "bundle.dkb"], key_path=folder / "organiser.key")
    assert again.outcome == "already imported"


@pytest.mark.parametrize("version", [v for v in VERSIONS if (DATA / f"sync-{v}" / "campaign-update.dkc").exists()])
def test_golden_campaign_update_erases_the_organisers_withdrawals(version: str, make_services) -> None:  # type: ignore[no-untyped-def]
    folder = DATA / f"sync-{version}"
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    svc = make_services("golden")
    svc.sync.import_campaign(folder / "campaign.dkc")
    svc.sync.import_bundles([folder / "bundle.dkb"], key_path=folder / "organiser.key", enrol=True)
    result = svc.sync.import_campaign(folder / "campaign-update.dkc")
    assert (result.outcome, result.erased) == ("updated", 1)
    gone = svc.signatures.get(expected["erased_by_update"])
    assert (gone.status, gone.first_name) == ("withdrawn", None)
    assert svc.stats.stats(expected["campaign"]).withdrawn == expected["stats"]["withdrawn"] + 1
