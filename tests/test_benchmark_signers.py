"""The GUI benchmarks type the demo's realistic signers, not a handful of fixed names (issue 17)."""

from __future__ import annotations

import unicodedata

from benchmarks.bench_collect import TYPED, signers
from drivekit.domain.validation import Rules, SignerInput, validate_signer


def test_collect_benchmark_types_realistic_signers_the_form_accepts() -> None:
    rows = signers(300)
    assert len(rows) == 300 and len({(r["first_name"], r["last_name"]) for r in rows}) > 200
    scripts = {unicodedata.name(ch).split()[0] for r in rows for ch in r["last_name"] if ch.isalpha()}
    assert {"LATIN", "ARABIC"} <= scripts  # foreign names of residents, in their own scripts
    assert sum(bool(r["comment"]) for r in rows) > 10 and sum(bool(r["phone"]) for r in rows) > 30
    for row in rows:
        clean = validate_signer(SignerInput(**{f: row[f] for f in TYPED}, country="", petition_consent=True),
                                Rules(default_country="GB"))
        assert (clean.first_name, clean.last_name, clean.country) == (row["first_name"], row["last_name"], "GB")


def test_packet_benchmark_baseline_draws_the_strings_the_packet_lists(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.bench_packet import baseline_rows, make_db
    from drivekit.services import build_services
    from drivekit.storage.db import Database

    cid = make_db(tmp_path / "p.sqlite3", 400, drawings=False)
    db = Database(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    listed = [(r.name, r.place(False), r.comment) for r in build_services(db).delivery.rows(cid, None)]
    db.dispose()
    drawn = [(" ".join(cells[1]), " ".join(cells[2]), " ".join(cells[4])) for cells in baseline_rows(400)]
    assert len(listed) == len(drawn) == 400
    # Wrapping breaks lines at spaces (anywhere in CJK): without the spaces, the same text.
    def bare(row: tuple[str, str, str]) -> tuple[str, ...]:
        return tuple("".join(text.split()) for text in row)

    assert [bare(r) for r in listed] == [bare(r) for r in drawn]
    scripts = {unicodedata.name(ch).split()[0] for name, _, _ in listed for ch in name if ch.isalpha()}
    assert {"LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "CJK", "HANGUL"} <= scripts
