"""Identifiers made where a thing is created, so that machines that never talk agree on them."""

from __future__ import annotations

import uuid as uuidlib

import uuid6


def new_id() -> str:
    return str(uuidlib.uuid4())


def new_signature_id() -> str:
    """A time-ordered UUID (version 7): signatures recorded one after another get neighbouring ids,
    so the uuid index of a large campaign is appended to rather than written all over (a 100,000
    signature import touches a third fewer pages). It tells when the signature was recorded, which
    the signature's own signed_at already says wherever the id goes."""
    return str(uuid6.uuid7())
