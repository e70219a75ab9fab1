"""Bundles carry what a device has not exported yet, privately, and import exactly once."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from drivekit.errors import BadInput
from drivekit.storage.models import Signature, SyncExport
from tests.sync.conftest import canonical, db_dump, enrol, signer

NAMES = [("Wiremu", "Tane", "wiremu.tane@example.org"), ("Льюдмила", "Орлова", "l.orlova@example.net"),
         ("Sione", "Fifita", "sione@example.com")]


def test_encrypted_bundle_reveals_no_signer(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    for first, last, email in NAMES:
        lap.signatures.save(drive.campaign_id, signer(first, last, email, city="Whanganui"))
    data = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path).read_bytes()
    for first, last, email in NAMES:
        for text in (first, last, email, email.split("@")[0], "Whanganui"):
            assert text.encode("utf-8") not in data
            assert text.lower().encode("utf-8") not in data


def test_writing_a_bundle_changes_no_collected_data(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    lap.sync.identity()
    before = [t for t in db_dump(lap) if t[0] in ("signature", "withdrawal", "event", "volunteer", "campaign")]
    lap.sync.export_bundle(drive.tmp / "one.dkb", drive.campaign_id)
    lap.sync.export_bundle(drive.tmp / "all.dkb", drive.campaign_id, everything=True)
    after = [t for t in db_dump(lap) if t[0] in ("signature", "withdrawal", "event", "volunteer", "campaign")]
    assert after == before


def test_incremental_exports_carry_only_new_work_and_import_once(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    first = lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    second = lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    b1 = lap.sync.export_bundle(drive.tmp, drive.campaign_id)
    assert (b1.seq_from, b1.seq_to, b1.signatures) == (1, 2, 2)
    assert Path(b1.path).name.endswith("-1-2.dkb")
    lap.signatures.edit(first.uuid, {"city": "Oxford"})
    lap.signatures.withdraw(second.uuid)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    b2 = lap.sync.export_bundle(drive.tmp, drive.campaign_id)
    assert (b2.seq_from, b2.seq_to) == (3, 5)
    assert (b2.signatures, b2.withdrawals) == (2, 1)  # the correction and the new one; the tombstone
    [r1, r2] = drive.org.sync.import_bundles([Path(b1.path), Path(b2.path)], key_path=drive.key)
    assert (r1.new, r1.already_present) == (2, 0)
    assert (r2.new, r2.corrections, r2.withdrawals, r2.possible_duplicates, r2.already_present) == (1, 1, 1, 1, 0)
    state = canonical(drive.org, drive.campaign_id)
    again = drive.org.sync.import_bundles([Path(b2.path), Path(b1.path)], key_path=drive.key)
    assert [r.outcome for r in again] == ["already imported", "already imported"]
    assert canonical(drive.org, drive.campaign_id) == state
    stats = drive.org.stats.stats(drive.campaign_id)
    assert (stats.total, stats.withdrawn, stats.unique_signers, stats.duplicates) == (3, 1, 1, 1)
    assert drive.org.signatures.get(first.uuid).city == "Oxford"


def test_withdrawal_wins_over_an_older_bundle(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    saved = lap.signatures.save(drive.campaign_id, signer("Ann", "Lee", "ann@example.org"))
    old = lap.sync.export_bundle(drive.tmp / "old.dkb", drive.campaign_id)
    lap.signatures.withdraw(saved.uuid)
    new = lap.sync.export_bundle(drive.tmp / "new.dkb", drive.campaign_id)
    drive.org.sync.import_bundles([Path(new.path)], key_path=drive.key)
    [late] = drive.org.sync.import_bundles([Path(old.path)], key_path=drive.key)
    assert late.new == 0
    record = drive.org.signatures.get(saved.uuid)
    assert (record.status, record.first_name, record.email) == ("withdrawn", None, None)


def test_a_signature_withdrawn_before_its_first_export_is_reported_as_a_withdrawal_only(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    regret = lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    lap.signatures.withdraw(regret.uuid, "Changed his mind")
    b = lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id)
    [r] = drive.org.sync.import_bundles([Path(b.path)], key_path=drive.key)
    assert (r.new, r.withdrawals, r.already_present) == (1, 1, 0)
    relay = lap.sync.export_bundle(drive.tmp / "all.dkb", drive.campaign_id, everything=True)
    [r] = drive.org.sync.import_bundles([Path(relay.path)], key_path=drive.key)
    assert (r.new, r.withdrawals, r.already_present) == (0, 0, 2)


def test_laptops_with_the_same_name_never_replace_each_others_files_on_a_stick(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    stick = drive.tmp / "stick"
    stick.mkdir()
    one, two = drive.laptop("one", make_services), drive.laptop("two", make_services)
    assert one.sync.identity().name == two.sync.identity().name  # set up from one image: one host name
    one.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    two.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    a = Path(one.sync.export_bundle(stick, drive.campaign_id).path)
    b = Path(two.sync.export_bundle(stick, drive.campaign_id).path)
    assert one.sync.identity().id[:8] in a.name and a.name.endswith("-1-1.dkb") and a != b
    again = Path(one.sync.export_bundle(stick, drive.campaign_id, everything=True).path)
    twice = Path(one.sync.export_bundle(stick, drive.campaign_id, everything=True).path)
    assert twice.name == again.name.replace(".dkb", "-2.dkb")
    reports = drive.org.sync.import_bundles(sorted(stick.glob("*.dkb")), key_path=drive.key)
    assert sorted(r.outcome for r in reports) == ["imported"] * 4
    assert drive.org.stats.stats(drive.campaign_id).total == 2


def test_a_device_renamed_on_its_laptop_is_known_by_its_newest_name_whatever_the_order(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    old = Path(lap.sync.export_bundle(drive.tmp / "old.dkb", drive.campaign_id).path)
    hostname = lap.sync.identity().name
    assert lap.sync.rename_device("  Stall   2 ").name == "Stall 2"
    renamed = Path(lap.sync.export_bundle(drive.tmp / "renamed.dkb", drive.campaign_id).path)  # the name alone
    lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    later = Path(lap.sync.export_bundle(drive.tmp / "later.dkb", drive.campaign_id).path)
    me = lap.sync.identity()

    def name_seen(org):  # type: ignore[no-untyped-def]
        return next(d.name for d in org.sync.devices(drive.campaign_id) if d.id == me.id)
    orders = [[old, renamed, later], [later, old, renamed], [renamed, later, old]]
    for i, order in enumerate(orders):
        org = drive.org if i == 0 else drive.laptop(f"organiser{i}", make_services)
        enrol(org, lap)
        reports = org.sync.import_bundles(order, key_path=drive.key)
        assert all(r.outcome == "imported" for r in reports), [r.reason for r in reports]
        assert name_seen(org) == "Stall 2" and not any(d.gaps for d in org.sync.devices(drive.campaign_id))
        assert org.stats.stats(drive.campaign_id).total == 2
    before = drive.laptop("organiser-before", make_services)
    enrol(before, lap)
    before.sync.import_bundles([old], key_path=drive.key)
    assert name_seen(before) == hostname
    for bad in ("", "   ", "x" * 61):
        with pytest.raises(BadInput, match="name of 1 to 60 characters"):
            lap.sync.rename_device(bad)
    assert lap.sync.identity().name == "Stall 2"


def test_gaps_are_reported_until_filled(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services, enrolled=False)
    lap.sync.rename_device("Stall 1")  # number 1 (the organiser's computer has the hostname)
    enrol(drive.org, lap)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    b1 = lap.sync.export_bundle(drive.tmp, drive.campaign_id)
    lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    lap.signatures.save(drive.campaign_id, signer("Cy", "Day"))
    b2 = lap.sync.export_bundle(drive.tmp, drive.campaign_id)
    [report] = drive.org.sync.import_bundles([Path(b2.path)], key_path=drive.key)
    assert report.gaps == ["Numbers 1 to 2 from “Stall 1” have not arrived yet: 2 signatures or changes."]
    assert report.campaign_title == "Save the pool"  # the campaign that received it, as people call it
    [device] = [d for d in drive.org.sync.devices(drive.campaign_id) if not d.is_self]
    assert (device.gaps, device.received_up_to, device.fingerprint) == ([(1, 2)], 4, lap.sync.identity().fingerprint)
    [report] = drive.org.sync.import_bundles([Path(b1.path)], key_path=drive.key)
    assert report.gaps == []


def test_gaps_and_device_names_read_as_people_say_them(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    """Several missing numbers are counted; two laptops with one name are told apart by their id."""
    from drivekit.i18n import set_language
    from drivekit.services.sync import device_names, gaps_sentence

    lap = drive.laptop("laptop", make_services, enrolled=False)
    lap.sync.rename_device("Stall 2")  # number 1
    enrol(drive.org, lap)
    for first in ("Ann", "Bob", "Cy"):  # 2 to 4
        lap.signatures.save(drive.campaign_id, signer(first, "Lee"))
    lap.sync.export_bundle(drive.tmp / "early.dkb", drive.campaign_id)  # 1 to 4: lost on the way
    lap.signatures.save(drive.campaign_id, signer("Dee", "Ray"))
    late = lap.sync.export_bundle(drive.tmp / "late.dkb", drive.campaign_id)
    [report] = drive.org.sync.import_bundles([Path(late.path)], key_path=drive.key)
    assert report.gaps == ["Numbers 1 to 4 from “Stall 2” have not arrived yet: 4 signatures or changes."]
    twin = drive.laptop("twin", make_services, enrolled=False)
    twin.sync.rename_device("Stall 2")
    enrol(drive.org, twin)
    me, other = lap.sync.identity(), twin.sync.identity()
    names = device_names(drive.org.sync.devices(drive.campaign_id))
    assert names[me.id] == f"Stall 2 ({me.id[:8]})" and names[other.id] == f"Stall 2 ({other.id[:8]})"
    try:
        set_language("fr")
        assert gaps_sentence("Stand 2", [(3, 5), (9, 9)]) == (
            "Les numéros 3 à 5, 9 de « Stand 2 » ne sont pas encore arrivés : 4 signatures ou modifications.")
    finally:
        set_language("en")


def test_a_laptop_sees_what_it_has_sent_and_what_waits(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    before = lap.sync.sent(drive.campaign_id)
    assert (before.files, before.last_file, before.waiting, before.installed) == (0, "", 0, True)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    lap.signatures.save(drive.campaign_id, signer("Bob", "Ray"))
    assert lap.sync.sent(drive.campaign_id).waiting_signatures == 2
    b = lap.sync.export_bundle(drive.tmp, drive.campaign_id)
    lap.signatures.save(drive.campaign_id, signer("Cy", "Day"))
    after = lap.sync.sent(drive.campaign_id)
    assert (after.files, after.last_file, after.sent_up_to) == (1, Path(b.path).name, 2)
    assert (after.waiting, after.waiting_signatures) == (1, 1)
    assert drive.org.sync.sent(drive.campaign_id).installed is False  # created there: the organiser's computer


def test_work_for_another_campaign_on_the_laptop_is_not_waiting_for_this_one(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    """The sequence numbers belong to the laptop, not the campaign: what it collected for its other
    campaign must not show on this campaign's Sync page as changes waiting to be sent."""
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    lap.sync.export_bundle(drive.tmp, drive.campaign_id)
    other = lap.campaigns.create("Keep the library open", "We ask the council to keep it open.", 50, "Readers", "GB")
    kept = lap.signatures.save(other.id, signer("Bob", "Ray"))
    gone = lap.signatures.save(other.id, signer("Cy", "Day"))
    lap.signatures.edit(kept.uuid, {"city": "Oxford"})
    lap.signatures.withdraw(gone.uuid)
    quiet = lap.sync.sent(drive.campaign_id)
    assert (quiet.waiting, quiet.waiting_signatures) == (0, 0)  # "Everything collected here has been sent."
    assert lap.sync.sent(other.id).waiting == 4  # two signatures, a correction, a withdrawal
    lap.signatures.save(drive.campaign_id, signer("Dee", "Fox"))
    lap.sync.rename_device("Stall 2")  # a new name travels in every campaign's next file
    busy = lap.sync.sent(drive.campaign_id)
    assert (busy.waiting, busy.waiting_signatures) == (2, 1)


