"""The kiosk coordinator PIN: salted scrypt hashes, and the growing wait after wrong tries."""

from __future__ import annotations

import hashlib
import hmac
import os

from drivekit.errors import BadInput
from drivekit.i18n import _

_N, _R, _P = 2**14, 8, 1
MIN_LENGTH = 4
MAX_LENGTH = 64
MAX_DELAY_S = 60


def check_new_pin(pin: str) -> str:
    """A PIN a coordinator can type on any keyboard and remember: 4 to 64 characters, no spaces at the ends."""
    pin = (pin or "").strip()
    if len(pin) < MIN_LENGTH:
        raise BadInput(_("The PIN must have at least {limit} characters.").format(limit=MIN_LENGTH))
    if len(pin) > MAX_LENGTH:
        raise BadInput(_("The PIN must have at most {limit} characters.").format(limit=MAX_LENGTH))
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """`scrypt$n$r$p$salt$hash` (hex); a stolen database does not reveal the PIN cheaply."""
    pin = check_new_pin(pin)
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str | None) -> bool:
    """True when `pin` matches the stored hash; a missing or malformed hash matches nothing."""
    if not stored:
        return False
    try:
        scheme, n, r, p, salt_hex, hash_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(hash_hex)
        digest = hashlib.scrypt((pin or "").strip().encode("utf-8"), salt=bytes.fromhex(salt_hex),
                                n=int(n), r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


def retry_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong tries in a row: 0, then 1, 2, 4, 8 ... capped at a minute."""
    if failures <= 0:
        return 0
    return int(min(2 ** (failures - 1), MAX_DELAY_S))
