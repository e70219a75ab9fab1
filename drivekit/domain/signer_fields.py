"""The one list of what a signer writes, and which of it a campaign may require.

The collect form, the edit dialog, paper-sheet entry, the CSV importer, validation, editing,
bundle records and the merge all take their fields from here; a field added here reaches them all.
"""

from __future__ import annotations

from collections.abc import Iterable

# What a signer writes, in the order of the collect form.
SIGNER_FIELDS = (
    "first_name", "last_name", "email", "phone", "address", "postcode", "city", "region", "country", "comment",
)
NAME_FIELDS = ("first_name", "last_name")
# Typed into a text box (the country is chosen from a list); LINE_FIELDS fit on one line.
TEXT_FIELDS = tuple(f for f in SIGNER_FIELDS if f != "country")
LINE_FIELDS = tuple(f for f in TEXT_FIELDS if f != "comment")
# The columns of a printed blank sheet, entered back line by line.
PAPER_FIELDS = tuple(f for f in SIGNER_FIELDS if f not in ("region", "country"))
# What may be changed after saving: the signer's words and the contact opt-in (never the petition consent).
EDITABLE_FIELDS = (*SIGNER_FIELDS, "contact_consent")

# What a campaign may require; "name" stands for a first or a last name.
REQUIRABLE = ("name", "email", "phone", "address", "postcode", "city", "country")
DEFAULT_REQUIRED = ("name",)
# What the organiser can choose to require besides the name.
OPTIONAL_REQUIREMENTS = tuple(f for f in REQUIRABLE if f not in DEFAULT_REQUIRED)


def required_set(stored: Iterable[str] | None) -> frozenset[str]:
    """A campaign's required fields; a campaign that names none requires the default (a name)."""
    chosen = list(stored or ())
    return frozenset(chosen or DEFAULT_REQUIRED)

