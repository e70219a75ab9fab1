"""Human, translated words for the stored codes (status, source) and the local display of times."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("SignatureLabels", text)


def status_label(status: str) -> str:
    labels = {
        "valid": _t("Valid"),
        "possible_duplicate": _t("Possible duplicate"),
        "duplicate": _t("Duplicate"),
        "withdrawn": _t("Withdrawn"),
    }
    return labels.get(status, status)


def source_label(source: str) -> str:
    labels = {
        "volunteer": _t("Volunteer"),
        "kiosk": _t("Kiosk"),
        "paper": _t("Paper sheet"),
        "csv": _t("CSV import"),
    }
    return labels.get(source, source)


def statuses() -> list[tuple[str, str]]:
    """(code, label) in the order a coordinator thinks of them."""
    return [(code, status_label(code)) for code in ("valid", "possible_duplicate", "duplicate", "withdrawn")]


def local_time(value: datetime | None) -> str:
    """A UTC time shown in the computer's time zone, to the minute."""
    if value is None:
        return ""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
