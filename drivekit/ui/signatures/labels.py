"""Human, translated words for the stored codes (status, source) and the local display of times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS_WORDS = {
    "valid": QT_TRANSLATE_NOOP("SignatureLabels", "Valid"),
    "possible_duplicate": QT_TRANSLATE_NOOP("SignatureLabels", "Possible duplicate"),
    "duplicate": QT_TRANSLATE_NOOP("SignatureLabels", "Duplicate"),
    "withdrawn": QT_TRANSLATE_NOOP("SignatureLabels", "Withdrawn"),
}
SOURCE_WORDS = {
    "volunteer": QT_TRANSLATE_NOOP("SignatureLabels", "Volunteer"),
    "kiosk": QT_TRANSLATE_NOOP("SignatureLabels", "Kiosk"),
    "paper": QT_TRANSLATE_NOOP("SignatureLabels", "Paper sheet"),
    "csv": QT_TRANSLATE_NOOP("SignatureLabels", "CSV import"),
}


def _word(words: dict[str, str], code: str) -> str:
    english = words.get(code)
    return QCoreApplication.translate("SignatureLabels", english) if english else code


def status_label(status: str) -> str:
    return _word(STATUS_WORDS, status)


def source_label(source: str) -> str:
    return _word(SOURCE_WORDS, source)


def statuses() -> list[tuple[str, str]]:
    """(code, label) in the order a coordinator thinks of them."""
    return [(code, status_label(code)) for code in STATUS_WORDS]


def local_time(value: datetime | None) -> str:
    """A UTC time shown in the computer's time zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
