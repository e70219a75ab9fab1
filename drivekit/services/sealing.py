"""Sealed collection on a laptop: new signers' details are stored encrypted to the organiser.

The campaign's option (`campaign.sealed`) is set by the organiser and travels in campaign files;
it applies where the campaign was installed from one (a laptop). There a stolen laptop reveals
only counts: the details are sealed with the organiser's public key (drivekit.sync.fileformat
.sealed), which this laptop cannot open. Bundles carry them sealed; the organiser's import opens them.
"""

from __future__ import annotations

from typing import Any

from drivekit.errors import BadInput
from drivekit.i18n import N_, _
from drivekit.sync.fileformat.keys import OrganiserPublic

SEALED_NOTE = N_("This laptop collects sealed signatures: each signer's details are encrypted to the organiser's "
                 "key, so they cannot be shown or printed here. The organiser sees them after importing this "
                 "laptop's sync bundle.")


def sealed_here(campaign: Any) -> bool:
    """Whether new signatures of `campaign` (a Campaign, or a row with sealed and installed_at) are sealed here."""
    return bool(campaign.sealed) and campaign.installed_at is not None


def sealing_key(campaign: Any) -> OrganiserPublic | None:
    """The organiser key this laptop seals new signatures to, or None where nothing is sealed."""
    if not sealed_here(campaign):
        return None
    keys = campaign.organiser_keys or []
    if not keys:
        raise BadInput(_("This campaign collects sealed signatures but has no organiser key; install the "
                         "organiser's campaign file again."))
    return OrganiserPublic.from_json(keys[-1])


def seal_row(row: dict[str, Any], recipient: OrganiserPublic | None) -> dict[str, Any]:
    """A new signature's column values, sealed to `recipient` when there is one."""
    if recipient is None:
        return row
    from drivekit.sync.fileformat.sealed import seal_signer

    return seal_signer(row, recipient)


def refuse_if_sealed(campaign: Any, what: str) -> None:
    """Showing, printing or exporting signers is refused on a laptop that collects sealed. `what` is
    in the reader's language ("A delivery packet")."""
    if sealed_here(campaign):
        raise BadInput(_("{what} is not possible on this laptop: it collects sealed signatures, whose details only "
                         "the organiser can open. Export a sync bundle for the organiser instead.").format(what=what))
