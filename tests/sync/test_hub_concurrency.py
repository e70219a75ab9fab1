"""Several organisers importing into one PostgreSQL hub at the same moment, as real processes.

Each test makes the processes meet: it holds the lock they all need, waits until every one of
them is queued on it at the server, then lets go. So "at the same moment" is certain, not luck.
"""

from __future__ import annotations

import json
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, create_engine, text

from drivekit.services import Services, build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from drivekit.storage.duplicate_marks import WRITERS_LOCK
from drivekit.storage.pg import LOCK_SPACE, lock_key
from tests.pg import Process, backends_waiting, fresh_database, run, wait_until
from tests.sync.conftest import canonical, signer

pytestmark = pytest.mark.postgres


@dataclass
class Hub:
    url: str
    svc: Services
    campaign_id: str
    key: Path
    campaign_file: Path
    tmp: Path

    def import_args(self, *files: Path, enrol: bool = True) -> list[str]:
        return ["--db", self.url, "--json", "sync", "import", *map(str, files), "--key", str(self.key),
                *(["--enrol"] if enrol else [])]

    def count(self, sql: str) -> Any:
        with self.svc.db.engine.connect() as conn:
            return conn.exec_driver_sql(sql).scalar()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Hub]:
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    with fresh_database() as url:
        db = Database(url)
        migrate.upgrade(db)
        svc = build_services(db)
        c = svc.campaigns.create("Save the pool", "We ask the council to keep the pool open.", 1000, "Swimmers", "GB")
        svc.campaigns.add_target(c.id, "Council", postcode_prefixes=["SW1"])
        generate_organiser_keys(tmp_path / "keys")
        key = tmp_path / "keys" / "organiser.key"
        svc.sync.export_campaign(c.id, tmp_path / "campaign.dkc", key)
        try:
            yield Hub(url, svc, c.id, key, tmp_path / "campaign.dkc", tmp_path)
        finally:
            db.dispose()


def person(i: int) -> Any:
    return signer(f"Given{i}", f"Family{i}", f"p{i}@example.org", "SW1A 1AA" if i % 2 else "E1 6AN")


def laptop_bundle(hub: Hub, make_services: Any, name: str, people: list[int]) -> tuple[Services, Path]:
    lap = make_services(name)
    lap.sync.import_campaign(hub.campaign_file)
    for i in people:
        lap.signatures.save(hub.campaign_id, person(i))
    return lap, Path(lap.sync.export_bundle(hub.tmp / f"{name}.dkb", hub.campaign_id).path)


