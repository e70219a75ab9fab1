"""Messages for people in their language, without Qt: the one `_()` of the core.

Everything below the UI (domain, storage, services, sync, export, commands) that a person reads
(a refusal, a validation message, a status, a report line) goes through this module, so the same
message reads the same in the GUI and on the command line. The GUI calls `set_language` with the
language it loads its Qt catalogue for (ui/resources.load_translations); the CLI with the one of
`LANG`/`LC_ALL`/`LC_MESSAGES`/`LANGUAGE` (`language_from_environment`).

How to write a message (the catalogue is extracted from the source by Babel, see
resources/translations/README.md):

    from drivekit.i18n import _, ngettext
    raise BadInput(_("No campaign has the id {id}.").format(id=campaign_id))
    ngettext("{n} signature was imported.", "{n} signatures were imported.", n).format(n=n)

- The text inside `_()` must be a plain literal: no f-string, no `+`, no variable (an extractor
  cannot read those, and the translation would never be found). Put values in with
  `.format(name=...)` AFTER `_()`, with named fields so translators can move them.
- Messages made at import time (module constants, dict values) are marked with `N_("...")`, which
  only marks them for extraction, and translated where they are shown: `_(CONSTANT)`.
- Never translate what a program reads: log lines, audit entries, JSON keys, file contents, codes.
  `--json` output is in English whatever the language (cli.py), so scripts never see a translation.
"""

from __future__ import annotations

import gettext
import logging
import os
import threading
from collections.abc import Mapping

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es", "fr")  # English is the source language: its "catalogue" is the source itself
SOURCE_LANGUAGE = "en"
DOMAIN = "core"  # resources/translations/core_<lang>.po (source) and core_<lang>.mo (built)

_lock = threading.Lock()
_state: dict[str, object] = {"language": SOURCE_LANGUAGE, "catalogue": gettext.NullTranslations()}


def _catalogue() -> gettext.NullTranslations:
    found = _state["catalogue"]
    assert isinstance(found, gettext.NullTranslations)
    return found


def _(message: str) -> str:
    """`message` in the current language (itself when there is no translation)."""
    if not message:
        return message  # gettext's "" is the catalogue's header, never a message
    return _catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for the count `n`, by the current language's plural rule."""
    return _catalogue().ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for the catalogue without translating it now (made at import time)."""
    return message


def _raw_base(code: str) -> str:
    return code.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()


def base_language(code: str | None) -> str:
    """"fr_FR.UTF-8@euro", "fr-FR", "fr" -> "fr"; "", "C", "POSIX" and unknown languages -> "en"."""
    base = _raw_base(code or "")
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language the command line speaks, from the environment as GNU gettext reads it: the
    locale of LC_ALL, else LC_MESSAGES, else LANG; under the C locale (or none) English, otherwise
    the first language of LANGUAGE ("fr:es") that DriveKit speaks, else the locale's language."""
    env = os.environ if environ is None else environ
    locale = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if _raw_base(locale) in ("", "c", "posix"):
        return SOURCE_LANGUAGE
    for wanted in env.get("LANGUAGE", "").split(":"):
        if _raw_base(wanted) in LANGUAGES:
            return _raw_base(wanted)
    return base_language(locale)


def load_catalogue(language: str) -> gettext.NullTranslations:
    """The built catalogue of `language` (a base code from LANGUAGES); the source language or a
    missing file gives the untranslated messages (logged: a packaging mistake, not the user's)."""
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    from drivekit.assets import resource_path

    path = resource_path("translations", f"{DOMAIN}_{language}.mo")
    try:
        with path.open("rb") as fp:
            return gettext.GNUTranslations(fp)
    except OSError as err:
        log.warning("no message catalogue for %s (%s): messages stay in English", language, err)
        return gettext.NullTranslations()


def set_language(code: str | None) -> str:
    """Speak the language of `code` ("fr", "fr_FR", "es-ES", "" for English) from now on, in every
    thread; return the base language chosen."""
    language = base_language(code)
    catalogue = load_catalogue(language)
    with _lock:
        _state["language"] = language
        _state["catalogue"] = catalogue
    return language


def current_language() -> str:
    """The base code ("en", "es", "fr") messages are in now."""
    return str(_state["language"])
