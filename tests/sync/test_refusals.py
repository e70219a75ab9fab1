"""Damaged, tampered, unsigned, wrongly keyed or too new bundles are refused and change nothing."""

from __future__ import annotations

import json
import random
import struct
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey
from sqlalchemy import select

from drivekit.storage.models import Device, Signature
from drivekit.sync.fileformat.container import BUNDLE_MAGIC, pack
from drivekit.sync.fileformat.keys import generate_organiser_keys
from tests.sync.conftest import db_dump, signer


def _laptop_with_bundle(drive, make_services) -> tuple[Any, Path]:  # type: ignore[no-untyped-def]
    lap = drive.laptop("laptop", make_services)
    lap.signatures.save(drive.campaign_id, signer("Zoë", "Ōkubo", "zoe@example.org"))
    saved = lap.signatures.save(drive.campaign_id, signer("Ivan", "Petrov"))
    lap.signatures.withdraw(saved.uuid)
    result = lap.sync.export_bundle(drive.tmp / "small.dkb", drive.campaign_id)
    return lap, Path(result.path)


def _device_key(svc: Any) -> SigningKey:
    with svc.db.session() as s:
        return SigningKey(s.scalars(select(Device).where(Device.is_self.is_(True))).one().secret_key)


def _repack(data: bytes, key: SigningKey, change: Any = None, payload: bytes | None = None) -> bytes:
    (length,) = struct.unpack(">I", data[8:12])
    manifest = json.loads(data[12:12 + length])
    body = data[12 + length + 64:]
    if change:
        change(manifest)
    return pack(BUNDLE_MAGIC, manifest, body if payload is None else payload, key)[0]


def _import(org: Any, path: Path, key: Path | None) -> Any:
    [report] = org.sync.import_bundles([path], key_path=key)
    return report


