"""Fixtures for sync tests: an organiser with keys and a campaign, and laptops that installed it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from drivekit.domain.validation import SignerInput
from drivekit.storage.models import Signature, Withdrawal


@dataclass
class Drive:
    """An organiser database with a key pair and a campaign file for the laptops."""

    org: Any
    campaign_id: str
    key: Path
    campaign_file: Path
    tmp: Path

    def laptop(self, name: str, make_services: Any, enrolled: bool = True) -> Any:
        """A laptop with the campaign installed, enrolled at the organiser unless told otherwise."""
        svc = make_services(name)
        svc.sync.import_campaign(self.campaign_file)
        if enrolled:
            enrol(self.org, svc)
        return svc


def enrol(org: Any, laptop: Any, relay: bool = False) -> None:
    """What the organiser does after reading the laptop's fingerprint off its screen."""
    me = laptop.sync.identity()
    org.sync.enrol_device(me.id, me.name, me.public_key, relay)


@pytest.fixture
def drive(make_services, tmp_path: Path) -> Drive:  # type: ignore[no-untyped-def]
    from drivekit.sync.fileformat.keys import generate_organiser_keys

    org = make_services("organiser")
    c = org.campaigns.create("Save the pool", "We ask the council to keep the pool open.", 1000, "Swimmers", "GB")
    org.campaigns.add_target(c.id, "Council", postcode_prefixes=["SW1"])
    org.campaigns.add_event(c.id, "Market stall")
    generate_organiser_keys(tmp_path / "keys")
    key = tmp_path / "keys" / "organiser.key"
    org.sync.export_campaign(c.id, tmp_path / "campaign.dkc", key)
    return Drive(org, c.id, key, tmp_path / "campaign.dkc", tmp_path)


def signer(first: str, last: str, email: str = "", postcode: str = "SW1A 1AA", city: str = "London") -> SignerInput:
    return SignerInput(first_name=first, last_name=last, email=email, postcode=postcode, city=city,
                       petition_consent=True)


def canonical(svc: Any, campaign_id: str) -> tuple[Any, ...]:
    """What must be equal in every organiser database that has seen the same bundles."""
    cols = ("uuid", "status", "duplicate_of", "first_name", "last_name", "email", "postcode", "city", "country",
            "comment", "contact_consent", "signed_at", "event_id", "device_id", "device_seq", "edited_at")
    with svc.db.session() as s:
        sigs = sorted(tuple(getattr(r, c) for c in cols) for r in s.scalars(
            select(Signature).where(Signature.campaign_id == campaign_id)))
        tombs = sorted((w.signature_uuid, w.withdrawn_at, w.device_id, w.device_seq)
                       for w in s.scalars(select(Withdrawal).where(Withdrawal.campaign_id == campaign_id)))
    return tuple(sigs), tuple(tombs), svc.stats.stats(campaign_id)


def db_dump(svc: Any) -> list[tuple[str, list[Any]]]:
    """Every row of every table, to prove a refused file changed nothing at all."""
    out = []
    with svc.db.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'signature_fts%' ORDER BY name")]
        for t in tables:
            out.append((t, sorted(map(repr, conn.exec_driver_sql(f'SELECT * FROM "{t}"').all()))))
    return out


@contextmanager
def batches_of(n: int) -> Iterator[None]:
    """Imports inside write every plan with `n` signature records (instead of sizing them by time)."""
    from drivekit.sync.engine import batches, merge

    saved = merge.BATCH, batches.next_size
    merge.BATCH, batches.next_size = n, lambda size, seconds, shared=False: n
    try:
        yield
    finally:
        merge.BATCH, batches.next_size = saved
