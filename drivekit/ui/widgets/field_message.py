"""Messages that keep their room: a field's error line, or a page's status banner, that appears and goes
without moving anything below it (a volunteer typing at a stall must never see the next field jump away).

A `ReservedLabel` asks the layout for the height of the longest text it may show, at its current width
and font, whether it shows a text or nothing, visible or hidden. So the space is there before the first
message, in every language and text size, and a message that appears or goes moves nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from drivekit.domain.validation import (
    Rules,
    SignerInput,
    check_name,
    validate_field,
    validate_signer,
)
from drivekit.errors import ValidationError

# Wrong values a volunteer or signer really types, whose messages each field must have room for (the
# domain words them; these only provoke them), for the country chosen. Rare ones (a 200-letter name, a
# control character, a number with another country's code, a long misspelt country) get the room they
# need when they come: the rows below move down then, but nothing is cut. Reserving for them too would
# leave a line or two of blank room under every field, and on a 1024×600 screen with large text the
# form would show two rows at a time.
_SAMPLES: dict[str, tuple[str, ...]] = {
    "email": ("bob", "a@b@c.org", "a b@c.org", "@c.org", "a@", "a@b", "a@b.c", "ab(c@d.org"),
    "phone": ("12", "+999 123", "0" * 10),
    "postcode": ("ÄÖ", "!!"),
    "country": ("Englnd",),
}


def possible_messages(name: str, rules: Rules, country: str) -> list[str]:
    """The messages a signer field usually shows, in the current language; "required" only where the
    campaign requires the field."""
    if name == "petition_consent":
        try:
            validate_signer(SignerInput(first_name="x"), rules)
        except ValidationError as err:
            return [err.errors.get(name, "")]
        return []
    if name in ("first_name", "last_name"):
        found = [check_name("", "")[2].get(name, "")]  # "Please enter a name."
    else:
        found = [validate_field(name, v, rules, country) or "" for v in _SAMPLES.get(name, ())]
        if name in rules.required:
            found.append(validate_field(name, "", rules, country) or "")
    return [m for m in found if m]


class ReservedLabel(QLabel):
    """A wrapped label whose height is that of the longest of `reserve()`'s texts, shown or not."""

    def __init__(self, parent: QWidget | None = None, *, keep_room: bool = True) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._keep_room = keep_room
        self._reserved: tuple[str, ...] = ()
        self._bold = False
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(keep_room)  # hidden, it still holds its room
        self.setSizePolicy(policy)

    def reserve(self, texts: Iterable[str], *, bold: bool = False) -> None:
        """Keep room for the longest of `texts` (the current text always gets the room it needs); `bold`
        when the style sheet may show them in bold (wider, so they may wrap sooner)."""
        self._reserved = tuple(t for t in texts if t) if self._keep_room else ()
        self._bold = bold
        self.updateGeometry()

    def show_text(self, text: str | None) -> None:
        """Show `text`, or hide the label when there is none: the room stays either way."""
        self.setText(text or "")
        self.setVisible(bool(text))

    def _reserved_height(self, width: int) -> int:
        if not self._reserved:
            return 0
        margins = self.contentsMargins()
        extra = 2 * self.margin()
        room = max(1, width - margins.left() - margins.right() - extra)
        font = self.font()
        font.setBold(font.bold() or self._bold)
        metrics = QFontMetrics(font)
        flags = int(Qt.TextFlag.TextWordWrap) | int(self.alignment().value)
        tallest = max(metrics.boundingRect(QRect(0, 0, room, 100_000), flags, text).height() for text in self._reserved)
        return tallest + margins.top() + margins.bottom() + extra

    def minimumSizeHint(self) -> QSize:
        """As high as the text needs at the width it has: a dialog then grows for a message (a window
        does not grow for wrapped text by itself) instead of squeezing it into half a line."""
        hint = super().minimumSizeHint()
        if not self._keep_room and self.text() and self.width() > 1:  # room kept: the reserve does it
            hint.setHeight(max(hint.height(), self.heightForWidth(self.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._keep_room and self.text() and event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the minimum height above depends on the width

    def hasHeightForWidth(self) -> bool:
        return self._keep_room or super().hasHeightForWidth()  # also while empty (QLabel: once it has a text)

    def heightForWidth(self, width: int) -> int:
        return max(super().heightForWidth(width), self._reserved_height(width))


class FieldMessage(ReservedLabel):
    """The red line under a field; hidden and empty while the field is fine, its room kept (unless
    `keep_room` is off: then it takes the lines it needs when it shows).

    With `inline` off it is never shown and belongs to no layout: it only holds the field's message for
    the checks (and screen readers), and a `MessageLine` says it for the whole form (the kiosk's large
    touch fields leave no room under each one on a 1024×600 screen)."""

    def __init__(self, parent: QWidget | None = None, *, keep_room: bool = True, inline: bool = True) -> None:
        super().__init__(parent, keep_room=keep_room and inline)
        self.setObjectName("fieldMessage")
        self.inline = inline
        self.setVisible(False)

    def show_text(self, text: str | None) -> None:
        if self.inline:
            super().show_text(text)
        else:
            self.setText(text or "")
