"""Fixtures for the Signatures page: a small demo campaign and a page that has finished loading."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from drivekit.domain.validation import SignerInput
from drivekit.services import Services
from drivekit.ui.background import wait_for_all

DEMO_SIZE = 3000
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"  # offscreen platform, harmless


@pytest.fixture
def demo(services: Services) -> str:
    """A demo campaign with a few thousand Faker signers; returns its id."""
    return services.demo.create(DEMO_SIZE, seed=7).campaign_id


@pytest.fixture
def add_signer(services: Services) -> Callable[..., int]:
    """Save one made-up signer and return the row id."""

    def add(campaign_id: str, first: str, last: str, **extra: str) -> int:
        signer = SignerInput(first_name=first, last_name=last, postcode=extra.pop("postcode", "N1 9GU"),
                             city=extra.pop("city", "London"), country="GB", petition_consent=True, **extra)
        return services.signatures.save(campaign_id, signer).id

    return add


def wait_idle(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Let the debounce timer fire and every background query land."""
    qtbot.waitUntil(lambda: not page._search_timer.isActive() and not page.model.loading
                    and not page.review.loading, timeout=10_000)


@pytest.fixture
def make_page(qtbot, services: Services) -> Iterator[Callable[[str], object]]:  # type: ignore[no-untyped-def]
    from drivekit.ui.signatures import SignaturesPage

    made = []

    def make(campaign_id: str):  # type: ignore[no-untyped-def]
        page = SignaturesPage(services)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        page.set_campaign(campaign_id)
        wait_idle(qtbot, page)
        made.append(page)
        return page

    yield make
    wait_for_all()
