"""Sync bundles: write and import 100k, merge 1M against raw sqlite3, re-import, save latency during import.

    PYTHONPATH=$PWD python -m benchmarks.bench_sync [--quick] [--only import]

`--only import` measures the bundle write, the 100k import beside its two baselines (and its CPU
time) and the save latency during an import, then the save latency and the import's time again
with the machine's cores kept busy by as many spinning processes as it has cores; without the
1,000,000-signature merge and re-import (about 40 minutes).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import tempfile
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from benchmarks.common import Figure, report, timed
from drivekit.domain.validation import SignerInput
from drivekit.services import Services, build_services
from drivekit.services.demo_data import SignerData, Timeline
from drivekit.storage import migrate, sqlite_driver
from drivekit.storage.db import Database, _sqlite_pragmas
from drivekit.sync.engine.batches import IMPORT_CACHE_KIB, IMPORT_TEMP_STORE, TX_ROWS
from drivekit.sync.fileformat.bundle_records import add_keys, erase, signature_json, withdrawal_json
from drivekit.sync.fileformat.container import BUNDLE_MAGIC, FORMAT, b64, fingerprint, pack
from drivekit.sync.fileformat.keys import OrganiserPublic, generate_organiser_keys
from drivekit.sync.fileformat.reader import decode_bundle

SCHEMA_BATCH = TX_ROWS  # rows per transaction in the same-schema baseline: as many as the import's


def _services(path: Path) -> Services:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return build_services(db)


def _person(rng: random.Random, i: int) -> dict[str, Any]:
    """A signer for the volunteer's saves during an import (realistic: from the demo's pools)."""
    if not _SAVERS:
        _SAVERS.extend(_saver_rows())
    row = _SAVERS[i % len(_SAVERS)]
    return {k: row[k] for k in ("first_name", "last_name", "email", "postcode", "city", "country")}


def _saver_rows() -> list[dict[str, Any]]:
    data = SignerData(2000, seed=99, campaign_id="", consent_version="", device_id=None, timeline=Timeline.plain())
    return [r for rows in data.batches() for r in rows]


_SAVERS: list[dict[str, Any]] = []


def bench_campaign(root: Path, db: Path) -> tuple[Services, str, OrganiserPublic, Path]:
    """An organiser database at `db` holding the benchmarks' campaign, the organiser's keys in
    root/keys and the campaign file root/c.dkc: (services, campaign id, public key, key file)."""
    org = _services(db)
    c = org.campaigns.create("Bench", "Benchmark petition.", 1_000_000, "Bench", "GB")
    public = generate_organiser_keys(root / "keys")
    key = root / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, root / "c.dkc", key)
    return org, c.id, public, key


def _fill_laptop(lap: Services, cid: str, n: int) -> None:
    """The laptop's signatures: the demo's realistic signers (duplicates, withdrawals, drawings)."""
    lap.demo.add_signers(cid, n, seed=1)


def _synthetic_bundle(cid: str, public: OrganiserPublic, n: int, seed: int, stamp: str) -> tuple[bytes, list]:
    """A bundle from a made-up device (as a laptop would write it, with its withdrawals), without
    building its database; the rows are the demo's realistic signers."""
    from nacl.public import PublicKey, SealedBox
    from nacl.signing import SigningKey

    key = SigningKey(bytes([seed]) * 32)
    device_id = f"00000000-0000-4000-8000-{seed:012d}"
    data = SignerData(n, seed=seed + 10, campaign_id=cid, consent_version="", device_id=device_id,
                      timeline=Timeline.plain(), id_seed=seed)
    rows = [r for batch in data.batches() for r in batch]
    tombs = []
    for k, i in enumerate(data.withdrawn):
        erase(rows[i])
        tombs.append({"signature_uuid": rows[i]["uuid"], "withdrawn_at": rows[i]["signed_at"], "reason": "",
                      "device_id": device_id, "device_seq": n + 1 + k})
    seq_to = n + len(tombs)
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    header = {"campaign": cid, "events": [], "volunteers": [], "coverage": [[device_id, 1, seq_to]],
              "devices": [{"id": device_id, "name": f"bench {seed}", "public_key": b64(bytes(key.verify_key))}]}
    body = "\n".join([enc(header), *(enc(withdrawal_json(t)) for t in tombs),
                      *(enc(signature_json(r)) for r in rows)]).encode() + b"\n"
    payload = bytes(SealedBox(PublicKey(public.box)).encrypt(zlib.compress(body, 1)))
    manifest = {"format": FORMAT, "kind": "bundle", "campaign": cid, "created_at": stamp,
                "device": {"id": device_id, "name": f"bench {seed}", "public_key": b64(bytes(key.verify_key)),
                           "fingerprint": fingerprint(bytes(key.verify_key))},
                "seq_from": 1, "seq_to": seq_to, "all": False, "records": n + len(tombs), "signatures": n,
                "withdrawals": len(tombs),
                "payload": {"compression": "zlib", "encryption": "x25519-sealedbox", "recipient": public.fingerprint}}
    return pack(BUNDLE_MAGIC, manifest, payload, key)[0], rows


