"""Bundle lines made by SQLite (json_object in the SELECT) are the bytes Python makes, for any text
and any stored value; where SQLite would differ, Python makes the line."""

from __future__ import annotations

from typing import Any

import pytest

from drivekit.storage import sqlite_driver
from drivekit.sync.engine import bundle_collect, bundle_sql
from drivekit.sync.fileformat.bundle_writer import dumps
from tests.sync.conftest import signer
from tests.sync.test_bundle_write import _body, _build, _spy_python_lines

BLOCK = 1 << 16


def test_sqlite_escapes_every_character_as_the_bundle_encoder_does() -> None:
    """JSON escaping is character by character: equal for every code point means equal for any text."""
    conn = sqlite_driver.connect(":memory:")
    for start in range(0, 0x110000, BLOCK):
        text = "".join(chr(c) for c in range(start, start + BLOCK) if not 0xD800 <= c < 0xE000)
        (got,) = conn.execute("SELECT CAST(json_quote(?) AS BLOB)", (text,)).fetchone()
        assert got == dumps(text), f"code points from {start:#x}"
    assert bundle_sql.agrees(conn)


def test_a_sqlite_that_writes_json_differently_is_not_used() -> None:
    conn = sqlite_driver.connect(":memory:")
    conn.create_function("json_object", -1, lambda *kv: '{"t":"s"}')  # escapes nothing, drops keys
    assert not bundle_sql.agrees(conn)
    conn.create_function("json_object", -1, None)
    conn.create_function("json", 1, lambda _v: None)  # no true/false
    assert not bundle_sql.agrees(conn)


def _odd_laptop(drive: Any, make_services: Any) -> Any:
    """Signers whose stored values test every branch of the SQL: escapes of every kind, an empty
    drawing, a drawing, booleans stored as other integers, a time and a number in unusual forms."""
    lap = drive.laptop("odd", make_services)
    cid = drive.campaign_id
    saved = {last: lap.signatures.save(cid, signer(first, last, f"{first.lower()}@example.org")).uuid
             for first, last in (("Zoë", "O'Brien"), ("Alyona", "Petrova"), ("Misaki", "Sato"), ("Kai", "Te Rangi"),
                                 ("Ana", "Ruiz"), ("Léa", "Nguyen"))}
    lap.signatures.save(cid, signer("Draw", "Ing"), drawing=b'{"strokes":[[[1,2],[3,4]]]}', drawing_format="strokes-json")
    tricky = "".join(map(chr, range(0x20))) + '"\\/\x7f é\u2028\u2029\ufeff😀 </script>'
    with lap.db.engine.begin() as conn:
        def update(sets: str, last: str, *values: Any) -> None:
            conn.exec_driver_sql(f"UPDATE signature SET {sets} WHERE uuid = ?", (*values, saved[last]))

        update("comment = ?", "Petrova", tricky)
        update("drawing = x'', drawing_format = 'png'", "Sato")
        update("contact_consent = 2", "Te Rangi")
        # Rows SQLite must leave to Python: digits that are not ASCII, a number stored as text.
        update("edited_at = '٢٠٢٦-٠٥-٠١ 12:00:00.250000'", "Ruiz")
        update("sheet_number = 'seven'", "Nguyen")
    return lap


@pytest.mark.parametrize("everything", [True, False])
def test_unusual_stored_values_give_the_lines_python_gives(drive, make_services, monkeypatch,  # type: ignore[no-untyped-def]
                                                           everything: bool) -> None:
    lap = _odd_laptop(drive, make_services)
    made = _spy_python_lines(monkeypatch)
    fast = _body(_build(lap, drive.campaign_id, everything), drive.key)
    assert made.count == 2  # the two rows SQLite leaves to Python; the others are SQLite's
    monkeypatch.setattr(bundle_collect, "LINES_IN_SQL", False)
    assert fast == _body(_build(lap, drive.campaign_id, everything), drive.key)
    assert made.count == 2 + fast.count(b'{"t":"s",')
    assert b'\\u0000\\u0001' in fast and b'\\b\\t\\n\\u000b\\f\\r' in fast and "\u2028\u2029\ufeff😀".encode() in fast
    assert b'"contact_consent":true' in fast and b'"drawing":null,"withdrawn":false}' in fast
    assert b'"sheet_number":"seven"' in fast and b'"drawing":"eyJzdHJva2Vz' in fast


def test_lines_are_made_in_python_when_sqlite_writes_json_differently(drive, make_services,  # type: ignore[no-untyped-def]
                                                                       monkeypatch) -> None:
    lap = _odd_laptop(drive, make_services)
    fast = _body(_build(lap, drive.campaign_id, True), drive.key)
    monkeypatch.setattr(bundle_sql, "agrees", lambda _raw: False)
    made = _spy_python_lines(monkeypatch)
    assert _body(_build(lap, drive.campaign_id, True), drive.key) == fast
    assert made.count == fast.count(b'{"t":"s",') == 7


@pytest.mark.parametrize("everything", [True, False])
def test_the_rows_come_in_id_order_without_sorting_the_whole_bundle(drive, make_services,  # type: ignore[no-untyped-def]
                                                                    everything: bool) -> None:
    """`WHERE campaign_id = ? ORDER BY id` read the campaign's index and sorted every row of the
    bundle in a temporary B-tree before the first one came out; the ids are looked up in order now."""
    lap = drive.laptop("plan", make_services)
    lap.demo.add_signers(drive.campaign_id, 50, seed=3)
    me = lap.sync.identity()
    with lap.db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        bundle_sql.register(raw)
        lines_sql, stored_sql, params = bundle_collect.queries(drive.campaign_id, me.id, 1, 50, everything)
        for sql in (lines_sql, stored_sql):
            plan = " / ".join(row[3] for row in raw.execute(f"EXPLAIN QUERY PLAN {sql}", params))
            assert "TEMP B-TREE" not in plan and "USING INTEGER PRIMARY KEY" in plan, plan