@pytest.fixture
def blocker(hub: Hub) -> Iterator[Connection]:
    """The test's own connection to the hub, to hold locks the importers need."""
    engine = create_engine(hub.url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def meet_at_writers_lock(blocker: Connection, procs: list[Process], at_writers: int = 0) -> None:
    """Hold the signature writers' lock until every importer waits for a lock (`at_writers` of
    them for that one: they have written their bundle and only its duplicate marks are left)."""
    blocker.execute(text("SELECT pg_advisory_lock(:k)"), {"k": WRITERS_LOCK})
    try:
        wait_until(lambda: len(backends_waiting(blocker)) + len(backends_waiting(blocker, "transactionid"))
                   >= len(procs), "every importer to queue", procs=procs)
        wait_until(lambda: len(backends_waiting(blocker, bigint_key=WRITERS_LOCK)) >= at_writers,
                   "the importers to finish writing", procs=procs)
    finally:
        blocker.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": WRITERS_LOCK})


def test_three_organisers_importing_different_bundles_at_once_lose_and_double_nothing(  # type: ignore[no-untyped-def]
        hub, make_services, blocker, tmp_path) -> None:
    """Three laptops' bundles, with people who signed at two laptops, imported by three processes
    at once: the hub ends exactly as one organiser importing them one after the other would."""
    people = {"lap1": list(range(0, 40)), "lap2": list(range(30, 70)), "lap3": [*range(60, 100), 5]}
    bundles = [laptop_bundle(hub, make_services, name, ids)[1] for name, ids in people.items()]
    procs = [Process(hub.import_args(b), tmp_path / f"data{i}") for i, b in enumerate(bundles)]
    # At least one has written its whole bundle; the others wait for it (its lock, or a row of the
    # dashboard's tallies (migration 0009) that its inserts changed).
    meet_at_writers_lock(blocker, procs, at_writers=1)
    results = [p.wait() for p in procs]
    assert [r.code for r in results] == [0, 0, 0], [r.err for r in results]
    outcomes = [r.out for r in results]
    assert all('"outcome": "imported"' in out for out in outcomes), outcomes

    alone = make_services("one-after-the-other")
    alone.sync.import_campaign(hub.campaign_file)
    reports = alone.sync.import_bundles(bundles, key_path=hub.key, enrol=True)
    assert [r.outcome for r in reports] == ["imported"] * 3
    assert canonical(hub.svc, hub.campaign_id) == canonical(alone, hub.campaign_id)
    stats = hub.svc.stats.stats(hub.campaign_id)
    assert (stats.total, stats.unique_signers) == (121, 100)  # 21 people signed at two laptops
    assert hub.count("SELECT count(*) FROM sync_import") == 3
    assert hub.count("SELECT count(*) FROM device WHERE NOT is_self AND enrolled_at IS NOT NULL") == 3


def test_the_same_bundle_imported_by_two_organisers_at_once_is_applied_once(  # type: ignore[no-untyped-def]
        hub, make_services, blocker, tmp_path) -> None:
    lap, bundle = laptop_bundle(hub, make_services, "lap", list(range(25)))
    lap.signatures.withdraw(lap.signatures.list(hub.campaign_id, limit=1)[0].uuid, "asked by phone")
    bundle2 = Path(lap.sync.export_bundle(hub.tmp / "lap-2.dkb", hub.campaign_id).path)
    procs = [Process(hub.import_args(bundle, bundle2), tmp_path / f"data{i}") for i in range(2)]
    meet_at_writers_lock(blocker, procs)
    results = [p.wait() for p in procs]
    assert [r.code for r in results] == [0, 0], [r.err for r in results]
    outcomes = sorted(tuple(f["outcome"] for f in json.loads(r.out)["files"]) for r in results)
    # Each file: one process imported it, the other found it recorded when its turn came.
    assert sorted(o for pair in outcomes for o in pair) == ["already imported"] * 2 + ["imported"] * 2
    news = sorted(f["new"] for r in results for f in json.loads(r.out)["files"] if f["outcome"] == "imported")
    assert news == [0, 25]
    assert hub.count("SELECT count(*) FROM sync_import") == 2
    assert hub.count("SELECT count(*) FROM signature") == 25
    assert hub.count("SELECT count(*) FROM withdrawal") == 1
    stats = hub.svc.stats.stats(hub.campaign_id)
    assert (stats.total, stats.unique_signers, stats.withdrawn) == (25, 24, 1)


def test_a_device_and_a_campaign_first_seen_by_two_importers_at_once_are_created_once(  # type: ignore[no-untyped-def]
        hub, make_services, blocker, tmp_path) -> None:
    """Two bundles of one new laptop, enrolled by two processes at once; and a campaign file
    installed by two processes at once on a new hub (whose own device row is made then, too)."""
    lap = make_services("lap")
    lap.sync.import_campaign(hub.campaign_file)
    for i in range(10):
        lap.signatures.save(hub.campaign_id, person(i))
    first = Path(lap.sync.export_bundle(hub.tmp / "first.dkb", hub.campaign_id).path)
    for i in range(10, 20):
        lap.signatures.save(hub.campaign_id, person(i))
    second = Path(lap.sync.export_bundle(hub.tmp / "second.dkb", hub.campaign_id).path)
    device = lap.sync.identity().id
    key = lock_key("device", device)
    blocker.execute(text("SELECT pg_advisory_lock(:s, :k)"), {"s": LOCK_SPACE, "k": key})
    procs = [Process(hub.import_args(b), tmp_path / f"data{i}") for i, b in enumerate((first, second))]
    try:
        wait_until(lambda: len(backends_waiting(blocker)) >= 2, "both importers to enrol the laptop", procs=procs)
    finally:
        blocker.execute(text("SELECT pg_advisory_unlock(:s, :k)"), {"s": LOCK_SPACE, "k": key})
    results = [p.wait() for p in procs]
    assert [r.code for r in results] == [0, 0], [r.err for r in results]
    assert hub.count(f"SELECT count(*) FROM device WHERE id = '{device}' AND enrolled_at IS NOT NULL") == 1
    assert hub.count("SELECT count(*) FROM signature") == 20

    with fresh_database() as url:
        assert run(["--db", url, "init"], tmp_path / "init").code == 0
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            ckey = lock_key("campaign", hub.campaign_id)
            conn.execute(text("SELECT pg_advisory_lock(:s, :k)"), {"s": LOCK_SPACE, "k": ckey})
            installs = [Process(["--db", url, "--json", "campaign", "import", str(hub.campaign_file)],
                                tmp_path / f"c{i}") for i in range(2)]
            try:
                wait_until(lambda: len(backends_waiting(conn)) >= 2, "both installs to queue", procs=installs)
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:s, :k)"), {"s": LOCK_SPACE, "k": ckey})
            done = [p.wait() for p in installs]
            assert [d.code for d in done] == [0, 0], [d.err for d in done]
            assert sorted(json.loads(d.out)["outcome"] for d in done) == ["installed", "up to date"]
            assert conn.exec_driver_sql("SELECT count(*) FROM campaign").scalar() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM device WHERE is_self").scalar() == 1
        engine.dispose()


