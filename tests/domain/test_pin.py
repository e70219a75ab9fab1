"""The kiosk PIN is stored as a salted scrypt hash and wrong tries wait longer and longer."""

from __future__ import annotations

import pytest

from drivekit.domain.pin import hash_pin, retry_delay, verify_pin
from drivekit.errors import BadInput


def test_right_pin_verifies_and_wrong_one_does_not() -> None:
    stored = hash_pin("2468")
    assert "2468" not in stored and stored.startswith("scrypt$")
    assert verify_pin("2468", stored)
    assert not verify_pin("2469", stored)
    assert not verify_pin("", stored)


def test_same_pin_gets_a_different_salt_each_time() -> None:
    assert hash_pin("2468") != hash_pin("2468")


@pytest.mark.parametrize("stored", [None, "", "plain", "md5$1$2$3$aa$bb", "scrypt$x$8$1$aa$bb", "scrypt$16384$8$1$zz$bb"])
def test_missing_or_damaged_hash_matches_nothing(stored) -> None:  # type: ignore[no-untyped-def]
    assert not verify_pin("2468", stored)


def test_too_short_pin_is_refused() -> None:
    with pytest.raises(BadInput):
        hash_pin("12")


def test_delay_doubles_and_is_capped() -> None:
    assert [retry_delay(n) for n in range(6)] == [0, 1, 2, 4, 8, 16]
    assert retry_delay(50) == 60