def _values(rows: list[dict[str, Any]], cols: list[str], now: str) -> list[tuple[Any, ...]]:
    return [tuple(v.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ") if isinstance(v, datetime) else v
                  for v in (*(r[c] for c in cols[:-2]), now, now)) for r in rows]


def _raw_baseline(template: Path, target: Path, bundles_rows: list[list[dict[str, Any]]]) -> float:
    """A bare table: the same rows and columns by plain sqlite3 executemany ... ON CONFLICT DO NOTHING,
    the uuid the only index (no search index, no other index), same pragmas, a commit per bundle."""
    target.unlink(missing_ok=True)
    conn = sqlite_driver.connect(target)
    _sqlite_pragmas(conn, None)
    cols = [*bundles_rows[0][0], "created_at", "updated_at"]
    conn.execute(f"CREATE TABLE signature (id INTEGER PRIMARY KEY, {', '.join(cols)}, UNIQUE (uuid))")
    conn.commit()
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(" ")
    sql = (f"INSERT INTO signature ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
           "ON CONFLICT (uuid) DO NOTHING")
    params = [_values(rows, cols, now) for rows in bundles_rows]
    start = time.perf_counter()
    for values in params:
        conn.executemany(sql, values)
        conn.commit()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def _schema_baseline(template: Path, target: Path, bundles_rows: list[list[dict[str, Any]]]) -> float:
    """What this schema allows: the same rows into the organiser's own schema (every index) by plain
    sqlite3, with the import's pragmas, SCHEMA_BATCH rows a transaction, and the search index fed
    in bulk once per batch (one INSERT ... SELECT) instead of by its row trigger."""
    shutil.copy(template, target)
    conn = sqlite_driver.connect(target, isolation_level=None)
    _sqlite_pragmas(conn, None)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute(f"PRAGMA cache_size={IMPORT_CACHE_KIB}")
    conn.execute(f"PRAGMA temp_store={IMPORT_TEMP_STORE}")
    conn.execute("DROP TRIGGER signature_fts_ai")
    cols = [*bundles_rows[0][0], "created_at", "updated_at"]
    devices = {r["device_id"] for rows in bundles_rows for r in rows[:1]}
    conn.executemany("INSERT OR IGNORE INTO device (id, name, is_self, next_seq, exported_seq, created_at) "
                     "VALUES (?, '', 0, 1, 0, '2026-01-01')", [(d,) for d in devices])
    now = datetime.now(timezone.utc).replace(tzinfo=None).isoformat(" ")
    sql = (f"INSERT INTO signature ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
           "ON CONFLICT (uuid) DO NOTHING")
    feed = ("INSERT INTO signature_fts (rowid, search_text) SELECT id, search_text FROM signature "
            "WHERE id > ? AND search_text IS NOT NULL")
    params = [_values(rows[i:i + SCHEMA_BATCH], cols, now) for rows in bundles_rows
              for i in range(0, len(rows), SCHEMA_BATCH)]
    start = time.perf_counter()
    for values in params:
        conn.execute("BEGIN")
        last = conn.execute("SELECT coalesce(max(id), 0) FROM signature").fetchone()[0]
        conn.executemany(sql, values)
        conn.execute(feed, (last,))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main(quick: bool, only_import: bool = False) -> None:
    n_one = 10_000 if quick else 100_000
    n_merge, n_bundles = (10_000, 10) if quick else (100_000, 10)
    root = Path(tempfile.mkdtemp(prefix="dk-bench-sync-"))
    try:
        figures = _run(root, n_one, n_merge, n_bundles, only_import)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    report(f"sync ({'quick' if quick else 'full'}{', import only' if only_import else ''})", figures)


