"""The coordinator's kiosk PIN is kept only as a hash on the campaign."""

from __future__ import annotations

import pytest

from drivekit.errors import BadInput
from drivekit.storage.models import Campaign


def test_pin_set_checked_and_never_stored_plain(services, campaign) -> None:  # type: ignore[no-untyped-def]
    assert not services.campaigns.has_kiosk_pin(campaign.id)
    assert not services.campaigns.check_kiosk_pin(campaign.id, "1234")
    services.campaigns.set_kiosk_pin(campaign.id, "4321")
    assert services.campaigns.has_kiosk_pin(campaign.id)
    assert services.campaigns.check_kiosk_pin(campaign.id, "4321")
    assert not services.campaigns.check_kiosk_pin(campaign.id, "1234")
    with services.db.session() as s:
        stored = s.get(Campaign, campaign.id).kiosk_pin_hash
    assert stored and "4321" not in stored


def test_short_pin_refused(services, campaign) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadInput):
        services.campaigns.set_kiosk_pin(campaign.id, "1")
    assert not services.campaigns.has_kiosk_pin(campaign.id)
