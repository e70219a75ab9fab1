"""Substring search over names, postcode and city: FTS5 trigram on SQLite, LIKE elsewhere."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, or_, select, text
from sqlalchemy.sql import Select

from drivekit.domain.text import fold
from drivekit.storage.models import Signature

TRIGRAM = 3


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_match(words: list[str]) -> str:
    """An FTS5 MATCH expression for folded words; each is a quoted phrase, so FTS5 syntax
    characters in names lose their meaning."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_words(query: str) -> list[str]:
    """The folded words of a search, without control characters: SQLite's C strings end at a NUL,
    which would cut a LIKE pattern short (matching everyone) or leave an FTS5 phrase unterminated."""
    folded = fold(query)
    if not folded.isprintable():
        folded = "".join(ch if ch.isprintable() else " " for ch in folded)
    return folded.split()


def whole_query_indexed(query: str) -> str | None:
    """The MATCH expression when the trigram index alone answers `query` (every word >= 3 letters)."""
    words = search_words(query)
    return fts_match(words) if words and all(len(w) >= TRIGRAM for w in words) else None


def search_condition(query: str, sqlite: bool) -> ColumnElement[bool] | None:
    """A WHERE condition on Signature matching every word of `query` as a substring."""
    words = search_words(query)
    if not words:
        return None
    conds: list[ColumnElement[bool]] = []
    long_words = [w for w in words if len(w) >= TRIGRAM]
    if sqlite and long_words:
        match = fts_match(long_words)
        fts_ids: Any = select(literal_column("rowid")).select_from(text("signature_fts")).where(
            text("signature_fts MATCH :fts_query").bindparams(fts_query=match)
        )
        conds.append(Signature.id.in_(fts_ids))
    for w in words:
        if not sqlite or len(w) < TRIGRAM:
            conds.append(Signature.search_text.like(f"%{_escape_like(w)}%", escape="\\"))
    return and_(*conds)


def postcode_area_condition(prefixes: list[str]) -> ColumnElement[bool] | None:
    """Signatures whose postcode starts with one of `prefixes` (spaces and case ignored); None = all."""
    keys = ["".join(ch for ch in p.upper() if ch.isalnum()) for p in prefixes]
    keys = [k for k in keys if k]
    if not keys:
        return None
    bare = func.replace(func.replace(func.upper(func.coalesce(Signature.postcode, "")), " ", ""), "-", "")
    return or_(*(bare.like(f"{_escape_like(k)}%", escape="\\") for k in keys))


def apply_search(stmt: Select, query: str | None, sqlite: bool) -> Select:  # type: ignore[type-arg]
    cond = search_condition(query or "", sqlite)
    return stmt.where(cond) if cond is not None else stmt


# The search index's row trigger (migration 0001). A bulk writer holding the write lock may stand
# it down for one transaction and index that transaction's new rows in one statement instead.
ROW_TRIGGER_SQL = ("CREATE TRIGGER signature_fts_ai AFTER INSERT ON signature WHEN new.search_text IS NOT NULL "
                   "BEGIN INSERT INTO signature_fts(rowid, search_text) VALUES (new.id, new.search_text); END")
_HIGHEST_ID = 2**62
_FEED = ("INSERT INTO signature_fts (rowid, search_text) SELECT id, search_text FROM signature "
         "WHERE id > ? AND search_text IS NOT NULL")


class BulkFeed:
    """Index the signatures a transaction inserts in one statement at its end, instead of one
    index insert per row through `signature_fts_ai` (which writes a new index segment at the end
    of every INSERT statement): the same rows, the same text, the same index.

    SQLite only, and only inside a transaction that already holds the write lock (no other
    connection can insert meanwhile, so every row above the highest id seen at `begin` is this
    transaction's). The trigger is dropped at `begin` and made again by `finish`, in the same
    transaction: no other connection ever sees the schema without it, and a rollback restores it.
    Used only when the trigger is exactly the one above (`available`); otherwise rows are indexed
    by the trigger as usual.
    """

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._last: int | None = None

    @staticmethod
    def available(raw: Any) -> bool:
        row = raw.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'signature_fts_ai'").fetchone()
        return row is not None and " ".join(str(row[0]).split()) == ROW_TRIGGER_SQL

    def begin(self) -> None:
        assert self._raw.in_transaction and self._last is None
        last = int(self._raw.execute("SELECT coalesce(max(id), 0) FROM signature").fetchone()[0])
        if last < _HIGHEST_ID:  # past it SQLite picks free ids at random, below `last` too
            self._last = last
            self._raw.execute("DROP TRIGGER signature_fts_ai")

    def finish(self) -> None:
        """Index the rows inserted since `begin` and make the trigger again (before the commit)."""
        if self._last is not None:
            self._raw.execute(_FEED, (self._last,))
            self._raw.execute(ROW_TRIGGER_SQL)
            self._last = None
