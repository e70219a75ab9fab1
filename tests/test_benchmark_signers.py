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
