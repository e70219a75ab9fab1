"""A searchable country chooser: type any part of a country's name or its two-letter code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


def country_names() -> tuple[tuple[str, str], ...]:
    """(name, alpha-2) pairs in the user's language, sorted by its rules: every country and territory
    validation accepts (XK, AC, TA too). The language is the one set with the Qt catalogue."""
    from drivekit.domain.places import countries

    return countries()


class CountryCombo(QComboBox):
    """Editable combo of country names; `code()` is the chosen alpha-2 or the raw text typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        # sized like the other fields, not like "South Georgia and the South Sandwich Islands"
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._by_code: dict[str, int] = {}
        for i, (name, code) in enumerate(country_names()):
            self.addItem(name, code)
            self._by_code[code] = i
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._default = ""

    def set_default(self, code: str) -> None:
        self._default = code
        self.reset()

    def reset(self) -> None:
        index = self._by_code.get(self._default, -1)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return text

    def is_default(self) -> bool:
        return self.code() == self._default
