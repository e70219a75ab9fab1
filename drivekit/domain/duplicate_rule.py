"""When two signatures are the same person, and which of them counts: pure rules, no database.

Same person: same e-mail, or same name and postcode. Which counts: in a group of signatures linked
by shared keys, the first signed; the answer depends only on the set of signatures, never on the
order they arrived in, which is what makes merges order-independent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from drivekit.domain.statuses import POSSIBLE_DUPLICATE, VALID
from drivekit.domain.text import name_key, postcode_key

MATCH_KEYS = ("email_key", "person_key")


def match_keys(first_name: str | None, last_name: str | None, email: str | None, postcode: str | None) -> tuple[str | None, str | None]:
    """(email key, name+postcode key); None where the signer gave too little to match on."""
    email_k = email.casefold() if email else None
    nk, pk = name_key(first_name, last_name), postcode_key(postcode)
    person_k = f"{nk}|{pk}" if nk and pk else None
    return email_k, person_k


def duplicate_marks(rows: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[str, str | None]]:
    """(status, duplicate_of) for every valid/possible-duplicate row, grouped by shared keys.

    In a group the first signed (signed_at, then uuid) counts; every other unreviewed
    one is a possible duplicate of it. The answer depends only on the set of rows,
    never on the order they arrived in: that is what makes merges order-independent.
    """
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[tuple[str, str], str] = {}
    live = [uid for uid, row in rows.items() if row.get("status", VALID) in (VALID, POSSIBLE_DUPLICATE)]
    for uid in live:
        parent[uid] = uid
        for name in MATCH_KEYS:
            value = rows[uid].get(name)
            if value:
                other = owner.setdefault((name, value), uid)
                a, b = find(uid), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for uid in live:
        groups.setdefault(find(uid), []).append(uid)
    decision: dict[str, tuple[str, str | None]] = {}
    for members in groups.values():
        primary = min(members, key=lambda u: (rows[u]["signed_at"], u))
        for uid in members:
            plain = uid == primary or rows[uid].get("reviewed")
            decision[uid] = (VALID, None) if plain else (POSSIBLE_DUPLICATE, primary)
    return decision
