"""The command line speaks the language of LANG (LC_ALL, LC_MESSAGES, LANGUAGE), like any
program using gettext; --json output, which scripts read, stays the same in every language."""

from __future__ import annotations

import pytest

from tests.cli.conftest import DriveKit


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr_FR.UTF-8", "drivekit: title: Veuillez donner un titre à la pétition."),
    ("es_ES.UTF-8", "drivekit: title: Ponga un título a la petición, por favor."),
    ("C", "drivekit: title: Please give the petition a title."),
    ("C.UTF-8", "drivekit: title: Please give the petition a title."),
])
def test_a_refusal_is_printed_in_the_language_of_lang(drivekit: DriveKit, lang: str, expected: str) -> None:
    drivekit.env["LANG"] = lang
    run = drivekit("campaign", "create", "--title", " ", "--text", "t", "--goal", "5")
    assert (run.code, run.err.strip()) == (1, expected)


def test_lc_all_wins_over_lang_and_the_domain_speaks_it_too(drivekit: DriveKit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "T", "--text", "t", "--goal", "5")["id"]
    drivekit.env.update(LANG="en_GB.UTF-8", LC_ALL="es_ES.UTF-8")
    run = drivekit("target", "add", cid, "--name", "Mayor", "--postcode-prefix", "!!")
    assert (run.code, run.err.strip()) == (1, "drivekit: «!!» no es el comienzo de un código postal (por ejemplo SW1 o 75).")
    run = drivekit("stats", "nope")
    assert (run.code, run.err.strip()) == (1, "drivekit: Ninguna campaña tiene el identificador «nope».")


def test_json_output_is_the_same_in_every_language(drivekit: DriveKit) -> None:
    cid = drivekit.ok("campaign", "create", "--title", "T", "--text", "t", "--goal", "5")["id"]
    outputs = {}
    for lang in ("C", "fr_FR.UTF-8", "es_ES.UTF-8"):
        drivekit.env["LANG"] = lang
        outputs[lang] = drivekit.ok("stats", cid)
    assert outputs["fr_FR.UTF-8"] == outputs["C"] == outputs["es_ES.UTF-8"]


def test_reports_and_per_line_refusals_are_in_the_language_of_lang(drivekit: DriveKit, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "T", "--text", "t", "--goal", "5")["id"]
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,postcode,country\nAna,Lopes,ana@example.org,SW1A 1AA,GB\n"
                     "Kim,Park,kim.example.org,SW1A 1AA,GB\n", encoding="utf-8")
    drivekit.env["LANG"] = "fr_FR.UTF-8"
    run = drivekit("signatures", "import", cid, str(sheet))
    assert run.code == 0, run.err
    assert run.out.splitlines() == [
        "1 signature importée (0 doublons possibles).",
        "1 ligne refusée :",
        "  ligne 3 : email: Il manque le @ dans l’adresse e-mail, comme dans nom@exemple.org.",
    ]
    stats = drivekit("stats", cid).out
    assert "Signataires uniques:" in stats and "Doublons:" in stats and "Unique signers" not in stats
    drivekit.env["LANG"] = "es_ES.UTF-8"
    assert "\nFirmantes únicos:" in drivekit("stats", cid).out  # after the campaign line
    # scripts reading --json see the same English reasons whatever the language
    again = drivekit("--json", "signatures", "import", cid, str(sheet), "--again")
    assert again.json["rejected"] == [{"line": 3, "error": "email: An email address needs an @, as in "
                                                           "name@example.org."}]
