"""Undo on the Collect page erases the signer from the backups made before, without holding up the page."""

from __future__ import annotations

import pytest


def test_undo_erases_the_signer_from_the_backups_made_before(qtbot, services, campaign, make_main_window,
                                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    if not services.db.is_sqlite:
        pytest.skip("backups here are of a SQLite file")
    window = make_main_window()
    window.show_page(0)
    page = window.current_page()
    page.form.inputs["last_name"].setText("Wenceslava")
    page.form.consent.setChecked(True)
    assert page.save() is not None
    old = services.backups.backup().copies[0].path
    assert b"Wenceslava" in old.read_bytes()
    monkeypatch.setattr(page, "_confirm", lambda title, text: True)
    assert page.undo_last()
    assert "withdrawn" in page.banner.text()
    assert len(services.signatures.ids(campaign.id, search="wenceslava")) == 0  # gone from the file at once
    qtbot.waitUntil(lambda: b"Wenceslava" not in old.read_bytes(), timeout=10_000)


def test_undo_does_not_rewrite_the_backups_on_the_window_s_thread(qtbot, services, campaign, make_main_window,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each backup is a copy of the whole database (0.3 s at 1,000,000 signatures): the window stays live."""
    import threading

    from drivekit.services.backups import BackupService

    if not services.db.is_sqlite:
        pytest.skip("backups here are of a SQLite file")

    threads: list[threading.Thread] = []
    original = BackupService.after_withdrawal

    def recording(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return original(self, *args, **kwargs)

    monkeypatch.setattr(BackupService, "after_withdrawal", recording)
    window = make_main_window()
    window.show_page(0)
    page = window.current_page()
    page.form.inputs["last_name"].setText("Quickly Undone")
    page.form.consent.setChecked(True)
    assert page.save() is not None
    monkeypatch.setattr(page, "_confirm", lambda title, text: True)
    assert page.undo_last()
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    assert threads[0] is not threading.main_thread()
