"""When two signatures are the same person: same e-mail, or same name and postcode."""

from __future__ import annotations

from drivekit.domain.text import name_key, postcode_key


def match_keys(first_name: str | None, last_name: str | None, email: str | None, postcode: str | None) -> tuple[str | None, str | None]:
    """(email key, name+postcode key); None where the signer gave too little to match on."""
    email_k = email.casefold() if email else None
    nk, pk = name_key(first_name, last_name), postcode_key(postcode)
    person_k = f"{nk}|{pk}" if nk and pk else None
    return email_k, person_k
