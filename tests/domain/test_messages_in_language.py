"""What a signer or volunteer reads from validation, in their language and in our own words:
email errors that never repeat the validation library, countries named and sorted as a French,
Spanish or English reader expects."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email

from drivekit.domain.places import collation_key, countries, country_name
from drivekit.domain.validation import Rules, normalise_country, normalise_email, validate_field
from drivekit.i18n import set_language

BAD_EMAILS = [
    "kim", "kim.example.org", "@example.org", "kim@", "kim@@example.org", "kim@b@example.org",
    "kim smith@example.org", "kim@example", "kim@localhost", "kim(a)@example.org", "kim@-example.org",
    "kim@example..org", "kim..smith@example.org", ".kim@example.org", "kim@exa_mple.org",
    "kim@" + "a" * 250 + ".org", "kim@example.invalid", "kim@[127.0.0.1]", "\"kim\"@example.org", "kim@.org",
]


def _library_says(address: str) -> str:
    try:
        validate_email(address, check_deliverability=False, test_environment=False)
    except EmailNotValidError as err:
        return str(err)
    raise AssertionError(f"{address!r} is valid")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_email_errors_are_in_our_words_never_the_librarys(lang: str) -> None:
    set_language(lang)
    ours = set()
    for address in BAD_EMAILS:
        library = _library_says(address)
        with pytest.raises(ValueError) as caught:
            normalise_email(address)
        message = str(caught.value)
        assert library not in message and "@-sign" not in message and "It must" not in message, message
        assert not any(len(part) > 12 and part in message for part in library.split(". ")), (address, message)
        ours.add(message)
    assert len(ours) >= 6  # a missing @, nothing before or after it, a space, a bad domain, a bad character…


def test_email_errors_say_what_is_wrong_in_french() -> None:
    set_language("fr")
    rules = Rules()
    assert validate_field("email", "kim.example.org", rules) == \
        "Il manque le @ dans l’adresse e-mail, comme dans nom@exemple.org."
    assert validate_field("email", "@example.org", rules) == "Il manque quelque chose avant le @."
    assert validate_field("email", "kim@example", rules) == "La partie après le @ doit contenir un point, comme exemple.org."
    assert normalise_email("Kim@Example.org") == "Kim@example.org"


def _names(language: str) -> list[str]:
    return [name for name, _code in countries(language)]


def test_countries_are_named_and_sorted_for_a_french_reader() -> None:
    names = _names("fr")
    assert "Allemagne" in names and "Germany" not in names
    # accented capitals sort with their letter, not after Z
    expected = ["Égypte", "Émirats arabes unis", "Équateur", "Érythrée", "Espagne", "Estonie",
                "État de la Cité du Vatican", "États-Unis", "Éthiopie", "Fidji", "Salvador"]
    assert [n for n in names if n in expected] == expected
    assert names.index("Îles Åland") < names.index("Inde") < names.index("Irlande") < names.index("Islande")
    assert names[-1] == "Zimbabwe"
    assert names == sorted(names, key=lambda n: collation_key(n, "fr"))


def test_countries_are_sorted_for_english_and_spanish_readers() -> None:
    english = _names("en")
    assert english.index("Afghanistan") < english.index("Åland Islands") < english.index("Albania")
    assert english[-1] == "Zimbabwe"
    spanish = _names("es")
    assert spanish.index("Egipto") < spanish.index("El Salvador") < spanish.index("Emiratos Árabes Unidos") \
        < spanish.index("Eritrea")
    assert spanish.index("Islas Aland") < spanish.index("Islas Caimán")
    # ñ is a letter of its own after n in Spanish
    assert sorted(["Espana", "Espanz", "España", "Espao"], key=lambda n: collation_key(n, "es")) == \
        ["Espana", "Espanz", "España", "Espao"]


def test_countries_follow_the_current_language_and_are_understood_in_any() -> None:
    set_language("es")
    assert ("Alemania", "DE") in countries() and country_name("DE") == "Alemania"
    for typed, code in [("Allemagne", "DE"), ("alemania", "DE"), ("Germany", "DE"), ("cote d'ivoire", "CI"),
                        ("Émirats arabes unis", "AE"), ("Reino Unido", "GB"), ("Kosovo", "XK")]:
        assert normalise_country(typed) == code, typed
