"""Review statuses of a signature: the words stored in the database and read by the rules."""

from __future__ import annotations

VALID = "valid"
POSSIBLE_DUPLICATE = "possible_duplicate"
DUPLICATE = "duplicate"
WITHDRAWN = "withdrawn"
STATUSES = (VALID, POSSIBLE_DUPLICATE, DUPLICATE, WITHDRAWN)
