"""One scenario on SQLite and on a PostgreSQL hub: the same stats, search results, duplicates and
withdrawals, through the services and through the `drivekit` command."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from drivekit.services import build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from drivekit.storage.models import POSSIBLE_DUPLICATE
from tests.pg import fresh_database, run
from tests.sync.conftest import canonical, signer

pytestmark = pytest.mark.postgres

START = datetime(2026, 6, 1, 10, tzinfo=timezone.utc)
# Names in many scripts, accents and letters Unicode does not decompose; made up.
LAPTOP_A = [("Zoë", "Łukasz", "zoe@example.org", "SW1A 1AA", "London"),
            ("José", "Núñez", "", "E1 6AN", "London"),
            ("Мария", "Иванова", "maria@example.org", "SW1A 2AA", "Лондон"),
            ("Γιώργος", "Παπαδόπουλος", "", "N1 9GU", "London"),
            ("محمد", "علي", "m.ali@example.org", "E1 6AN", "London"),
            ("דוד", "כהן", "", "SW1A 1AA", "London"),
            ("小明", "王", "wang@example.org", "E1 6AN", "London"),
            ("太郎", "山田", "", "N1 9GU", "London"),
            ("Işıl", "Yılmaz", "isil@example.org", "SW1A 1AA", "London"),
            ("Johann", "Strauß", "", "E1 6AN", "Wien"),
            ("O'Brien", "100%_sure\\", "", "SW1A 2AA", "London")]
LAPTOP_B = [("ZOE", "Lukasz", "Zoe@Example.org", "N1 9GU", "Leeds"),  # Zoë again, by email
            ("Jose", "Nunez", "", "E1 6AN", "London"),  # José again, by name and postcode
            ("Мария", "Петрова", "", "SW1A 2AA", "London"),
            ("François", "Lefèvre", "francois@example.org", "SW1A 1AA", "London"),
            ("अमित", "शर्मा", "", "E1 6AN", "London")]
QUERIES = ["zoe", "ZOË", "łuk", "lukasz", "nunez", "NÚÑ", "мари", "ИВАН", "лонд", "γιωργ", "ΠΑΠΑ", "محمد", "כהן",
           "小明", "山田", "王", "strauss", "strauß", "isil", "YILMAZ", "शर्मा", "sw1a", "sw1a1", "SW1A 1", "london",
           "lo", "e1 6", "a", "zoe lukasz", "françois lef", "%", "_", "\\", "'", "100%_", "nobody at all"]


def _save(svc: Any, campaign_id: str, people: list[tuple[str, ...]], offset: int) -> list[Any]:
    saved = []
    for i, (first, last, email, postcode, city) in enumerate(people):
        at = START + timedelta(minutes=offset + i)
        saved.append(svc.signatures.save(campaign_id, replace(signer(first, last, email, postcode, city),
                                                              signed_at=at)))
    return saved


def _answers(svc: Any, cid: str) -> dict[str, Any]:
    sigs, tombs, stats = canonical(svc, cid)
    me = svc.sync.identity().id  # a withdrawal made at this organiser's desk is dated and numbered by it
    tombs = tuple((u, "this organiser") if device == me else (u, at, device, seq) for u, at, device, seq in tombs)
    return {
        "canonical": (sigs, tombs, stats),
        "search": {q: [r.uuid for r in svc.signatures.list(cid, search=q)] for q in QUERIES},
        "possible duplicates": [r.uuid for r in svc.signatures.list(cid, status=POSSIBLE_DUPLICATE)],
        "pairs": sorted((a.uuid, b.uuid) for a, b in svc.signatures.duplicate_pairs(cid)),
        "withdrawn": [(r.uuid, r.first_name, r.email) for r in svc.signatures.list(cid, status="withdrawn")],
    }


def test_sqlite_and_a_postgresql_hub_give_the_same_answers(make_services, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    setup = make_services("setup")
    c = setup.campaigns.create("Clean river", "We ask the council to clean the river.", 100, "Friends", "GB")
    setup.campaigns.add_target(c.id, "Council", postcode_prefixes=["SW1"])
    setup.campaigns.add_event(c.id, "Riverside stall")
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    setup.sync.export_campaign(c.id, tmp_path / "campaign.dkc", key)
    laptops = {}
    for name, people, offset in (("a", LAPTOP_A, 0), ("b", LAPTOP_B, -30)):
        lap = make_services(f"laptop-{name}")
        lap.sync.import_campaign(tmp_path / "campaign.dkc")
        laptops[name] = (lap, _save(lap, c.id, people, offset))
    lap_a, saved_a = laptops["a"]
    bundles = [Path(lap.sync.export_bundle(tmp_path / f"{n}-1.dkb", c.id).path) for n, (lap, _s) in laptops.items()]
    lap_a.signatures.edit(saved_a[1].uuid, {"city": "Camden"})  # a correction travels in the next bundle
    lap_a.signatures.withdraw(saved_a[3].uuid, "asked by phone")
    bundles.append(Path(lap_a.sync.export_bundle(tmp_path / "a-2.dkb", c.id).path))

    with fresh_database() as url:
        hub_db = Database(url)
        migrate.upgrade(hub_db)
        organisers = {"sqlite": make_services("organiser"), "postgresql": build_services(hub_db)}
        answers = {}
        for kind, org in organisers.items():
            org.sync.import_campaign(tmp_path / "campaign.dkc")
            reports = org.sync.import_bundles(bundles[::-1], key_path=key, enrol=True)  # newest first
            assert [r.outcome for r in reports] == ["imported"] * 3, kind
            org.signatures.withdraw(saved_a[6].uuid, "withdrawn at the desk")
            answers[kind] = _answers(org, c.id)
        assert answers["postgresql"] == answers["sqlite"]
        found = answers["sqlite"]["search"]
        # The scenario means something: accents, case and scripts folded, substrings found.
        assert found["zoe"] == found["ZOË"] and len(found["zoe"]) == 2
        assert found["nunez"] == found["NÚÑ"] and len(found["nunez"]) == 2
        assert len(found["мари"]) == 2 and len(found["strauss"]) == 1 and found["王"] == []  # withdrawn
        assert len(found["100%_"]) == 1 and found["%"] == found["100%_"] and found["nobody at all"] == []
        assert len(answers["sqlite"]["pairs"]) == 2 and len(answers["sqlite"]["withdrawn"]) == 2

        # The command line gives the same documents from either database.
        sqlite_path = organisers["sqlite"].db.sqlite_path
        for args in (["stats", c.id], ["signatures", "list", c.id, "--search", "мари"],
                     ["signatures", "list", c.id, "--search", "nunez"]):
            outputs = []
            for db in (str(sqlite_path), url):
                done = run(["--db", db, "--json", *args], tmp_path / "data")
                assert done.code == 0, done.err
                outputs.append(json.loads(done.out))
            if args[0] == "signatures":
                outputs = [sorted(r["uuid"] for r in out["signatures"]) for out in outputs]
            assert outputs[0] == outputs[1], args
        hub_db.dispose()
