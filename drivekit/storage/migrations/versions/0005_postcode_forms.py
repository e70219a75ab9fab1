"""signatures: every postcode in its one stored form

Validation now matches a postcode against the WHOLE of its country's pattern, folds full-width
and other scripts' digits to ASCII, and gives a postcode one stored form however it was typed
(Sweden "114 55" and "11455" -> "11455"). Rows saved before keep what was typed then; this
revision rewrites each postcode that has a different stored form today, with the search text and
the name+postcode match key made from it. A postcode today's rules refuse is left as it is (it
stays visible for review; nothing a signer wrote is dropped). Duplicate marks are not recomputed.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    from drivekit.domain.duplicate_rule import match_keys
    from drivekit.domain.text import search_text
    from drivekit.domain.validation import normalise_postcode

    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT id, first_name, last_name, email, postcode, city, country FROM signature "
        "WHERE postcode IS NOT NULL AND postcode != '' ORDER BY id")).fetchall()
    forms: dict[tuple[str, str], str] = {}
    changes = []
    for sid, first, last, email, postcode, city, country in rows:
        key = (postcode, country or "")
        if key not in forms:
            try:
                forms[key] = normalise_postcode(postcode, country or "")
            except ValueError:
                forms[key] = postcode
        stored = forms[key]
        if stored != postcode:
            changes.append({"id": sid, "postcode": stored, "search_text": search_text(first, last, stored, city),
                            "person_key": match_keys(first, last, email, stored)[1]})
    update = sa.text("UPDATE signature SET postcode = :postcode, search_text = :search_text, "
                     "person_key = :person_key WHERE id = :id")
    for start in range(0, len(changes), BATCH):
        conn.execute(update, changes[start:start + BATCH])


def downgrade() -> None:
    # The earlier forms were how each postcode was typed; they are not kept, and need not be:
    # the earlier code reads today's forms as valid postcodes.
    pass