def _run(root: Path, n_one: int, n_merge: int, n_bundles: int, only_import: bool = False) -> list[Figure]:
    figures = []
    org, cid, public, key = bench_campaign(root, root / "template.sqlite3")
    org.db.checkpoint()
    org.db.dispose()
    template = root / "template.sqlite3"

    lap = _services(root / "laptop.sqlite3")
    lap.sync.import_campaign(root / "c.dkc")
    _fill_laptop(lap, cid, n_one)
    out = root / "one.dkb"
    write = timed(lambda: lap.sync.export_bundle(out, cid, everything=True, force=True), repeat=3)
    figures.append(Figure(f"write {n_one:,}-signature bundle", write, target="< 3 s at 100k",
                          met=statistics.median(write) < 3 * n_one / 100_000, notes={"bytes": out.stat().st_size}))

    def fresh_org(name: str) -> Services:
        shutil.copy(template, root / name)
        return _services(root / name)

    from drivekit.sync.fileformat.keys import load_organiser_key

    secret = load_organiser_key(key)
    one_rows = [[add_keys(r) for r in decode_bundle(out.read_bytes(), out.name, secret).signatures]]
    samples, bare, schema, cpu = [], [], [], []
    for i in range(3):  # each into a fresh organiser database, the only one open (as in the app)
        t = fresh_org(f"imp{i}.sqlite3")
        before = _cpu()
        samples += timed(lambda t=t: t.sync.import_bundles([out], key_path=key, enrol=True), repeat=1)
        cpu.append(_cpu() - before)
        t.db.dispose()
        bare.append(_raw_baseline(template, root / "bare.sqlite3", one_rows))
        schema.append(_schema_baseline(template, root / "schema.sqlite3", one_rows))
    fig = Figure(f"import {n_one:,}-signature bundle (empty organiser database)", samples, baseline=bare,
                 schema_baseline=schema, target="<= 1.5x same-schema baseline and < 10 s at 100k",
                 notes={"cpu_median": f"{statistics.median(cpu):.2f} s (all threads)", "load": _load()})
    fig.met = (fig.schema_ratio or 99) <= 1.5 and fig.median < 10 * n_one / 100_000
    figures.append(fig)

    # Save latency while importing: a volunteer's app is another process on the same database file.
    figures += _latency_figures(root, cid, out, key, fresh_org, "latency", busy_loops=0)
    if only_import:
        # The same with the machine's cores kept busy by as many spinning processes as it has
        # (the load of a shared or slow laptop): the import's pace and a save's wait under load.
        figures += _latency_figures(root, cid, out, key, fresh_org, "loaded", busy_loops=os.cpu_count() or 2)
        return figures

    # Merge n_bundles x n_merge from distinct devices vs raw sqlite3.
    stamp = datetime.now(timezone.utc).isoformat()
    made = [_synthetic_bundle(cid, public, n_merge, seed + 1, stamp) for seed in range(n_bundles)]
    paths = []
    for i, (data, _rows) in enumerate(made):
        paths.append(root / f"m{i}.dkb")
        paths[-1].write_bytes(data)
    merged = fresh_org("merge.sqlite3")
    merge_time = timed(lambda: merged.sync.import_bundles(paths, key_path=key, enrol=True), repeat=1)
    decoded = [[add_keys(r) for r in decode_bundle(p.read_bytes(), p.name, secret).signatures] for p in paths]
    raw = [_raw_baseline(template, root / "raw.sqlite3", decoded)]
    schema = [_schema_baseline(template, root / "schema.sqlite3", decoded)]
    total = n_merge * n_bundles
    figures.append(Figure(f"merge {total:,} signatures from {n_bundles} bundles", merge_time, baseline=raw,
                          schema_baseline=schema, target="within 2x of the same-schema baseline",
                          met=merge_time[0] <= 2 * schema[0]))
    again_stamp = (datetime.now(timezone.utc) + timedelta(seconds=1)).isoformat()
    repeat_paths = _same_records(root, cid, public, made, again_stamp)
    reimport = timed(lambda: merged.sync.import_bundles(repeat_paths, key_path=key), repeat=1)
    figures.append(Figure(f"re-import {total:,} signatures all present", reimport, baseline=merge_time,
                          target="< 1/3 of the merge", met=reimport[0] < merge_time[0] / 3))
    return figures