def test_relayed_all_export_reaches_a_second_organiser(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    b = lap.sync.export_bundle(drive.tmp / "lap.dkb", drive.campaign_id)
    drive.org.sync.import_bundles([Path(b.path)], key_path=drive.key)
    relay = drive.org.sync.export_bundle(drive.tmp / "relay.dkb", drive.campaign_id, everything=True)
    second = drive.laptop("second-organiser", make_services)
    enrol(second, drive.org, relay=True)  # another organiser: it passes on every laptop's records
    [r] = second.sync.import_bundles([Path(relay.path)], key_path=drive.key)
    assert (r.outcome, r.new, r.gaps) == ("imported", 1, [])
    [r] = second.sync.import_bundles([Path(b.path)], key_path=drive.key)
    assert r.enrolment == "needed"  # known from the relay, but not trusted to send its own bundles
    enrol(second, lap)
    [r] = second.sync.import_bundles([Path(b.path)], key_path=drive.key)
    assert (r.outcome, r.new, r.already_present) == ("imported", 0, 1)
    assert canonical(second, drive.campaign_id)[0] == canonical(drive.org, drive.campaign_id)[0]


def test_interrupted_import_is_finished_by_importing_again(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Transactions commit one by one; a crash half way leaves no "imported" mark, and a re-import completes it."""
    from drivekit.sync.engine import batches, merge

    lap = drive.laptop("laptop", make_services)
    for i in range(12):
        lap.signatures.save(drive.campaign_id, signer(f"Person{i}", "Test", f"p{i}@example.org"))
    b = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    reference = make_services("reference")
    reference.sync.import_campaign(drive.campaign_file)
    enrol(reference, lap)
    reference.sync.import_bundles([b], key_path=drive.key)
    monkeypatch.setattr(merge, "BATCH", 5)  # plans of 5 records, one plan a transaction
    monkeypatch.setattr(batches, "next_size", lambda size, seconds, shared=False: 5)
    monkeypatch.setattr(batches, "TX_ROWS", 5)
    real = merge._write_signatures
    calls = []

    def crash_on_second_batch(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise OSError("power cut")
        return real(*args, **kwargs)

    monkeypatch.setattr(merge, "_write_signatures", crash_on_second_batch)
    try:
        drive.org.sync.import_bundles([b], key_path=drive.key)
    except OSError:
        pass
    with drive.org.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Signature)) == 5
    monkeypatch.setattr(merge, "_write_signatures", real)
    [r] = drive.org.sync.import_bundles([b], key_path=drive.key)
    assert (r.outcome, r.new, r.already_present) == ("imported", 7, 5)
    assert canonical(drive.org, drive.campaign_id)[0] == canonical(reference, drive.campaign_id)[0]


def test_nothing_new_is_refused_and_all_still_works(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from drivekit.errors import BadInput

    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    lap.sync.export_bundle(drive.tmp / "a.dkb", drive.campaign_id)
    with pytest.raises(BadInput, match="Nothing new"):
        lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id)
    assert lap.sync.export_bundle(drive.tmp / "c.dkb", drive.campaign_id, everything=True).signatures == 1
    with lap.db.session() as s:
        assert s.scalar(select(func.count()).select_from(SyncExport)) == 2


def test_campaign_without_organiser_key_gives_plain_bundles(make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat.reader import open_manifest

    org = make_services("org")
    c = org.campaigns.create("Open", "No keys here.", 10)
    org.signatures.save(c.id, signer("Ann", "Lee", "ann@example.org"))
    result = org.sync.export_bundle(tmp_path / "plain.dkb", c.id)
    manifest, _payload, _id = open_manifest(Path(result.path).read_bytes(), "plain.dkb")
    assert result.encrypted_for is None and manifest["payload"]["encryption"] == "none"
    [refused] = make_services("other").sync.import_bundles([Path(result.path)])
    assert "import the campaign file first" in refused.reason


def test_cancel_stops_before_the_next_file(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    from drivekit.progress import CallbackProgress

    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Ann", "Lee"))
    b = Path(lap.sync.export_bundle(drive.tmp / "b.dkb", drive.campaign_id).path)
    progress = CallbackProgress()
    progress.cancel()
    [report] = drive.org.sync.import_bundles([b], key_path=drive.key, progress=progress)
    assert report.outcome == "cancelled"
    assert drive.org.stats.stats(drive.campaign_id).total == 0


def test_imported_times_are_stored_in_the_very_text_the_app_writes(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    """The import writes times straight through the driver; they must read, sort and compare
    exactly like the ones the app saves (first signed counts: times are compared as text)."""
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    lap = drive.laptop("laptop", make_services)
    signed = datetime(2026, 5, 1, 12, 30, 15, 42, tzinfo=timezone(timedelta(hours=2)))
    saved = lap.signatures.save(drive.campaign_id, replace(signer("Ann", "Lee"), signed_at=signed))
    b = lap.sync.export_bundle(drive.tmp / "lap.dkb", drive.campaign_id)
    drive.org.sync.import_bundles([Path(b.path)], key_path=drive.key)

    def raw(svc) -> str:  # type: ignore[no-untyped-def]
        with svc.db.engine.connect() as conn:
            return conn.exec_driver_sql("SELECT signed_at FROM signature WHERE uuid = ?", (saved.uuid,)).scalar_one()

    assert raw(drive.org) == raw(lap) == "2026-05-01 10:30:15.000042"
