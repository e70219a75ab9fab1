"""Only enrolled laptops change the master list, and each only what it collected itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drivekit.storage.models import Device
from drivekit.sync.fileformat.keys import load_organiser_key
from tests.sync.conftest import db_dump, enrol, signer
from tests.sync.forge import Forger, signature_record, withdrawal_record


def _file_bytes(svc: Any) -> bytes:
    """The database file itself (its WAL folded in first), to prove a refusal wrote nothing."""
    svc.db.checkpoint()
    path = Path(svc.db.sqlite_path)
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _import(org: Any, path: Path, key: Path, **kw: Any) -> Any:
    [report] = org.sync.import_bundles([path], key_path=key, **kw)
    return report


def _forger(drive: Any, **kw: Any) -> Forger:
    return Forger(drive.campaign_id, load_organiser_key(drive.key).public, **kw)


def test_a_laptop_not_enrolled_is_refused_before_its_bundle_is_opened(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat import reader

    lap = drive.laptop("laptop", make_services, enrolled=False)
    lap.sync.rename_device("Stall 2")
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    path = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    me = lap.sync.identity()
    before, dump = _file_bytes(drive.org), db_dump(drive.org)

    def never(*_a: Any, **_k: Any) -> Any:
        raise AssertionError("the payload of a stranger's bundle was opened")

    with monkeypatch.context() as m:
        m.setattr(reader, "decode_bundle", never)
        m.setattr(reader, "_decrypt", never)
        for key in (drive.key, None):  # without the key too: the refusal does not need it
            report = _import(drive.org, path, key)
            assert (report.outcome, report.enrolment, report.fingerprint) == ("rejected", "needed", me.fingerprint)
            assert report.reason == (f"b.dkb: device Stall 2 ({me.id[:8]}) with fingerprint {me.fingerprint} is not "
                                     "enrolled here; if that fingerprint is the one on the laptop's Sync page, "
                                     "import with --enrol.")
    assert _file_bytes(drive.org) == before and db_dump(drive.org) == dump  # not even a device row
    # Enrolling the fingerprints the organiser checked: the others stay strangers.
    assert _import(drive.org, path, drive.key, enrol={"AAAA-BBBB-CCCC-DDDD-EEEE"}).enrolment == "needed"
    report = _import(drive.org, path, drive.key, enrol={me.fingerprint})
    assert (report.outcome, report.enrolment, report.new) == ("imported", "enrolled", 1)
    [status] = [d for d in drive.org.sync.devices() if d.id == me.id]
    assert (status.trust, status.fingerprint, status.name) == ("enrolled", me.fingerprint, "Stall 2")


def test_a_stranger_claiming_a_laptops_id_never_locks_the_laptop_out(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services, enrolled=False)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    real = Path(lap.sync.export_bundle(drive.tmp / "real.dkb", drive.campaign_id).path)
    me = lap.sync.identity()
    squatter = _forger(drive, device_id=me.id, name=me.name)
    fake = squatter.bundle(drive.tmp / "fake.dkb", [signature_record(me.id, 1)], 1, 1)
    dump = db_dump(drive.org)
    assert _import(drive.org, fake, drive.key).enrolment == "needed"  # first: refused, and no trace of it
    assert db_dump(drive.org) == dump
    report = _import(drive.org, real, drive.key, enrol=True)  # the real laptop, checked on its screen
    assert (report.outcome, report.new) == ("imported", 1)
    # Once enrolled, the id is bound to the laptop's key: the squatter is refused even with --enrol.
    refused = _import(drive.org, fake, drive.key, enrol=True)
    assert refused.outcome == "rejected" and f"knows it with key {me.fingerprint}" in refused.reason
    with drive.org.db.session() as s:
        assert s.get(Device, me.id).public_key == me.public_key


def _two_laptops(drive: Any, make_services: Any) -> tuple[Any, Any, Forger]:
    """An honest laptop whose signature the organiser holds, and an enrolled forger."""
    honest = drive.laptop("honest", make_services)
    saved = honest.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    drive.org.sync.import_bundles([Path(honest.sync.export_bundle(drive.tmp / "h.dkb", drive.campaign_id).path)],
                                  key_path=drive.key)
    forger = _forger(drive)
    drive.org.sync.enrol_device(forger.device_id, forger.name, forger.public)
    return honest, saved, forger


@pytest.mark.parametrize("attack", ["withdraw", "correct", "add", "range", "campaign", "edit_device"])
def test_a_forged_bundle_touching_another_devices_signatures_is_refused_whole(drive, make_services,  # type: ignore[no-untyped-def]
                                                                              attack: str) -> None:
    honest, saved, forger = _two_laptops(drive, make_services)
    other = honest.sync.identity().id
    mine = signature_record(forger.device_id, 1)  # a record of its own, refused along with the rest
    records, coverage = [mine], None
    if attack == "withdraw":
        records.append(withdrawal_record(saved.uuid, forger.device_id, 2))
    elif attack == "correct":  # the honest laptop's signer, rewritten as if collected by the forger
        records.append(signature_record(forger.device_id, 2, uuid=saved.uuid, first_name="Rewritten",
                                        edited_at="2030-01-01T00:00:00+00:00", edit_device_id=forger.device_id,
                                        edit_seq=2))
    elif attack == "add":
        records.append(signature_record(other, 7))
    elif attack == "range":  # so that the honest laptop's missing numbers look received
        coverage = [[forger.device_id, 1, 2], [other, 1, 500]]
    elif attack == "campaign":
        c2 = drive.org.campaigns.create("Other", "Another petition.", 10)
        victim = drive.org.signatures.save(c2.id, signer("Bob", "Ray"))
        records.append(withdrawal_record(victim.uuid, forger.device_id, 2))
    elif attack == "edit_device":
        records.append(signature_record(forger.device_id, 2, edited_at="2030-01-01T00:00:00+00:00",
                                        edit_device_id=other, edit_seq=1))
    path = forger.bundle(drive.tmp / "forged.dkb", records, 1, 2, coverage)
    dump = db_dump(drive.org)
    report = _import(drive.org, path, drive.key)
    assert report.outcome == "rejected" and report.reason.endswith("the whole file is refused."), report.reason
    assert db_dump(drive.org) == dump
    assert _import(drive.org, path, drive.key).reason == report.reason  # the same line on every retry
    assert drive.org.signatures.get(saved.uuid).first_name == "Ann"


def test_a_bundle_within_its_own_device_and_numbers_is_accepted(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    _honest, _saved, forger = _two_laptops(drive, make_services)
    first = signature_record(forger.device_id, 1)
    later = forger.bundle(drive.tmp / "2.dkb", [withdrawal_record(first["uuid"], forger.device_id, 2)], 2, 2)
    report = _import(drive.org, later, drive.key)  # its own withdrawal, of a signature not received yet
    assert (report.outcome, report.withdrawals) == ("imported", 1)
    report = _import(drive.org, forger.bundle(drive.tmp / "1.dkb", [first], 1, 1), drive.key)
    assert (report.outcome, report.new, report.already_present) == ("imported", 0, 1)
    assert drive.org.signatures.get(first["uuid"]).first_name is None  # the withdrawal won


@pytest.mark.parametrize("field, value", [("device_seq", 2**40), ("device_seq", 0), ("device_seq", 1201),
                                          ("sheet_number", -1), ("edit_seq", 2**31)])
def test_a_signed_bundle_with_an_impossible_number_writes_nothing(drive, make_services, field: str,  # type: ignore[no-untyped-def]
                                                                  value: int) -> None:
    forger = _forger(drive)
    drive.org.sync.enrol_device(forger.device_id, forger.name, forger.public)
    good = [signature_record(forger.device_id, n) for n in range(1, 1200)]  # several batches' worth
    bad = signature_record(forger.device_id, 1200, **{field: value})
    path = forger.bundle(drive.tmp / "odd.dkb", [*good, bad], 1, 1200)
    dump = db_dump(drive.org)
    first = _import(drive.org, path, drive.key)
    assert first.outcome == "rejected" and "odd.dkb" in first.reason
    assert db_dump(drive.org) == dump
    assert _import(drive.org, path, drive.key).reason == first.reason


@pytest.mark.parametrize("field, value", [("first_name", "x" * 201), ("comment", "c" * 2001), ("phone", "1" * 33),
                                          ("city", "Lon\x1b[2Jdon"), ("last_name", "Lee\nDrop"),
                                          ("comment", "bell\u0085"), ("source", "telepathy"), ("country", "GBR"),
                                          ("signed_at", "0001-01-01T00:00:00+05:00")])
def test_records_are_held_to_the_forms_rules(drive, make_services, field: str, value: str) -> None:  # type: ignore[no-untyped-def]
    forger = _forger(drive)
    drive.org.sync.enrol_device(forger.device_id, forger.name, forger.public)
    path = forger.bundle(drive.tmp / "f.dkb", [signature_record(forger.device_id, 1, **{field: value})], 1, 1)
    dump = db_dump(drive.org)
    report = _import(drive.org, path, drive.key)
    assert report.outcome == "rejected" and report.reason.startswith("f.dkb: "), report.reason
    assert db_dump(drive.org) == dump


def test_a_revoked_laptop_is_refused_and_what_it_sent_stays(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    _import(drive.org, Path(lap.sync.export_bundle(drive.tmp / "1.dkb", drive.campaign_id).path), drive.key)
    lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    late = Path(lap.sync.export_bundle(drive.tmp / "2.dkb", drive.campaign_id).path)
    me = lap.sync.identity()
    [revoked] = drive.org.sync.revoke(me.fingerprint.lower().replace("-", " "))
    assert revoked.id == me.id
    report = _import(drive.org, late, drive.key, enrol=True)
    assert report.outcome == "rejected" and "was revoked on" in report.reason and me.fingerprint in report.reason
    assert drive.org.stats.stats(drive.campaign_id).total == 1
    assert [d.trust for d in drive.org.sync.devices() if d.id == me.id] == ["revoked"]


def test_the_organisers_withdrawal_is_erased_on_the_laptop_by_the_next_campaign_file(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    ann = lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    bob = lap.signatures.save(drive.campaign_id, signer("Bob", "Ray", "bob@example.org"))
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))  # Ann again: a possible duplicate of her
    _import(drive.org, Path(lap.sync.export_bundle(drive.tmp / "1.dkb", drive.campaign_id).path), drive.key)
    drive.org.signatures.withdraw(ann.uuid, "asked the organiser by phone")
    revision = drive.org.sync.export_campaign(drive.campaign_id, drive.tmp / "c2.dkc", drive.key)
    assert revision["withdrawn"] == 1
    data = (drive.tmp / "c2.dkc").read_bytes()
    result = lap.sync.import_campaign(drive.tmp / "c2.dkc")
    assert (result.outcome, result.erased) == ("updated", 1)
    gone = lap.signatures.get(ann.uuid)
    assert (gone.status, gone.first_name, gone.email) == ("withdrawn", None, None)
    assert lap.signatures.get(bob.uuid).first_name == "Bob"
    assert [r.first_name for r in lap.signatures.list(drive.campaign_id, search="Ann")] == ["Ann"]
    assert lap.stats.stats(drive.campaign_id).duplicates == 0  # the other Ann now counts
    assert b"ann@example.org" not in data and b"Lee" not in data  # ids only
    # The laptop's tombstone goes back to the organiser, which already holds one: nothing changes.
    back = _import(drive.org, Path(lap.sync.export_bundle(drive.tmp / "2.dkb", drive.campaign_id).path), drive.key)
    assert (back.outcome, back.new, back.withdrawals) == ("imported", 0, 0)
    assert lap.sync.import_campaign(drive.tmp / "c2.dkc").outcome == "up to date"


def test_devices_seen_only_in_a_relay_are_not_enrolled(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    _import(drive.org, Path(lap.sync.export_bundle(drive.tmp / "1.dkb", drive.campaign_id).path), drive.key)
    relay = Path(drive.org.sync.export_bundle(drive.tmp / "all.dkb", drive.campaign_id, everything=True).path)
    second = drive.laptop("second", make_services, enrolled=False)
    enrol(second, drive.org)  # as a laptop: it may not pass on others' records
    report = _import(second, relay, drive.key)
    assert report.outcome == "rejected" and "another device" in report.reason
    with second.db.session() as s:
        assert s.scalars(select(Device).where(Device.id == lap.sync.identity().id)).first() is None
