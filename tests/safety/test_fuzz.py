"""Bad input never crashes: CSV (and OSDI JSON) imports, campaign files and sync bundles are fed
random bytes, mutations of valid files and well-signed files with hostile contents. Only the
project's known errors (drivekit.errors.KnownError) may come out, and a refused file changes
nothing. Search text with quotes, %, _ and FTS operators finds exactly what it says.

DRIVEKIT_FUZZ_EXAMPLES sets the examples per kind (default 300); the run is derandomized, so CI
sees the same cases every time.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from drivekit.domain.text import fold
from drivekit.domain.validation import SignerInput
from drivekit.errors import KnownError
from drivekit.services import Services, build_services
from drivekit.storage import migrate
from drivekit.storage.db import Database
from tests.sync.forge import Forger, signature_record, withdrawal_record

EXAMPLES = int(os.environ.get("DRIVEKIT_FUZZ_EXAMPLES", "300"))
RUNS: Counter[str] = Counter()  # examples run per input kind, for the report


def _settings(n: int = EXAMPLES) -> Any:
    return settings(max_examples=n, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


def _report(kind: str) -> None:
    line = f"fuzz [{kind}]: {RUNS[kind]} cases, 0 unexpected exceptions"
    print(line)
    out = os.environ.get("DRIVEKIT_FUZZ_REPORT")
    if out:
        with open(out, "a", encoding="utf-8") as fh:
            fh.write(line + "\n")


def _fuzz(kind: str, strategy: Any, check: Any) -> None:
    """Run `check(example)` on the strategy's examples; any exception but a KnownError fails."""
    @_settings()
    @given(data=strategy)
    def run(data: Any) -> None:
        RUNS[kind] += 1
        check(data)

    run()
    _report(kind)


def _open(path: Path) -> Services:
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return build_services(db)


INTERESTING = [b'"', b",", b";", b"\t", b"\n", b"\r", b"\r\n", b"\x00", b"=", b"\xff", b"\xef\xbb\xbf", b"{", b"[",
               b"}", b"]", b"\\", b"\xc3", b"\xe2\x80\xae", b"9" * 40, b"-1", b"1e999", b"null", b"true", b'"x":',
               b"\xf0\x9f\x98\x80", b"\x1b[2J"]


