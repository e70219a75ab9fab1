"""Stylesheets and translations, found through the one resource locator (drivekit.assets)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDir, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from drivekit.assets import resource_path
from drivekit.i18n import set_language

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es", "fr")  # the languages offered in View > Language (besides "System")


def stylesheet(large_text: bool) -> str:
    """The app stylesheet; the large-text one adds big type and strong contrast for sunlight. Its images are
    named `icons:<file>`, found in resources/icons from source and when frozen."""
    QDir.setSearchPaths("icons", [str(resource_path("icons"))])
    text = resource_path("styles", "base.qss").read_text(encoding="utf-8")
    if large_text:
        text += "\n" + resource_path("styles", "large_text.qss").read_text(encoding="utf-8")
    return text


def apply_style(app: QApplication, large_text: bool) -> None:
    font = app.font()
    if not hasattr(app, "_drivekit_base_point_size"):
        app._drivekit_base_point_size = font.pointSizeF()  # type: ignore[attr-defined]
    base = app._drivekit_base_point_size  # type: ignore[attr-defined]
    font.setPointSizeF(base * 1.5 if large_text else base)
    # Widgets that already exist take a new application font only with no style sheet in force and
    # once the font-change events are delivered; otherwise switching to large text at run time
    # leaves the open window's text small (tests/ui/test_dashboard_page.py checks it grows).
    app.setStyleSheet("")
    app.setFont(font)
    QApplication.processEvents()
    app.setStyleSheet(stylesheet(large_text))


def chosen_locale(language: str) -> QLocale:
    """`language` is "" for the system's language, or a code such as "es"."""
    return QLocale(language) if language else QLocale.system()


def load_translations(app: QApplication, language: str = "") -> list[QTranslator]:
    """Install drivekit_<lang>.qm (and Qt's own strings) for the chosen or system language, and
    make the core's messages (drivekit.i18n) speak the same language."""
    locale = chosen_locale(language)
    set_language(locale.name())
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    folder = str(resource_path("translations"))
    if ours.load(locale, "drivekit", "_", folder):
        app.installTranslator(ours)
        installed.append(ours)
        log.info("DriveKit translation loaded: %s", locale.name())
    else:
        if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
            log.info("no DriveKit translation for %s", locale.name())
        # The English source's "%Ln entries" needs its plural forms ("1 entry") from drivekit_en.qm,
        # which holds only those (lupdate -pluralonly); any language without a catalogue shows English.
        if ours.load("drivekit_en", folder):
            app.installTranslator(ours)
            installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(locale)
    app._drivekit_translators = installed  # type: ignore[attr-defined]  # keep them alive
    return installed
