"""The realistic signers of the demo and the benchmarks: reproducible, what the app itself would
store, and in the proportions docs/performance.md states."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date

import pytest

from drivekit.domain.drawing import parse_strokes
from drivekit.domain.validation import Rules, SignerInput, validate_signer
from drivekit.services.demo_data import MAKEUP, SignerData, Timeline
from drivekit.sync.fileformat.bundle_records import add_keys

TIMELINE = Timeline([("e1", date(2026, 9, 5)), ("e2", date(2026, 9, 12)), ("e3", date(2026, 9, 19))], ["v1", "v2"])


def _rows(n: int, seed: int = 1, id_seed: int | None = 5) -> list[dict]:
    data = SignerData(n, seed=seed, campaign_id="c", consent_version="v1", device_id="d", timeline=TIMELINE,
                      first_seq=10, id_seed=id_seed)
    return [r for batch in data.batches(700) for r in batch]


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _rows(20_000)


def test_same_seed_same_rows_and_other_seeds_differ(rows: list[dict]) -> None:
    again = _rows(20_000)
    assert again == rows
    assert [r["last_name"] for r in _rows(300, seed=2)] != [r["last_name"] for r in rows[:300]]
    fresh = _rows(300, id_seed=None)
    assert [r["first_name"] for r in fresh] == [r["first_name"] for r in _rows(300)]
    assert {r["uuid"] for r in fresh}.isdisjoint(r["uuid"] for r in _rows(300, id_seed=None))


def test_keys_and_search_text_are_the_apps_own(rows: list[dict]) -> None:
    for row in rows:
        mine = {k: row[k] for k in ("email_key", "person_key", "search_text")}
        theirs = add_keys(dict(row))
        assert mine == {k: theirs[k] for k in mine}, row


def test_every_row_is_one_a_volunteer_could_save(rows: list[dict]) -> None:
    for row in rows[::7]:
        clean = validate_signer(SignerInput(
            first_name=row["first_name"], last_name=row["last_name"], email=row["email"] or "",
            phone=row["phone"] or "", address=row["address"] or "", postcode=row["postcode"] or "",
            city=row["city"] or "", country=row["country"], comment=row["comment"] or "", petition_consent=True,
        ), Rules(default_country="GB"))
        assert (clean.first_name, clean.last_name, clean.email, clean.phone, clean.postcode, clean.country) == (
            row["first_name"], row["last_name"], row["email"], row["phone"], row["postcode"], row["country"])
        if row["drawing"] is not None:
            assert parse_strokes(row["drawing"])


def test_rows_come_in_the_order_a_device_collects_them(rows: list[dict]) -> None:
    stamps = [r["signed_at"] for r in rows]
    assert stamps == sorted(stamps)
    ids = [uuid.UUID(r["uuid"]) for r in rows]
    assert all(u.version == 7 for u in ids) and len(set(ids)) == len(ids)
    assert [u.int >> 80 for u in ids] == [int(s.timestamp() * 1000) for s in stamps]
    assert [r["device_seq"] for r in rows] == list(range(10, 10 + len(rows)))
    assert {r["event_id"] for r in rows} == {"e1", "e2", "e3"}
    for r in rows:
        assert r["signed_at"].date() == {"e1": date(2026, 9, 5), "e2": date(2026, 9, 12), "e3": date(2026, 9, 19)}[r["event_id"]]


def test_the_make_up_is_the_stated_one(rows: list[dict]) -> None:
    n = len(rows)

    def share(pred) -> float:  # type: ignore[no-untyped-def]
        return sum(1 for r in rows if pred(r)) / n

    assert share(lambda r: r["comment"]) == pytest.approx(MAKEUP.comment_share, abs=0.01)
    assert share(lambda r: r["phone"]) == pytest.approx(MAKEUP.phone_share, abs=0.02)
    assert share(lambda r: r["email"]) == pytest.approx(MAKEUP.email_share * (1 - 0.02 * 0.3), abs=0.02)
    kiosk = MAKEUP.sources[1][1]
    assert share(lambda r: r["drawing"]) == pytest.approx(kiosk * MAKEUP.drawing_share_kiosk, abs=0.02)
    paper = [(r["sheet_number"], r["sheet_line"]) for r in rows if r["source"] == "paper"]
    assert len(paper) / n == pytest.approx(MAKEUP.sources[2][1], abs=0.02)
    assert paper == [(1 + k // 20, 1 + k % 20) for k in range(len(paper))]  # sheets filled line by line
    people = Counter(r["person_key"] for r in rows)
    repeated = sum(c - 1 for c in people.values() if c > 1)
    assert repeated / n == pytest.approx(MAKEUP.duplicate_share, abs=0.006)
    scripts = "".join(r["last_name"] for r in rows)
    for low, high in (("\u0400", "\u04ff"), ("\u0370", "\u03ff"), ("\u0600", "\u06ff"), ("\u0590", "\u05ff"),
                      ("\u4e00", "\u9fff"), ("\uac00", "\ud7af")):
        assert any(low <= ch <= high for ch in scripts), (low, high)
    countries = Counter(r["country"] for r in rows)
    assert countries["GB"] / n == pytest.approx(0.62 + 0.38 * MAKEUP.resident_share, abs=0.03)
    assert len(countries) >= 10
    assert len({r["first_name"] for r in rows}) > 2000
    data = SignerData(20_000, seed=1, campaign_id="c", consent_version="v1", device_id="d", timeline=TIMELINE)
    assert len(data.withdrawn) == int(20_000 * MAKEUP.withdrawn_share)
