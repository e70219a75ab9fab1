"""A signature's bundle line made by SQLite itself (json_object in the SELECT), on SQLite only.

Turning 30 columns into Python objects, a dict and then JSON cost about 1 µs of Python a signature
(two thirds of a 100,000-signature bundle write); SQLite's json_object writes the same bytes in C
from the stored values. The line is exactly `dumps(stored_signature_json(row))`:

- the keys in the same order; SQLite's JSON string escaping is orjson's for every code point
  (tests/sync/test_bundle_sql.py checks them all, and `agrees` checks this SQLite at each write);
- a time stored as "YYYY-MM-DD HH:MM:SS.ffffff" (ASCII digits) is sliced into its ISO form as in
  `stored_time_json`; booleans stored as integers become true/false; drawings and sealed details go
  through the same base64 function as in Python (a registered function, called for those rows only);
- a row holding anything else (a time in another form, a value of an unexpected type) gets no line
  here (NULL) and is made by the Python way from its columns (`stored_signature_json`).
"""

from __future__ import annotations

from binascii import b2a_base64
from typing import Any

from drivekit.domain.statuses import WITHDRAWN
from drivekit.storage import sqlite_driver
from drivekit.sync.fileformat.bundle_records import BOOL_FIELDS, INT_FIELDS, TEXT_FIELDS, TIME_FIELDS
from drivekit.sync.fileformat.bundle_writer import dumps

B64 = "drivekit_b64"  # the SQL name of `_b64` on the connection that writes the bundle
_D = "[0-9]"
# SQLAlchemy's text form of a UTC time (bundle_records._STORED_TIME, with ASCII digits only).
_STORED_TIME_GLOB = f"'{_D * 4}-{_D * 2}-{_D * 2} {_D * 2}:{_D * 2}:{_D * 2}.{_D * 6}'"


def _b64(data: bytes) -> str:
    return b2a_base64(data, newline=False).decode("ascii")  # base64.b64encode's bytes, one call less


def _time(col: str) -> str:
    """`stored_time_json` in SQL, for a value known to match _STORED_TIME_GLOB (or NULL)."""
    date, clock = f"substr({col}, 1, 10) || 'T' || ", " || '+00:00'"
    return (f"iif(substr({col}, 20) = '.000000', {date}substr({col}, 12, 8){clock}, "
            f"{date}substr({col}, 12){clock})")


def _true_false(condition: str) -> str:
    return f"iif({condition}, json('true'), json('false'))"


_WITHDRAWN = f"status = '{WITHDRAWN}'"


def _line_sql() -> str:
    pairs = ["'t', 's'"]
    pairs += [f"'{f}', {f}" for f in (*TEXT_FIELDS, *INT_FIELDS)]
    pairs += [f"'{f}', {_true_false(f)}" for f in BOOL_FIELDS]
    pairs += [f"'{f}', {_time(f)}" for f in TIME_FIELDS]
    pairs += [f"'drawing', iif(length(drawing) > 0, {B64}(drawing), NULL)",
              f"'withdrawn', {_true_false(_WITHDRAWN)}"]
    common = ", ".join(pairs)
    plain = [f"typeof({f}) IN ('text', 'null')" for f in TEXT_FIELDS]
    plain += [f"typeof({f}) IN ('integer', 'null')" for f in (*INT_FIELDS, *BOOL_FIELDS)]
    plain += [f"typeof({f}) IN ('blob', 'null')" for f in ("drawing", "sealed")]
    plain += ["typeof(signed_at) = 'text'", f"signed_at GLOB {_STORED_TIME_GLOB}",
              f"(edited_at IS NULL OR (typeof(edited_at) = 'text' AND edited_at GLOB {_STORED_TIME_GLOB}))"]
    return (f"CASE WHEN {' AND '.join(plain)} THEN CAST(iif(sealed IS NULL, json_object({common}), "
            f"json_object({common}, 'sealed', {B64}(sealed))) AS BLOB) END")


# One row per signature: its line (or NULL: make it in Python), device id, the uuid if it is
# withdrawn, whether it holds sealed details, and its id.
SELECT_LINES = (f"SELECT {_line_sql()}, device_id, iif({_WITHDRAWN}, uuid, NULL), sealed IS NOT NULL, id "
                "FROM signature")

# Every character class the escaping treats differently: controls, quote, backslash, slash, DEL,
# Latin-1, the line and paragraph separators, the last BMP characters, an astral emoji.
_PROBE_TEXT = "".join(map(chr, range(0x80))) + "é\u00a0\u2028\u2029\ufeff\uffff中𝄞😀"


def agrees(raw: Any) -> bool:
    """True when this connection's SQLite writes the JSON `dumps` writes (else the Python way is used):
    a SQLite built without JSON, or one that escapes differently, never changes a bundle's bytes."""
    probe = {"t": "s", "a": _PROBE_TEXT, "n": None, "i": -(2**40), "yes": True, "no": False}
    try:
        register(raw)
        (got,) = raw.execute(
            "SELECT CAST(json_object('t', 's', 'a', ?, 'n', NULL, 'i', ?, 'yes', iif(1, json('true'), "
            "json('false')), 'no', iif(0, json('true'), json('false'))) AS BLOB)", (_PROBE_TEXT, -(2**40))).fetchone()
    except sqlite_driver.DBAPI.Error:  # no JSON functions here: the Python way
        return False
    return bool(got == dumps(probe))


def register(raw: Any) -> None:
    """Make the base64 function the SELECT calls available on this raw SQLite connection."""
    raw.create_function(B64, 1, _b64, deterministic=True)
