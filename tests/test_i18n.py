"""The core's messages (drivekit.i18n): the language chosen from the environment, and catalogues
that are complete in French and Spanish for every message in the source, so they cannot go stale."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from drivekit import i18n
from drivekit.i18n import _, language_from_environment, set_language

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TRANSLATED = ("fr", "es")
FIELD = re.compile(r"\{([^{}:!]*)[^{}]*\}")  # the name of each {field}: a translation may change its format
MARKERS = {"_", "N_", "ngettext"}


def source_messages() -> dict[str, tuple[str, ...]]:
    """Every message marked in the core (not the GUI, whose strings are Qt's): id -> its forms."""
    found: dict[str, tuple[str, ...]] = {}
    method_map = [("drivekit/ui/**", "ignore"), ("drivekit/**.py", "python")]
    for _filename, _lineno, message, _comments, _context in extract_from_dir(str(ROOT), method_map=method_map):
        forms = message if isinstance(message, tuple) else (message,)
        found[forms[0]] = forms
    return found


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "es_ES.UTF-8"}, "es"),
    ({"LANG": "es_MX"}, "es"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "en"),  # GNU gettext: the C locale ignores LANGUAGE
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "en"),  # a language DriveKit does not speak: its source language
    ({"LANG": "en_GB.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),  # LC_ALL wins
    ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "de:es:fr"}, "es"),  # the first of LANGUAGE DriveKit speaks
    ({"LANG": "fr_FR.UTF-8", "LANGUAGE": "en_GB:fr"}, "en"),
])
def test_language_comes_from_the_environment_as_gettext_reads_it(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


def test_set_language_switches_every_message_and_back() -> None:
    message = "Please enter a name."
    assert _(message) == message
    assert set_language("fr_FR") == "fr" and i18n.current_language() == "fr"
    assert _(message) == "Veuillez saisir un nom."
    assert set_language("es-ES") == "es" and _(message) == "Escriba un nombre, por favor."
    assert set_language("") == "en" and _(message) == message
    assert _("") == ""  # the catalogue's header is never a message


def test_a_missing_catalogue_leaves_messages_in_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from drivekit import assets

    monkeypatch.setattr(assets, "resources_dir", lambda: tmp_path)
    assert set_language("fr") == "fr"
    assert _("Please enter a name.") == "Please enter a name."


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_of_the_core_is_translated_with_its_fields(lang: str) -> None:
    """Run the README's commands (pybabel extract / update / compile) when this fails."""
    with (TRANSLATIONS / f"core_{lang}.po").open("rb") as fp:
        catalogue = read_po(fp, locale=lang)
    problems = []
    messages = source_messages()
    assert len(messages) > 20  # the extraction found the core's messages (not an empty walk)
    for msgid, forms in messages.items():
        entry = catalogue.get(msgid)
        if entry is None or entry.fuzzy:
            problems.append(f"{msgid!r}: not in core_{lang}.po (or fuzzy)")
            continue
        translations = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        if len(translations) != catalogue.num_plurals and len(forms) > 1 or not all(t.strip() for t in translations):
            problems.append(f"{msgid!r}: not translated")
            continue
        for text in translations:
            if sorted(set(FIELD.findall(text))) != sorted(set(FIELD.findall(forms[-1]))):
                problems.append(f"{msgid!r} -> {text!r}: the {{fields}} differ")
    assert problems == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_built_catalogue_is_the_source_compiled(lang: str) -> None:
    with (TRANSLATIONS / f"core_{lang}.po").open("rb") as fp:
        source = read_po(fp, locale=lang)
    with (TRANSLATIONS / f"core_{lang}.mo").open("rb") as fp:
        built = read_mo(fp)
    def entries(catalogue: Catalog) -> dict[object, object]:
        frozen = (lambda v: tuple(v) if isinstance(v, (list, tuple)) else v)  # noqa: E731  (plural forms)
        return {frozen(m.id): frozen(m.string) for m in catalogue if m.id and m.string}

    assert entries(source) == entries(built)
    with (TRANSLATIONS / f"core_{lang}.mo").open("rb") as fp:
        assert gettext.GNUTranslations(fp).gettext("Please enter a name.") != "Please enter a name."


def test_every_literal_in_a_marker_reaches_the_catalogue() -> None:
    """What the code marks is what Babel extracts: a `_("...")` inside an f-string's braces, say,
    is invisible to the extractor and would never be translated."""
    extracted = set(source_messages())
    missing = []
    for path in sorted((ROOT / "drivekit").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "drivekit").parts[:1]:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS \
                    and node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value \
                    and node.args[0].value not in extracted:
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.args[0].value!r}")
    assert missing == []


def test_every_marked_message_is_a_plain_literal() -> None:
    """`_(f"...")` or `_("a" + b)` would never be found in a catalogue: the text must be a literal
    (or a constant marked with N_), with values put in by .format() after translation."""
    problems = []
    for path in sorted((ROOT / "drivekit").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "drivekit").parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
                texts = node.args[:2] if node.func.id == "ngettext" else node.args[:1]
                # N_ marks literals; _() and ngettext() take literals or a name holding an N_-marked one
                allowed = (ast.Constant,) if node.func.id == "N_" else (ast.Constant, ast.Name, ast.Attribute,
                                                                         ast.Subscript)
                if not texts or not all(isinstance(a, allowed) and not (isinstance(a, ast.Constant)
                                                                         and not isinstance(a.value, str))
                                        for a in texts):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert problems == []


def _scope_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of one scope, without those of the functions and classes defined in it."""
    found, stack = [], list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        found.append(node)
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef, ast.ListComp,
                                 ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            stack.extend(ast.iter_child_nodes(node))
    return found


def test_no_scope_hides_the_translation_function() -> None:
    """`x, _ = pair` in a function that also calls `_("...")` makes `_` a local there: the message
    would fail with UnboundLocalError (or call the wrong thing) just when it should be shown."""
    problems = []
    for path in sorted((ROOT / "drivekit").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "drivekit").parts[:1]:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for scope in [tree, *(n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))]:
            nodes = _scope_nodes(scope)
            stores = any(isinstance(n, ast.Name) and n.id == "_" and isinstance(n.ctx, ast.Store) for n in nodes)
            calls = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in MARKERS
                        for n in ast.walk(tree if scope is tree else scope))
            if stores and calls:
                problems.append(f"{path.relative_to(ROOT)}: {getattr(scope, 'name', '<module>')}")
    assert problems == []