def _cpu() -> float:
    """CPU seconds of this process so far, every thread (user + system)."""
    import resource

    use = resource.getrusage(resource.RUSAGE_SELF)
    return use.ru_utime + use.ru_stime


def _load() -> str:
    return f"{os.getloadavg()[0]:.1f}"


def _spin(stop: Any) -> None:
    while not stop.is_set():
        for _ in range(100_000):
            pass


def _latency_figures(root: Path, cid: str, bundle: Path, key: Path, fresh_org: Any, name: str,
                     busy_loops: int) -> list[Figure]:
    """A volunteer's saves (another process) before and during an import into a fresh organiser
    database; with `busy_loops` spinning processes running throughout when asked."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    stop = ctx.Event()
    spinners = [ctx.Process(target=_spin, args=(stop,), daemon=True) for _ in range(busy_loops)]
    for p in spinners:
        p.start()
    try:
        busy = fresh_org(f"{name}.sqlite3")
        took: list[float] = []
        idle, latencies = _latency_during(root / f"{name}.sqlite3", cid, lambda: took.extend(
            timed(lambda: busy.sync.import_bundles([bundle], key_path=key, enrol=True), repeat=1)))
        load = _load()
        busy.db.dispose()
    finally:
        stop.set()
        for p in spinners:
            p.join(timeout=10)
    where = f", {busy_loops} busy loops" if busy_loops else ""
    out = [Figure(f"volunteer save latency during an import (other process{where})", latencies, baseline=idle,
                  target="max < 100 ms", met=max(latencies) < 0.1,
                  notes={"saves": len(latencies), "max_without_import": f"{max(idle) * 1000:.1f} ms",
                         "saves_without_import": len(idle), "load": load})]
    if busy_loops:
        out.append(Figure(f"import with a volunteer saving{where}", took, notes={"load": load}))
    return out


def _save_loop(path: str, campaign_id: str, stop: Any, out: Any) -> None:
    saver = build_services(Database(f"sqlite:///{path}"))
    rng = random.Random(7)
    while not stop.is_set():
        p = _person(rng, rng.randint(0, 10**9))
        t0 = time.perf_counter()
        saver.signatures.save(campaign_id, SignerInput(
            first_name=p["first_name"], last_name=p["last_name"], email=p["email"] or "", postcode=p["postcode"],
            city=p["city"], country=p["country"], petition_consent=True))
        out.put(time.perf_counter() - t0)
        time.sleep(0.01)


def _latency_during(path: Path, campaign_id: str, work: Any, idle_s: float = 5.0) -> tuple[list[float], list[float]]:
    """Latencies of saves made by another process: for `idle_s` with nothing else writing (the
    machine's own latency, the baseline), then while `work()` runs in this one."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    stop, out = ctx.Event(), ctx.Queue()
    proc = ctx.Process(target=_save_loop, args=(str(path), campaign_id, stop, out))
    proc.start()
    first = out.get(timeout=60)  # the saver is up and has saved once
    time.sleep(idle_s)
    idle = _drain(out) or [first]
    work()
    stop.set()
    proc.join(timeout=60)
    return idle, _drain(out) or [first]


def _drain(out: Any) -> list[float]:
    got = []
    while not out.empty():
        got.append(out.get())
    return got


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
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (10,000 signatures)")
    parser.add_argument("--only", choices=["import"], help="only the bundle write, the import and save latency")
    args = parser.parse_args()
    main(args.quick, only_import=args.only == "import")
