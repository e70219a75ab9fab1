"""Sync bundles: write and import 100k, merge 1M against raw sqlite3, re-import, save latency during import.

    PYTHONPATH=$PWD python -m benchmarks.bench_sync [--quick]
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.common import Figure, report, timed
from drivekit.domain.duplicate_rule import match_keys
from drivekit.domain.text import search_text
from drivekit.domain.validation import SignerInput
from drivekit.services import Services, build_services
from drivekit.services.common import new_signature_id, take_sequence
from drivekit.storage import migrate, sqlite_driver
from drivekit.storage.db import Database, _sqlite_pragmas
from drivekit.storage.models import Signature
from drivekit.sync.fileformat.bundle_records import add_keys, signature_json
from drivekit.sync.fileformat.container import BUNDLE_MAGIC, FORMAT, b64, fingerprint, pack
from drivekit.sync.fileformat.keys import OrganiserPublic, generate_organiser_keys
from drivekit.sync.fileformat.reader import decode_bundle

FIRST = ["Ann", "Bob", "Chloé", "Dmitri", "Eleni", "Farid", "Gül", "Hana", "Ivan", "José", "Kwame", "Li", "Mia", "Nils"]
LAST = ["Smith", "Jones", "Novak", "Kowalski", "Papadopoulos", "Haddad", "Yilmaz", "Sato", "Ivanov", "García"]


def _services(path: Path) -> Services:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return build_services(db)


def _person(rng: random.Random, i: int) -> dict[str, Any]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    postcode = f"SW{rng.randint(1, 20)} {rng.randint(1, 9)}{rng.choice('ABDEFG')}{rng.choice('HJLNPQ')}"
    email = f"{first.lower()}.{last.lower()}{i}@example.org" if rng.random() < 0.6 else None
    return {"first_name": first, "last_name": last, "email": email, "postcode": postcode, "city": "London",
            "address": f"{rng.randint(1, 300)} High Street", "country": "GB", "phone": None, "region": None,
            "comment": None}


def _rows(n: int, cid: str, device_id: str, first_seq: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    start = datetime(2026, 6, 1, tzinfo=timezone.utc)
    rows = []
    for i in range(n):
        p = _person(rng, seed * 10_000_000 + i)
        email_key, person_key = match_keys(p["first_name"], p["last_name"], p["email"], p["postcode"])
        rows.append({**p, "uuid": new_signature_id(), "campaign_id": cid, "device_id": device_id, "device_seq": first_seq + i,
                     "signed_at": start + timedelta(seconds=i), "petition_consent": True, "contact_consent": False,
                     "consent_version": "", "source": "volunteer", "status": "valid", "duplicate_of": None,
                     "reviewed": False, "email_key": email_key, "person_key": person_key,
                     "search_text": search_text(p["first_name"], p["last_name"], p["postcode"], p["city"]),
                     "event_id": None, "volunteer_id": None, "drawing": None, "drawing_format": None,
                     "sheet_number": None, "sheet_line": None, "edited_at": None, "edit_device_id": None,
                     "edit_seq": None})
    return rows


def _fill_laptop(lap: Services, cid: str, n: int) -> None:
    with lap.db.session() as s:
        device_id, first = take_sequence(s, n)
        rows = _rows(n, cid, device_id, first, seed=1)
        for i in range(0, n, 10_000):
            s.execute(insert(Signature), rows[i:i + 10_000])


def _synthetic_bundle(cid: str, public: OrganiserPublic, n: int, seed: int, stamp: str) -> tuple[bytes, list]:
    """A bundle from a made-up device (as a laptop would write it), without building its database."""
    from nacl.public import PublicKey, SealedBox
    from nacl.signing import SigningKey

    key = SigningKey(bytes([seed]) * 32)
    device_id = f"00000000-0000-4000-8000-{seed:012d}"
    rows = _rows(n, cid, device_id, 1, seed)
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    header = {"campaign": cid, "events": [], "volunteers": [], "coverage": [[device_id, 1, n]],
              "devices": [{"id": device_id, "name": f"bench {seed}", "public_key": b64(bytes(key.verify_key))}]}
    body = "\n".join([enc(header), *(enc(signature_json(r)) for r in rows)]).encode() + b"\n"
    payload = bytes(SealedBox(PublicKey(public.box)).encrypt(zlib.compress(body, 1)))
    manifest = {"format": FORMAT, "kind": "bundle", "campaign": cid, "created_at": stamp,
                "device": {"id": device_id, "name": f"bench {seed}", "public_key": b64(bytes(key.verify_key)),
                           "fingerprint": fingerprint(bytes(key.verify_key))},
                "seq_from": 1, "seq_to": n, "all": False, "records": n, "signatures": n, "withdrawals": 0,
                "payload": {"compression": "zlib", "encryption": "x25519-sealedbox", "recipient": public.fingerprint}}
    return pack(BUNDLE_MAGIC, manifest, payload, key)[0], rows


def _raw_baseline(template: Path, target: Path, bundles_rows: list[list[dict[str, Any]]]) -> float:
    """Plain sqlite3 executemany ... ON CONFLICT DO NOTHING of the same rows, same schema and pragmas."""
    shutil.copy(template, target)
    conn = sqlite_driver.connect(target)
    _sqlite_pragmas(conn, None)
    cols = [*bundles_rows[0][0], "created_at", "updated_at"]
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    sql = (f"INSERT INTO signature ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
           "ON CONFLICT (uuid) DO NOTHING")
    devices = {r["device_id"] for rows in bundles_rows for r in rows[:1]}
    conn.executemany("INSERT OR IGNORE INTO device (id, name, is_self, next_seq, exported_seq, created_at) "
                     "VALUES (?, '', 0, 1, 0, '2026-01-01')", [(d,) for d in devices])
    conn.commit()
    start = time.perf_counter()
    for rows in bundles_rows:
        conn.executemany(sql, [tuple(v.replace(tzinfo=None).isoformat(" ") if isinstance(v, datetime) else v
                                     for v in (*r.values(), now, now)) for r in rows])
        conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main(quick: bool) -> None:
    n_one = 10_000 if quick else 100_000
    n_merge, n_bundles = (10_000, 10) if quick else (100_000, 10)
    root = Path(tempfile.mkdtemp(prefix="dk-bench-sync-"))
    try:
        figures = _run(root, n_one, n_merge, n_bundles)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report(f"sync ({'quick' if quick else 'full'})", figures)


def _run(root: Path, n_one: int, n_merge: int, n_bundles: int) -> list[Figure]:
    figures = []
    org = _services(root / "template.sqlite3")
    c = org.campaigns.create("Bench", "Benchmark petition.", 1_000_000, "Bench", "GB")
    public = generate_organiser_keys(root / "keys")
    key = root / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, root / "c.dkc", key)
    org.db.checkpoint()
    org.db.dispose()
    template = root / "template.sqlite3"

    lap = _services(root / "laptop.sqlite3")
    lap.sync.import_campaign(root / "c.dkc")
    _fill_laptop(lap, c.id, n_one)
    out = root / "one.dkb"
    write = timed(lambda: lap.sync.export_bundle(out, c.id, everything=True), repeat=3)
    figures.append(Figure(f"write {n_one:,}-signature bundle", write, target="< 3 s at 100k",
                          met=statistics.median(write) < 3 * n_one / 100_000, notes={"bytes": out.stat().st_size}))

    def fresh_org(name: str) -> Services:
        shutil.copy(template, root / name)
        return _services(root / name)

    samples = []
    for i in range(2):  # each into a fresh organiser database, the only one open (as in the app)
        t = fresh_org(f"imp{i}.sqlite3")
        samples += timed(lambda t=t: t.sync.import_bundles([out], key_path=key, enrol=True), repeat=1)
        t.db.dispose()
    figures.append(Figure(f"import {n_one:,}-signature bundle", samples, target="< 6 s at 100k",
                          met=statistics.median(samples) < 6 * n_one / 100_000))

    # Save latency while importing: a volunteer's app is another process on the same database file.
    busy = fresh_org("latency.sqlite3")
    latencies = _latency_during(root / "latency.sqlite3", c.id, lambda: busy.sync.import_bundles([out], key_path=key, enrol=True))
    figures.append(Figure("volunteer save latency during an import (other process)", latencies,
                          target="max < 100 ms", met=max(latencies) < 0.1, notes={"saves": len(latencies)}))

    # Merge n_bundles x n_merge from distinct devices vs raw sqlite3.
    stamp = datetime.now(timezone.utc).isoformat()
    made = [_synthetic_bundle(c.id, public, n_merge, seed + 1, stamp) for seed in range(n_bundles)]
    paths = []
    for i, (data, _rows) in enumerate(made):
        paths.append(root / f"m{i}.dkb")
        paths[-1].write_bytes(data)
    merged = fresh_org("merge.sqlite3")
    merge_time = timed(lambda: merged.sync.import_bundles(paths, key_path=key, enrol=True), repeat=1)
    from drivekit.sync.fileformat.keys import load_organiser_key

    secret = load_organiser_key(key)
    decoded = [[add_keys(r) for r in decode_bundle(p.read_bytes(), p.name, secret).signatures] for p in paths]
    raw = [_raw_baseline(template, root / "raw.sqlite3", decoded)]
    total = n_merge * n_bundles
    figures.append(Figure(f"merge {total:,} signatures from {n_bundles} bundles", merge_time, baseline=raw,
                          target="within 2x of raw executemany", met=merge_time[0] <= 2 * raw[0]))
    again_stamp = (datetime.now(timezone.utc) + timedelta(seconds=1)).isoformat()
    repeat_paths = _same_records(root, c.id, public, made, again_stamp)
    reimport = timed(lambda: merged.sync.import_bundles(repeat_paths, key_path=key), repeat=1)
    figures.append(Figure(f"re-import {total:,} signatures all present", reimport, baseline=merge_time,
                          target="< 1/3 of the merge", met=reimport[0] < merge_time[0] / 3))
    return figures


def _save_loop(path: str, campaign_id: str, stop: Any, out: Any) -> None:
    saver = build_services(Database(f"sqlite:///{path}"))
    rng = random.Random(7)
    while not stop.is_set():
        p = _person(rng, rng.randint(0, 10**9))
        t0 = time.perf_counter()
        saver.signatures.save(campaign_id, SignerInput(first_name=p["first_name"], last_name=p["last_name"],
                                                       postcode=p["postcode"], city="London", petition_consent=True))
        out.put(time.perf_counter() - t0)
        time.sleep(0.01)


def _latency_during(path: Path, campaign_id: str, work: Any) -> list[float]:
    """Latencies of saves made by another process while `work()` runs in this one."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    stop, out = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=_save_loop, args=(str(path), campaign_id, stop, out))
    proc.start()
    first = out.get(timeout=60)  # the saver is up and has saved once
    work()
    stop.set()
    proc.join(timeout=60)
    latencies = []
    while not out.empty():
        latencies.append(out.get())
    return latencies or [first]


def _same_records(root: Path, cid: str, public: OrganiserPublic, made: list, stamp: str) -> list[Path]:
    """The first run's bundles again, re-sealed with a new date: new bundle ids, every record already present."""
    import struct

    from nacl.signing import SigningKey

    paths = []
    for i, (data, _rows) in enumerate(made):
        (length,) = struct.unpack(">I", data[8:12])
        manifest = json.loads(data[12:12 + length])
        manifest["created_at"] = stamp
        payload = data[12 + length + 64:]
        path = root / f"again{i}.dkb"
        path.write_bytes(pack(BUNDLE_MAGIC, manifest, payload, SigningKey(bytes([i + 1]) * 32))[0])
        paths.append(path)
    return paths


if __name__ == "__main__":
    from benchmarks.common import quick_flag

    main(quick_flag())
