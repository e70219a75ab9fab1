"""Organiser keys, device identity and campaign files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from drivekit.errors import BadFile, BadInput
from drivekit.sync.fileformat.keys import generate_organiser_keys, load_organiser_key
from tests.sync.conftest import signer


def test_organiser_key_is_private_and_readable_back(tmp_path: Path) -> None:
    public = generate_organiser_keys(tmp_path / "k")
    key = tmp_path / "k" / "organiser.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert load_organiser_key(key).public == public
    assert public.fingerprint in (tmp_path / "k" / "organiser.pub").read_text()
    with pytest.raises(BadInput, match="already exists"):
        generate_organiser_keys(tmp_path / "k")


def test_passphrase_protects_the_secret_key(tmp_path: Path) -> None:
    public = generate_organiser_keys(tmp_path, "correct horse battery staple")
    key = tmp_path / "organiser.key"
    assert load_organiser_key(key, "correct horse battery staple").public == public
    with pytest.raises(BadInput, match="wrong passphrase"):
        load_organiser_key(key, "wrong")
    with pytest.raises(BadInput, match="protected by a passphrase"):
        load_organiser_key(key)
    with pytest.raises(BadFile, match="public key"):
        load_organiser_key(tmp_path / "organiser.pub")


def test_device_identity_is_made_once(services) -> None:  # type: ignore[no-untyped-def]
    first = services.sync.identity()
    assert first == services.sync.identity()
    assert len(first.fingerprint) == 24 and first.fingerprint.count("-") == 4


def test_campaign_file_installs_and_updates_without_touching_signatures(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    info = lap.campaigns.get(drive.campaign_id)
    assert (info.title, [t.name for t in info.targets], [e.name for e in info.events]) == (
        "Save the pool", ["Council"], ["Market stall"])
    saved = lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    drive.org.campaigns.add_target(drive.campaign_id, "Mayor", postcode_prefixes=["E1"])
    drive.org.campaigns.add_event(drive.campaign_id, "Rally")
    newer = drive.tmp / "campaign-2.dkc"
    drive.org.sync.export_campaign(drive.campaign_id, newer, drive.key)
    result = lap.sync.import_campaign(newer)
    assert result.outcome == "updated"
    info = lap.campaigns.get(drive.campaign_id)
    assert sorted(t.name for t in info.targets) == ["Council", "Mayor"]
    assert sorted(e.name for e in info.events) == ["Market stall", "Rally"]
    assert lap.signatures.get(saved.uuid).first_name == "Ann"
    assert lap.sync.import_campaign(drive.campaign_file).outcome == "up to date"


def test_campaign_file_from_another_organiser_is_refused(drive, make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    generate_organiser_keys(tmp_path / "rogue")
    drive.org.sync.export_campaign(drive.campaign_id, tmp_path / "rogue.dkc", tmp_path / "rogue" / "organiser.key")
    with pytest.raises(BadFile, match="does not know"):
        lap.sync.import_campaign(tmp_path / "rogue.dkc")


def test_tampered_campaign_file_is_refused(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    data = drive.campaign_file.read_bytes()
    for cut in (5, 20, len(data) // 2, len(data) - 1):
        drive.campaign_file.write_bytes(data[:cut])
        with pytest.raises(BadFile, match="campaign.dkc"):
            make_services(f"l{cut}").sync.import_campaign(drive.campaign_file)
    drive.campaign_file.write_bytes(data.replace(b"Save the pool", b"Save the fool"))
    with pytest.raises(BadFile, match="signature does not match"):
        make_services("tampered").sync.import_campaign(drive.campaign_file)


def test_a_sync_bundle_given_as_a_campaign_file_says_where_it_goes(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    bundle = lap.sync.export_bundle(drive.tmp / "ann.dkb", drive.campaign_id)
    with pytest.raises(BadFile) as refused:
        make_services("fresh").sync.import_campaign(bundle.path)
    assert str(refused.value) == ("ann.dkb: this is a sync bundle, not a campaign file; import it on the Sync page "
                                  "(drivekit sync import).")
