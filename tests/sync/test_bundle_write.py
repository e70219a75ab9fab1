"""Writing a bundle fast: signatures read straight through SQLite's driver and compressed on a
thread while the next ones are read must give the very bytes the ORM's way gives."""

from __future__ import annotations

import random
import zlib
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drivekit.storage.models import Campaign, Device
from drivekit.sync.engine import bundle_collect
from drivekit.sync.fileformat.bundle_writer import SignatureLines, adler32_combine
from drivekit.sync.fileformat.keys import load_organiser_key
from drivekit.sync.fileformat.reader import _decrypt, decode_bundle, open_manifest
from tests.sync.conftest import signer
from tests.sync.test_sealed import _sealed_laptop


def _body(data: bytes, key_path: Path) -> bytes:
    """The plain JSON lines inside a bundle file's bytes."""
    manifest, payload, _id = open_manifest(data, "b.dkb")
    body = zlib.decompress(_decrypt(manifest, payload, "b.dkb", load_organiser_key(key_path)))
    assert len(body) == manifest["payload"]["plain_size"]
    return body


def _build(lap: Any, campaign_id: str, everything: bool) -> bytes:
    """A bundle's bytes as `sync export` makes them (without writing the file or recording it)."""
    from nacl.signing import SigningKey

    with lap.db.session() as s:
        device = s.scalars(select(Device).where(Device.is_self.is_(True))).one()
        bundle, _lo, _hi = bundle_collect.build_bundle(s, s.get(Campaign, campaign_id), device,
                                                       SigningKey(device.secret_key), everything)
    return bundle.data


def _both_ways(lap: Any, drive: Any, monkeypatch: Any, everything: bool, odd: int = 0) -> tuple[bytes, bytes]:
    """The same bundle with its lines made by SQLite, and through the ORM (the database unchanged
    between); the lines made in Python from the values read through the driver are checked equal too."""
    made = _spy_python_lines(monkeypatch)
    fast = _build(lap, drive.campaign_id, everything)
    in_python = made.count
    with monkeypatch.context() as m:
        m.setattr(bundle_collect, "LINES_IN_SQL", False)
        driver = _build(lap, drive.campaign_id, everything)
        m.setattr(bundle_collect, "USE_DRIVER", False)
        slow = _build(lap, drive.campaign_id, everything)
    (drive.tmp / "fast.dkb").write_bytes(fast)
    signatures = _body(fast, drive.key).count(b'{"t":"s",')  # a quote inside a value is always escaped
    # SQLite made the lines but those it cannot make the same way (`odd` of them: a time stored in
    # another form); the driver's way made every one in Python.
    assert (in_python, made.count - in_python) == (odd, signatures)
    assert _body(driver, drive.key) == _body(slow, drive.key)
    return _body(fast, drive.key), _body(slow, drive.key)


class _Count:
    count = 0


def _spy_python_lines(monkeypatch: Any) -> _Count:
    """Count the signature lines made by Python from stored values (`stored_signature_json`)."""
    counter, real = _Count(), bundle_collect.stored_signature_json

    def counted(*args: Any) -> Any:
        counter.count += 1
        return real(*args)

    monkeypatch.setattr(bundle_collect, "stored_signature_json", counted)
    return counter