@st.composite
def mutated(draw: Any, seed: bytes) -> bytes:
    """A valid file with a few bytes flipped, inserted, deleted, repeated or cut off."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "truncate", "interesting"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "delete":
            del data[at:at + draw(st.integers(1, 64))]
        elif op == "repeat":
            chunk = data[at:at + draw(st.integers(1, 64))]
            data[at:at] = chunk * draw(st.integers(1, 20))
        elif op == "truncate":
            del data[at:]
        else:
            data[at:at] = draw(st.sampled_from(INTERESTING))
    return bytes(data)


# -- CSV and OSDI imports -----------------------------------------------------------------------
VALID_CSV = ("first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,contact_consent\n"
             "Zoë,O'Brien,zoe@example.org,+44 20 7946 0958,1 High St,SW1A 1AA,London,GB,\"Keep it, please\","
             "2026-05-01T10:00:00Z,yes\n"
             "José,Núñez,,,,28013,Madrid,ES,=cmd|' /C calc'!A0,01/05/2026,no\n").encode()
VALID_OSDI = json.dumps({"_embedded": {"osdi:signatures": [{"person": {
    "given_name": "Ana", "family_name": "Silva", "email_addresses": [{"address": "ana@example.org"}],
    "postal_addresses": [{"postal_code": "SW1A 1AA", "locality": "London", "country": "GB"}]}}]}}).encode()
cell = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40) | st.sampled_from(
    ["", '"', '""', ",", "=1+1", "@SUM(A1)", "-2", "+44", "\n", "x" * 300, "%", "_", "NEAR(a b)", "\u202e"])


@st.composite
def csv_text(draw: Any) -> bytes:
    header = draw(st.lists(st.sampled_from(["first_name", "last_name", "name", "email", "zip_code", "can2_phone",
                                            "postcode", "city", "country", "signed_at", "opt_in", "comment", "x"]),
                           min_size=1, max_size=8))
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=len(header) + 2), max_size=8))
    sep = draw(st.sampled_from([",", ";", "\t"]))

    def line(cells: list[str]) -> str:
        return sep.join('"' + c.replace('"', '""') + '"' if draw(st.booleans()) else c for c in cells)

    return ("\n".join([line(header)] + [line(r) for r in rows]) + "\n").encode("utf-8")


def _import_checked(services: Services, cid: str, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = services.stats.stats(cid).total
    try:
        report = services.imports.import_csv(cid, path)
    except KnownError:
        assert services.stats.stats(cid).total == before  # a refused file adds nothing
        return
    assert services.stats.stats(cid).total == before + report.imported


def test_csv_and_osdi_imports_only_ever_give_known_errors(tmp_path: Path) -> None:
    services = _open(tmp_path / "fuzz.sqlite3")
    cid = services.campaigns.create("Fuzz", "Text.", 10, "Org", "GB").id
    path = tmp_path / "input.csv"
    kinds = {
        "CSV random bytes": st.binary(max_size=3000),
        "CSV mutations of a valid file": mutated(VALID_CSV),
        "CSV hostile cells": csv_text(),
        "OSDI JSON mutations": mutated(VALID_OSDI),
    }
    try:
        for kind, strategy in kinds.items():
            _fuzz(kind, strategy, lambda data: _import_checked(services, cid, path, data))
    finally:
        services.db.dispose()


def test_deeply_nested_json_is_refused_in_plain_words(tmp_path: Path) -> None:
    services = _open(tmp_path / "deep.sqlite3")
    cid = services.campaigns.create("Fuzz", "Text.", 10, "Org", "GB").id
    path = tmp_path / "deep.json"
    path.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    try:
        with pytest.raises(KnownError, match="deep.json"):
            services.imports.import_csv(cid, path)
    finally:
        services.db.dispose()


# -- campaign files and bundles -----------------------------------------------------------------
@pytest.fixture
def organiser(tmp_path: Path) -> Any:
    from drivekit.sync.fileformat.keys import generate_organiser_keys, load_organiser_key

    org = _open(tmp_path / "organiser.sqlite3")
    c = org.campaigns.create("Save the pool", "We ask the council to keep the pool open.", 1000, "Swimmers", "GB")
    org.campaigns.add_target(c.id, "Council", postcode_prefixes=["SW1"])
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, tmp_path / "campaign.dkc", key)
    laptop = _open(tmp_path / "laptop.sqlite3")
    laptop.sync.import_campaign(tmp_path / "campaign.dkc")
    me = laptop.sync.identity()
    org.sync.enrol_device(me.id, me.name, me.public_key)
    for i in range(3):
        laptop.signatures.save(c.id, SignerInput(first_name=f"Ann{i}", last_name="Lee", postcode="SW1A 1AA",
                                                 petition_consent=True))
    laptop.signatures.withdraw(laptop.signatures.list(c.id)[0].uuid)
    laptop.sync.export_bundle(tmp_path / "laptop.dkb", c.id)
    yield {"org": org, "laptop": laptop, "cid": c.id, "key": key, "secret": load_organiser_key(key),
           "campaign": (tmp_path / "campaign.dkc").read_bytes(), "bundle": (tmp_path / "laptop.dkb").read_bytes(),
           "tmp": tmp_path}
    org.db.dispose()
    laptop.db.dispose()


def test_campaign_files_only_ever_give_known_errors(organiser: Any) -> None:
    from drivekit.storage.models import Campaign
    from drivekit.sync.engine.campaign_install import campaign_payload
    from drivekit.sync.fileformat.campaign_codec import write_campaign

    fresh = _open(organiser["tmp"] / "fresh-laptop.sqlite3")
    path = organiser["tmp"] / "fuzz.dkc"
    with organiser["org"].db.session() as s:
        payload = campaign_payload(s.get(Campaign, organiser["cid"]))
    hostile_value = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | cell,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12)

    @st.composite
    def signed_hostile(draw: Any) -> bytes:
        body = json.loads(json.dumps(payload, default=str))
        for _ in range(draw(st.integers(1, 4))):
            target = body
            keys = [k for k in target if isinstance(k, str)]
            name = draw(st.sampled_from(keys + ["extra"]))
            if isinstance(target.get(name), list) and target[name] and draw(st.booleans()):
                target[name][0] = draw(hostile_value)
            else:
                target[name] = draw(hostile_value)
        return write_campaign(body, organiser["secret"])

    kinds = {"campaign file random bytes": st.binary(max_size=3000),
             "campaign file mutations": mutated(organiser["campaign"]),
             "campaign file signed, hostile contents": signed_hostile()}
    try:
        def check(data: bytes) -> None:
            path.write_bytes(data)
            for services in (fresh, organiser["laptop"]):
                try:
                    services.sync.import_campaign(path)
                except KnownError:
                    pass

        for kind, strategy in kinds.items():
            _fuzz(kind, strategy, check)
    finally:
        fresh.db.dispose()


def test_sync_bundles_only_ever_give_known_errors(organiser: Any) -> None:
    org, cid, key = organiser["org"], organiser["cid"], organiser["key"]
    forger = Forger(cid, organiser["secret"].public)
    org.sync.enrol_device(forger.device_id, forger.name, forger.public)
    path = organiser["tmp"] / "fuzz.dkb"
    fields = ["uuid", "event_id", "device_id", "device_seq", "signed_at", "first_name", "last_name", "email",
              "phone", "postcode", "country", "comment", "petition_consent", "contact_consent", "drawing",
              "drawing_format", "source", "sheet_number", "edited_at", "edit_seq", "withdrawn", "t"]
    value = (st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats() | cell
             | st.lists(st.integers(), max_size=3) | st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))

    @st.composite
    def signed_hostile(draw: Any) -> bytes:
        records = []
        for seq in range(1, draw(st.integers(1, 4)) + 1):
            rec = signature_record(forger.device_id, seq) if draw(st.booleans()) else withdrawal_record(
                "0000", forger.device_id, seq)
            for _ in range(draw(st.integers(0, 3))):
                rec[draw(st.sampled_from(fields))] = draw(value)
            records.append(rec)
        forger.bundle(path, records, 1, len(records))
        return path.read_bytes()

    kinds = {"bundle random bytes": st.binary(max_size=3000),
             "bundle mutations": mutated(organiser["bundle"]),
             "bundle signed by an enrolled device, hostile records": signed_hostile()}
    before = org.stats.stats(cid)
    def check(data: bytes) -> None:
        path.write_bytes(data)
        [report] = org.sync.import_bundles([path], key_path=key)  # a bug would raise here
        assert report.outcome in ("rejected", "imported", "already imported")
        if report.outcome == "rejected":
            assert report.reason

    for kind, strategy in kinds.items():
        _fuzz(kind, strategy, check)
    # random and mutated files never got in: only the forger's well-formed records could
    assert org.stats.stats(cid).total >= before.total


# -- search -------------------------------------------------------------------------------------
NAMES = ["O'Brien", 'Quote"Mark', "100% Sure", "snake_case", "Anne-Marie", "Zoë", "Łukasz", "NEAR", "OR",
         "AND", "NOT", "Star*", "col:on", "^Caret", "(Paren)", "{Brace}", "-Minus", "+Plus", "Ann", "Anna"]


def test_search_text_finds_exactly_what_it_says_and_injects_nothing(tmp_path: Path) -> None:
    services = _open(tmp_path / "search.sqlite3")
    cid = services.campaigns.create("Search", "Text.", 10, "Org", "GB").id
    for i, name in enumerate(NAMES):
        services.signatures.save(cid, SignerInput(first_name=name, last_name=f"Person{i}", postcode="SW1A 1AA",
                                                  city="London", petition_consent=True))
    rows = {r.uuid: r for r in services.signatures.list(cid)}
    texts = {u: fold(f"{r.first_name} {r.last_name} {r.postcode} {r.postcode.replace(' ', '')} {r.city}")
             for u, r in rows.items()}
    query = st.lists(st.sampled_from(['"', "%", "_", "*", "NEAR(", "OR", "AND", "NOT", ":", "^", "(", ")", "{", "-",
                                      "'", "\\", "obri", "sure", "ann", "e_c", "100%", "zoe", "Ł", " "])
                     | cell, min_size=1, max_size=5).map("".join)

    def check(q: str) -> None:
        found = {r.uuid for r in services.signatures.list(cid, search=q)}
        words = "".join(ch if ch.isprintable() else " " for ch in fold(q)).split()  # controls are no letters
        expected = {u for u, t in texts.items() if all(w in t for w in words)}
        assert found == expected, q
        assert len(services.signatures.ids(cid, search=q)) == len(expected)

    try:
        for special, expect in (("%", {"100% Sure"}), ("_", {"snake_case"}), ('"', {'Quote"Mark'}), ("100%", {"100% Sure"}),
                                ("snake_case", {"snake_case"}), ("o'brien", {"O'Brien"}), ("NEAR", {"NEAR"}),
                                ("ann OR zoe", set()), ("star*", {"Star*"}), ("col:on", {"col:on"}),
                                ("brie\x00", {"O'Brien"}), ("\x00", set(NAMES))):
            got = {r.first_name for r in services.signatures.list(cid, search=special)}
            assert got == expect, special
        _fuzz("search text", query, check)
    finally:
        services.db.dispose()
