"""The signature edit dialog and paper-sheet entry keep their size when a message appears: the wrong field is
marked in place and one line, its room kept, says which and why; no field moves, nothing is cut, and the
dialog still fits a 1024×600 screen, in English, French and Spanish, with large text on or off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

from drivekit.ui.delivery.paper import PaperEntryDialog
from drivekit.ui.resources import LANGUAGES
from drivekit.ui.signatures.edit_dialog import SignatureEditDialog
from drivekit.ui.widgets.field_message import possible_messages
from tests.ui.test_fits_small_screens import THEMES, USABLE, _clipped, _drawn, _fill, language, theme  # noqa: F401


def _settle(qapp: QApplication) -> None:
    for _ in range(4):
        qapp.processEvents()


def _places(dialog: QDialog, fields: dict[str, QWidget]) -> dict[str, QRect]:
    return {name: QRect(w.mapTo(dialog, QPoint(0, 0)), w.size()) for name, w in fields.items()}


def _dialogs(services):  # type: ignore[no-untyped-def]
    campaign, _ = _fill(services)
    edit = SignatureEditDialog(services, _drawn(services, campaign.id))  # the tallest: a drawing and a comment
    paper = PaperEntryDialog(services, campaign.id)
    return {"edit": (edit, edit.fields, edit._errors, edit._rules),
            "paper": (paper, paper.edits, paper.messages, paper._rules)}


def _marked(field: QWidget) -> bool:
    return not isinstance(field, QLineEdit) or any(action.isVisible() for action in field.actions())


@pytest.mark.parametrize("theme", list(THEMES), indirect=True)
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_a_message_moves_nothing_and_the_dialog_keeps_its_size(qapp, qtbot, services, language, theme) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for kind, (dialog, fields, messages, rules) in _dialogs(services).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qapp)
        size, before = dialog.size(), _places(dialog, fields)
        if not (size.width() <= USABLE.width() and size.height() <= USABLE.height()):
            problems.append(f"{kind}: {size.width()}×{size.height()} does not fit {USABLE.width()}×{USABLE.height()}")
        checked = 0
        for name in messages:
            for message in possible_messages(name, rules, rules.default_country):
                other = "email" if name != "email" else "phone"
                for with_other in (False, True):
                    if with_other:
                        dialog.flow.set_message(other, "x")
                    dialog.flow.set_message(name, message)
                    fields[name].setFocus()
                    _settle(qapp)
                    checked += 1
                    said = " ".join(w.text() for w in dialog.findChildren(QWidget, "fieldMessage")
                                    if w.isVisible())  # type: ignore[attr-defined]
                    if message not in said:
                        problems.append(f"{kind} {name}: {message[:40]!r} is said nowhere")
                    if not _marked(fields[name]):
                        problems.append(f"{kind} {name}: the field is not marked")
                    if dialog.size() != size:
                        problems.append(f"{kind} {name}: {message[:40]!r} makes the dialog {dialog.width()}×"
                                        f"{dialog.height()} (was {size.width()}×{size.height()})")
                    problems += [f"{kind} {name}: {message[:40]!r} moves {n}" for n, r in
                                 _places(dialog, fields).items() if r != before[n]]
                    problems += [f"{kind} {name}: {p}" for p in _clipped(dialog)]
                    dialog.flow.clear_errors()
                    _settle(qapp)
                    dialog.resize(size)  # a dialog that grew is not made smaller by itself: start again
                    _settle(qapp)
        assert checked > 10
        dialog.reject()
    assert not problems, f"({language}, {theme}) " + "; ".join(dict.fromkeys(problems[:12]))


@pytest.mark.parametrize("theme", ["large"], indirect=True)
@pytest.mark.parametrize("language", ["fr"], indirect=True)
def test_a_refused_save_keeps_the_dialog_still(qapp, qtbot, services, language, theme) -> None:  # type: ignore[no-untyped-def]
    """Three wrong values and a save, as a tired volunteer types them."""
    for kind, (dialog, fields, _messages, _rules) in _dialogs(services).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qapp)
        size, before = QSize(dialog.size()), _places(dialog, fields)
        for name, wrong in (("email", "bob@"), ("phone", "12"), ("postcode", "!!")):
            fields[name].setText(wrong)  # type: ignore[attr-defined]
        (dialog._on_buttons_accepted if kind == "edit" else dialog._on_save_clicked)()  # type: ignore[attr-defined]
        _settle(qapp)
        assert dialog.isVisible() and dialog.size() == size and _places(dialog, fields) == before, kind
        assert _clipped(dialog) == [], kind
        dialog.reject()
