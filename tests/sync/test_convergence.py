"""Organisers who import the same bundles, in any order, with repeats and relays, end up equal."""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from drivekit.sync.fileformat.keys import generate_organiser_keys
from tests.sync.conftest import batches_of, canonical, signer

PEOPLE = [("Ann", "Lee", "ann@example.org", "SW1A 1AA"), ("Bob", "Ray", "", "SW1A 2BB"),
          ("Ann", "Lee", "", "SW1A 1AA"), ("Cara", "Diaz", "cara@example.org", "E1 6AN"),
          ("Bob", "Ray", "bob@example.org", "SW1A 2BB"), ("Dev", "Patel", "", "N1 9GU")]
CITIES = ["London", "Londres", "Camden"]
_template: dict[str, Any] = {}
# The first organiser writes each bundle in one batch; the second one record per batch, so every
# batch is decided beside the writing of the one before (plans.plan_beside) and must agree.
ORG_BATCH = (10_000, 1)


def _template_dir() -> dict[str, Any]:
    """One migrated database with the campaign installed, copied for every device (fast)."""
    if not _template:
        root = Path(tempfile.mkdtemp(prefix="dk-conv-"))
        db = Database(f"sqlite:///{root / 'org.sqlite3'}")
        migrate.upgrade(db)
        svc = build_services(db)
        c = svc.campaigns.create("Pool", "Keep the pool open.", 100, "Swimmers", "GB")
        svc.campaigns.add_event(c.id, "Stall")
        generate_organiser_keys(root / "keys")
        svc.sync.export_campaign(c.id, root / "c.dkc", root / "keys" / "organiser.key")
        lap = Database(f"sqlite:///{root / 'template.sqlite3'}")
        migrate.upgrade(lap)
        build_services(lap).sync.import_campaign(root / "c.dkc")
        lap.checkpoint()
        lap.dispose()
        db.dispose()
        _template.update(root=root, campaign=c.id, key=root / "keys" / "organiser.key")
    return _template


class SyncMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.t = _template_dir()
        self.cid = self.t["campaign"]
        self.dir = Path(tempfile.mkdtemp(prefix="dk-run-"))
        self.dbs: list[Database] = []
        self.laptops = [self._open(f"laptop{i}") for i in range(3)]
        self.orgs = [self._open(f"org{i}") for i in range(2)]
        self.bundles: list[Path] = []
        self.live: list[list[str]] = [[] for _ in self.laptops]

    def _open(self, name: str) -> Any:
        path = self.dir / f"{name}.sqlite3"
        shutil.copy(self.t["root"] / "template.sqlite3", path)
        db = Database(f"sqlite:///{path}")
        with db.engine.begin() as conn:  # a copied database must not share the template's device identity
            conn.exec_driver_sql("DELETE FROM device")
        self.dbs.append(db)
        return build_services(db)

    @initialize(seed=st.integers(0, 10_000))
    def setup(self, seed: int) -> None:
        self.rng = random.Random(seed)

    @rule(device=st.integers(0, 2), person=st.sampled_from(PEOPLE))
    def collect(self, device: int, person: tuple[str, str, str, str]) -> None:
        saved = self.laptops[device].signatures.save(self.cid, signer(*person))
        self.live[device].append(saved.uuid)

    @precondition(lambda self: any(self.live))
    @rule(device=st.integers(0, 2), pick=st.integers(0, 100), city=st.sampled_from(CITIES))
    def correct(self, device: int, pick: int, city: str) -> None:
        if self.live[device]:
            uuid = self.live[device][pick % len(self.live[device])]
            self.laptops[device].signatures.edit(uuid, {"city": city, "comment": f"fixed on {device}"})

    @precondition(lambda self: any(self.live))
    @rule(device=st.integers(0, 2), pick=st.integers(0, 100))
    def withdraw(self, device: int, pick: int) -> None:
        if self.live[device]:
            uuid = self.live[device].pop(pick % len(self.live[device]))
            self.laptops[device].signatures.withdraw(uuid, "changed their mind")

    @rule(device=st.integers(0, 2), everything=st.booleans())
    def export(self, device: int, everything: bool) -> None:
        svc = self.laptops[device]
        try:
            result = svc.sync.export_bundle(self.dir / f"b{len(self.bundles)}.dkb", self.cid, everything)
        except Exception as err:  # nothing new since the last incremental export
            assert "Nothing new" in str(err)
            return
        self.bundles.append(Path(result.path))

    @precondition(lambda self: self.bundles)
    @rule(org=st.integers(0, 1), pick=st.integers(0, 1000))
    def merge(self, org: int, pick: int) -> None:
        path = self.bundles[pick % len(self.bundles)]
        with batches_of(ORG_BATCH[org]):
            [report] = self.orgs[org].sync.import_bundles([path], key_path=self.t["key"])
        assert report.outcome in ("imported", "already imported"), report.reason

    @precondition(lambda self: self.bundles)
    @rule(org=st.integers(0, 1))
    def relay(self, org: int) -> None:
        """An organiser passes on everything it holds (an --all export) to the other."""
        result = self.orgs[org].sync.export_bundle(self.dir / f"b{len(self.bundles)}.dkb", self.cid, True)
        self.bundles.append(Path(result.path))

    def teardown(self) -> None:
        try:
            if hasattr(self, "rng"):
                for i, org in enumerate(self.orgs):  # opposite orders, then a shuffle with repeats
                    extra = self.bundles * 2
                    self.rng.shuffle(extra)
                    order = (self.bundles if i == 0 else self.bundles[::-1]) + extra
                    with batches_of(ORG_BATCH[i]):
                        reports = org.sync.import_bundles(order, key_path=self.t["key"])
                    for report in reports:
                        assert report.outcome in ("imported", "already imported"), report.reason
                assert canonical(self.orgs[0], self.cid) == canonical(self.orgs[1], self.cid)
        finally:
            for db in self.dbs:
                db.dispose()
            shutil.rmtree(self.dir, ignore_errors=True)


SyncMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=20, deadline=None,
                                         suppress_health_check=[HealthCheck.too_slow])
TestConvergence = pytest.mark.slow(SyncMachine.TestCase)
