"""The start-up probe the whole-process benchmark reads: silent by default, marks after a paint when asked."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from drivekit.ui import startup_probe


def test_probe_is_silent_unless_asked(qtbot, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(startup_probe.PROBE_ENV, raising=False)
    label = QLabel("hello")
    qtbot.addWidget(label)
    startup_probe.after_paint(label, "window")
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(50)
    assert capsys.readouterr().out == ""


def test_probe_marks_after_the_first_paint_then_continues(qtbot, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(startup_probe.PROBE_ENV, "1")
    label = QLabel("hello")
    qtbot.addWidget(label)
    after: list[str] = []
    startup_probe.after_paint(label, "window", lambda: after.append("then"))
    qtbot.wait(20)
    assert capsys.readouterr().out == ""  # not painted yet: nothing said
    label.show()
    qtbot.waitUntil(lambda: after == ["then"])
    label.repaint()
    qtbot.wait(20)
    assert capsys.readouterr().out == "drivekit-probe window\n"  # once, not at every paint


def test_probe_marks_a_page_covered_by_an_opaque_child(qtbot, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

    monkeypatch.setenv(startup_probe.PROBE_ENV, "1")
    page = QWidget()
    qtbot.addWidget(page)
    QVBoxLayout(page).addWidget(QScrollArea(page))
    page.layout().setContentsMargins(0, 0, 0, 0)
    startup_probe.after_paint(page, "page 2")
    page.show()
    qtbot.waitUntil(lambda: "drivekit-probe page 2" in capsys.readouterr().out, timeout=20_000)