def test_every_truncation_and_random_byte_flips_are_refused(drive, make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _lap, path = _laptop_with_bundle(drive, make_services)
    data = path.read_bytes()
    before = db_dump(drive.org)
    bad = tmp_path / "bad.dkb"
    for cut in range(len(data)):
        bad.write_bytes(data[:cut])
        report = _import(drive.org, bad, drive.key)
        assert report.outcome == "rejected", cut
        assert report.reason.startswith("bad.dkb: ")
    rng = random.Random(5)
    for _ in range(300):
        flipped = bytearray(data)
        flipped[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        bad.write_bytes(bytes(flipped))
        assert _import(drive.org, bad, drive.key).outcome == "rejected"
    assert db_dump(drive.org) == before
    good = _import(drive.org, path, drive.key)
    assert (good.outcome, good.new, good.withdrawals) == ("imported", 1, 1)
    assert db_dump(drive.org) != before


def test_truncated_file_says_so(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    _lap, path = _laptop_with_bundle(drive, make_services)
    path.write_bytes(path.read_bytes()[:-10])
    report = _import(drive.org, path, drive.key)
    assert report.outcome == "rejected" and "cut short" in report.reason and path.name in report.reason


def test_unsigned_bundle_is_refused(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    _lap, path = _laptop_with_bundle(drive, make_services)
    data = bytearray(path.read_bytes())
    (length,) = struct.unpack(">I", data[8:12])
    data[12 + length:12 + length + 64] = bytes(64)
    path.write_bytes(bytes(data))
    before = db_dump(drive.org)
    report = _import(drive.org, path, drive.key)
    assert "not signed" in report.reason
    assert db_dump(drive.org) == before


def test_tampered_manifest_is_refused(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    _lap, path = _laptop_with_bundle(drive, make_services)
    data = path.read_bytes()
    path.write_bytes(data.replace(b'"seq_from":1', b'"seq_from":7', 1))
    assert "signature does not match" in _import(drive.org, path, drive.key).reason


def test_missing_or_wrong_organiser_key_is_refused(drive, make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _lap, path = _laptop_with_bundle(drive, make_services)
    generate_organiser_keys(tmp_path / "other")
    before = db_dump(drive.org)
    missing = _import(drive.org, path, None)
    assert missing.outcome == "rejected" and "give that key" in missing.reason
    wrong = _import(drive.org, path, tmp_path / "other" / "organiser.key")
    assert wrong.outcome == "rejected" and "not for the key given" in wrong.reason
    assert db_dump(drive.org) == before


def test_newer_major_format_is_refused_with_update_advice(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap, path = _laptop_with_bundle(drive, make_services)
    path.write_bytes(_repack(path.read_bytes(), _device_key(lap), lambda m: m.update(format="3.0")))
    before = db_dump(drive.org)
    report = _import(drive.org, path, drive.key)
    assert report.reason == f"{path.name}: made by a newer DriveKit (format 3.0); update DriveKit to read it."
    assert db_dump(drive.org) == before


def test_newer_minor_format_is_read_ignoring_unknown_fields(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap, path = _laptop_with_bundle(drive, make_services)
    path.write_bytes(_repack(path.read_bytes(), _device_key(lap), lambda m: m.update(format="1.9", shiny=True)))
    report = _import(drive.org, path, drive.key)
    assert (report.outcome, report.new) == ("imported", 1)


def _with_records(data: bytes, key: SigningKey, secret_path: Path, edit: Any) -> bytes:
    """The bundle with its records changed by `edit(list of dicts)`, sealed again as the device would."""
    import zlib

    from nacl.public import PublicKey, SealedBox

    from drivekit.sync.fileformat.keys import load_organiser_key

    secret = load_organiser_key(secret_path)
    (length,) = struct.unpack(">I", data[8:12])
    body = data[12 + length + 64:]
    header, *lines = zlib.decompress(SealedBox(secret.private_key()).decrypt(body)).splitlines()
    records = [json.loads(line) for line in lines]
    edit(records)
    text = b"\n".join([header, *(json.dumps(r).encode() for r in records)]) + b"\n"
    sealed = SealedBox(PublicKey(secret.public.box)).encrypt(zlib.compress(text))
    def restate(m: dict[str, Any]) -> None:
        m.update(records=len(records))
        m["payload"]["plain_size"] = len(text)
    return _repack(data, key, restate, payload=bytes(sealed))


def test_records_of_another_minor_version_keep_the_fields_this_one_knows(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap, path = _laptop_with_bundle(drive, make_services)

    def newer_and_older(records: list[dict[str, Any]]) -> None:
        zoe = next(r for r in records if r.get("first_name") == "Zoë")
        zoe["mood"] = "hopeful"  # a field a later minor version added
        del zoe["petition_consent"], zoe["sheet_line"]  # fields an earlier one did not write
    path.write_bytes(_with_records(path.read_bytes(), _device_key(lap), drive.key, newer_and_older))
    report = _import(drive.org, path, drive.key)
    assert (report.outcome, report.new) == ("imported", 1)
    with drive.org.db.session() as s:
        zoe = s.scalars(select(Signature).where(Signature.last_name == "Ōkubo")).one()
        assert (zoe.first_name, zoe.email, zoe.petition_consent, zoe.sheet_line) == ("Zoë", "zoe@example.org", True,
                                                                                      None)


def test_a_record_with_a_field_of_the_wrong_type_refuses_the_bundle(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap, path = _laptop_with_bundle(drive, make_services)
    good = path.read_bytes()
    before = db_dump(drive.org)
    for field, value in (("last_name", 42), ("device_seq", "7"), ("device_seq", True), ("city", "x" * 100_001),
                         ("signed_at", "yesterday"), ("uuid", None)):
        def spoil(records: list[dict[str, Any]], field: str = field, value: Any = value) -> None:
            next(r for r in records if r.get("first_name") == "Zoë")[field] = value
        path.write_bytes(_with_records(good, _device_key(lap), drive.key, spoil))
        report = _import(drive.org, path, drive.key)
        assert report.outcome == "rejected", field
        assert report.reason.startswith(f"{path.name}: the records inside are damaged"), report.reason
    assert db_dump(drive.org) == before


def test_known_device_with_another_key_is_refused(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    lap, path = _laptop_with_bundle(drive, make_services)
    assert _import(drive.org, path, drive.key).outcome == "imported"
    lap.signatures.save(drive.campaign_id, signer("Mallory", "Evil"))
    forged_path = Path(lap.sync.export_bundle(drive.tmp / "next.dkb", drive.campaign_id).path)
    impostor = SigningKey.generate()
    from drivekit.sync.fileformat.container import b64

    def swap_key(m: dict[str, Any]) -> None:
        m["device"]["public_key"] = b64(bytes(impostor.verify_key))
    forged_path.write_bytes(_repack(forged_path.read_bytes(), impostor, swap_key))
    before = db_dump(drive.org)
    report = _import(drive.org, forged_path, drive.key)
    assert report.outcome == "rejected" and "presents key" in report.reason
    assert db_dump(drive.org) == before


def test_bundle_for_unknown_campaign_is_refused(drive, make_services) -> None:  # type: ignore[no-untyped-def]
    _lap, path = _laptop_with_bundle(drive, make_services)
    stranger = make_services("stranger")
    report = _import(stranger, path, drive.key)
    assert report.outcome == "rejected" and "import the campaign file first" in report.reason


def test_not_a_bundle_is_refused(drive, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert _import(drive.org, drive.campaign_file, drive.key).reason == (
        "campaign.dkc: this is a campaign file, not a sync bundle; install it with File > Import campaign file "
        "(drivekit campaign import).")
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    assert "not a DriveKit sync bundle" in _import(drive.org, junk, drive.key).reason