@pytest.mark.parametrize("how", ["importer killed", "connection dropped"])
def test_an_import_cut_short_leaves_nothing_and_the_next_import_finishes_it(  # type: ignore[no-untyped-def]
        hub, make_services, blocker, tmp_path, how) -> None:
    """The importer is stopped at its very last step (recording the bundle), after writing every
    signature: the hub shows none of them, and importing the file again brings them all."""
    _lap, bundle = laptop_bundle(hub, make_services, "lap", list(range(30)))
    from drivekit.sync.fileformat.reader import bundle_summary

    _manifest, bundle_id, _head = bundle_summary(bundle.read_bytes(), bundle.name)
    # The test's own unfinished row for this bundle id: the importer's INSERT of it waits on it.
    blocker.execute(text("BEGIN"))
    blocker.execute(text("INSERT INTO sync_import (bundle_id, device_id, seq_from, seq_to, file_name, imported_at, "
                         "counts) VALUES (:b, 'x', 0, 0, 'held by the test', now(), '{}')"), {"b": bundle_id})
    proc = Process(hub.import_args(bundle), tmp_path / "data")
    watch = create_engine(hub.url, isolation_level="AUTOCOMMIT")  # outside the test's transaction: fresh views
    with watch.connect() as conn:
        [pid] = wait_until(lambda: backends_waiting(conn, "transactionid"), "the importer to reach its last step",
                           procs=[proc])
    watch.dispose()
    # Every signature is written by now, inside the importer's transaction: nobody else sees them.
    assert hub.count("SELECT count(*) FROM signature") == 0
    if how == "importer killed":
        proc.proc.send_signal(signal.SIGKILL)
        finished = proc.wait()
        assert finished.code == -signal.SIGKILL
    else:
        other = create_engine(hub.url, isolation_level="AUTOCOMMIT")
        with other.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        other.dispose()
        finished = proc.wait()
        assert finished.code == 1
        assert finished.err.startswith("drivekit: ") and finished.err.count("\n") == 1, finished.err
        assert "connection to the database server" in finished.err and "was lost" in finished.err
        assert "sqlalchemy" not in finished.err.lower() and "psycopg" not in finished.err.lower()
    blocker.execute(text("ROLLBACK"))
    assert hub.count("SELECT count(*) FROM signature") == 0
    assert hub.count("SELECT count(*) FROM sync_import") == 0
    # The organiser's enrolment of the laptop was its own step, before the import, and stays.
    assert hub.count("SELECT count(*) FROM device WHERE NOT is_self AND enrolled_at IS NOT NULL") == 1
    again = run(hub.import_args(bundle, enrol=False), tmp_path / "data")
    assert again.code == 0, again.err
    assert '"outcome": "imported"' in again.out and '"new": 30' in again.out
    assert hub.count("SELECT count(*) FROM signature") == 30
    assert hub.svc.stats.stats(hub.campaign_id).unique_signers == 30