@pytest.mark.parametrize("everything", [True, False])
def test_a_realistic_bundle_read_through_the_driver_holds_the_same_lines(  # type: ignore[no-untyped-def]
        drive, make_services, monkeypatch, everything: bool) -> None:
    """Demo signers (many scripts, drawings, duplicates, withdrawals), a correction, a time with
    no fraction of a second and one stored in another text form: line for line, byte for byte."""
    lap = drive.laptop("laptop", make_services)
    lap.demo.add_signers(drive.campaign_id, 300, seed=5)
    if not everything:
        lap.sync.export_bundle(drive.tmp / "first.dkb", drive.campaign_id)  # the next one holds what follows
    on_the_hour = lap.signatures.save(drive.campaign_id, replace(
        signer("Ngaio", "Marsh", "ngaio@example.org"), signed_at=datetime(2026, 5, 1, 12, tzinfo=timezone.utc)))
    lap.signatures.save(drive.campaign_id, signer("Witi", "Ihimaera"))
    lap.signatures.edit(on_the_hour.uuid, {"city": "Christchurch"})
    with lap.db.engine.begin() as conn:  # as an older writer might have left it: no microseconds
        conn.exec_driver_sql("UPDATE signature SET signed_at = '2026-05-02 09:30:00' WHERE last_name = 'Ihimaera'")
    fast, slow = _both_ways(lap, drive, monkeypatch, everything, odd=1)  # the time without microseconds
    assert fast == slow
    lines = fast.split(b"\n")
    assert b'"signed_at":"2026-05-01T12:00:00+00:00"' in fast and b'"signed_at":"2026-05-02T09:30:00+00:00"' in fast
    assert b'"edited_at":"20' in fast and (b'"drawing":"' in fast or not everything)
    assert len(lines) > (300 if everything else 2)
    decoded = decode_bundle((drive.tmp / "fast.dkb").read_bytes(), "fast.dkb", load_organiser_key(drive.key))
    assert {r["last_name"] for r in decoded.signatures} >= {"Marsh", "Ihimaera"}


def test_sealed_signers_read_through_the_driver_hold_the_same_lines(drive, make_services, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    lap = _sealed_laptop(drive, make_services)
    for first, last in (("Evangeline", "Threadgold"), ("Casimir", "Oyelowo")):
        lap.signatures.save(drive.campaign_id, signer(first, last, f"{first.lower()}@example.org"))
    fast, slow = _both_ways(lap, drive, monkeypatch, everything=True)
    assert fast == slow and b'"sealed":"' in fast


def test_lines_compressed_on_a_thread_unpack_to_the_head_and_the_lines() -> None:
    rng = random.Random(4)
    lines = [bytes(rng.choice(b"abc{}\":,0123456789") for _ in range(rng.randint(1, 400))) for _ in range(3000)]
    head = b'{"campaign":"c"}\n{"t":"w"}\n'
    signatures = SignatureLines()
    for i in range(0, len(lines), 700):
        signatures.add(lines[i:i + 700])
    payload = signatures.payload(head)
    assert zlib.decompress(payload) == head + b"\n".join(lines) + b"\n"
    assert (signatures.count, signatures.size) == (3000, len(b"\n".join(lines)) + 1)
    empty = SignatureLines()
    assert zlib.decompress(empty.payload(head)) == head


def test_adler32_of_two_parts_is_the_adler32_of_the_whole() -> None:
    rng = random.Random(9)
    for n in (0, 1, 100, 65520, 65521, 65522, 300_000):
        data = bytes(rng.getrandbits(8) for _ in range(n))
        for cut in {0, n // 3, n}:
            first, second = data[:cut], data[cut:]
            assert adler32_combine(zlib.adler32(first), zlib.adler32(second), len(second)) == zlib.adler32(data)


def test_the_lines_are_deflated_by_isa_l_and_inflate_with_zlib_as_with_zlib_s_own(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ISA-L compresses the body four times faster than zlib's level 1; any zlib reads it, and
    without ISA-L (no wheel for a machine) zlib's own deflate gives the same body."""
    from drivekit.sync.fileformat import bundle_writer

    assert bundle_writer.deflate_lib.__name__ == "isal.isal_zlib"
    rng = random.Random(5)
    lines = [f'{{"t":"s","n":{i},"name":"{rng.choice(["Zoë", "Петрова", "佐藤"])}"}}'.encode() for i in range(20_000)]
    head = b'{"campaign":"c"}\n'
    payloads = []
    for lib in (bundle_writer.deflate_lib, zlib):
        monkeypatch.setattr(bundle_writer, "deflate_lib", lib)
        signatures = SignatureLines()
        for i in range(0, len(lines), 3000):
            signatures.add(lines[i:i + 3000])
        payloads.append(signatures.payload(head))
        assert zlib.decompress(payloads[-1]) == head + b"\n".join(lines) + b"\n"
    assert payloads[0] != payloads[1]  # two compressors, one body
