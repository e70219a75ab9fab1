"""The safety net in the GUI: a full or read-only disk loses nothing typed; automatic backups;
the Backups dialog; the offer to restore when the database is damaged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from drivekit.domain.validation import SignerInput
from drivekit.errors import DatabaseDamaged, DataFolderUnusable, DiskFull
from drivekit.services.backups import BackupService
from drivekit.storage import backup as backup_files
from drivekit.storage.db import translate_db_error
from drivekit.ui.background import wait_for_all
from drivekit.ui.safety import BackupController, BackupsDialog, offer_restore
from tests.ui.test_collect_page import _page, _type_signer


@pytest.fixture
def sqlite_services(services):  # type: ignore[no-untyped-def]
    if not services.db.is_sqlite:
        pytest.skip("automatic backups are of a SQLite file")
    return services


@pytest.mark.parametrize("error", [
    DiskFull("The disk holding drivekit.sqlite3 is full; free some space and try again."),
    DataFolderUnusable("The database drivekit.sqlite3 cannot be written (the disk or its folder is read-only, "
                       "or the disk was removed); check it and try again."),
])
def test_a_full_or_read_only_disk_keeps_everything_typed(qtbot, services, campaign, monkeypatch, error) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, services, campaign)
    _type_signer(qtbot, page, "Zoe", "Sullivan", postcode="EC1Y 8SY")
    page.form.inputs["first_name"].setText("Zoë")  # type: ignore[attr-defined]
    page.form.inputs["last_name"].setText("Ó Súilleabháin")  # type: ignore[attr-defined]
    page.form.inputs["comment"].setText("Please keep the library open on Sundays")  # type: ignore[attr-defined]
    typed = page.form.values()

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise error

    monkeypatch.setattr(services.signatures, "save", refuse)
    assert page.save() is None
    assert page.banner.text() == f"Not saved: {error}"
    assert page.form.values() == typed  # every field, the consent ticks included
    monkeypatch.undo()  # the disk has space again: the same entry saves as it is
    assert page.save() is not None
    [row] = services.signatures.list(campaign.id)
    assert (row.first_name, row.last_name, row.comment) == ("Zoë", "Ó Súilleabháin", "Please keep the library open on Sundays")


def test_sqlites_read_only_error_becomes_a_plain_message(tmp_path: Path) -> None:
    path = tmp_path / "ro.sqlite3"
    conn = backup_files.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    ro = backup_files.connect(path, read_only=True)
    with pytest.raises(Exception) as caught:
        ro.execute("INSERT INTO t VALUES (1)")
    ro.close()
    known = translate_db_error(caught.value, str(path))
    assert isinstance(known, DataFolderUnusable) and "read-only" in str(known)


def test_backups_are_made_after_enough_signatures_off_the_gui_thread(qtbot, sqlite_services, campaign) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_services
    controller = BackupController(services)
    controller.schedule.every_signatures = 3
    assert controller.status_text() == "Last backup: never"
    for i in range(3):
        services.signatures.save(campaign.id, SignerInput(first_name=f"P{i}", last_name="Q", postcode="SW1A 1AA",
                                                          petition_consent=True))
        controller.note_saved()
    assert controller.running
    qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
    [made] = services.backups.list()
    conn = backup_files.connect(made.path, read_only=True)
    assert conn.execute("SELECT count(*) FROM signature").fetchone()[0] == 3
    conn.close()
    assert controller.status_text().startswith("Last backup: today ")


def test_fifteen_minutes_with_saves_make_a_backup(qtbot, sqlite_services, campaign) -> None:  # type: ignore[no-untyped-def]
    now = [1000.0]
    controller = BackupController(sqlite_services, clock=lambda: now[0], tick_ms=10)
    controller.note_saved()
    qtbot.wait(50)
    assert not sqlite_services.backups.list()
    now[0] += 15 * 60
    qtbot.waitUntil(lambda: len(sqlite_services.backups.list()) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
    assert wait_for_all(10_000)


def test_closing_the_window_backs_up_what_changed_and_the_status_bar_says_when(
        qtbot, make_main_window, sqlite_services, campaign) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    assert window.status_backup.text() == "Last backup: never"
    sqlite_services.signatures.save(campaign.id, SignerInput(first_name="A", last_name="B", postcode="SW1A 1AA",
                                                             petition_consent=True))
    window.close()
    assert len(sqlite_services.backups.list()) == 1
    window2 = make_main_window()
    assert window2.status_backup.text().startswith("Last backup: today ")
    window2.close()  # nothing written since: no second copy of the same thing
    assert len(sqlite_services.backups.list()) == 1


def test_backups_dialog_sets_keep_and_a_second_folder(qtbot, sqlite_services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stick = tmp_path / "stick"
    stick.mkdir()
    dialog = BackupsDialog(sqlite_services)
    qtbot.addWidget(dialog)
    dialog.keep.setValue(4)
    dialog.second.setText(str(stick))
    dialog.now_button.click()
    assert {b.path.parent for b in sqlite_services.backups.list()} == {stick, sqlite_services.backups.folder()}
    assert "Backup written" in dialog.message.text()
    policy = sqlite_services.backups.policy()
    assert policy.keep == 4 and policy.second_folder == stick
    dialog.second.setText(str(tmp_path / "not-plugged-in"))
    dialog.now_button.click()
    assert "does not exist" in dialog.message.text()


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_the_number_of_backups_to_keep_reads_as_a_number(qtbot, qapp, sqlite_services, large) -> None:  # type: ignore[no-untyped-def]
    """"Keep the last [10              ]": the spin box for a number of one to four digits spanned the dialog,
    and the words stopped before saying what is kept. The label says it, the box is as wide as its digits."""
    from PySide6.QtWidgets import QLabel

    from drivekit.ui.resources import apply_style

    apply_style(qapp, large)
    try:
        dialog = BackupsDialog(sqlite_services)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        keep = dialog.keep
        assert keep.width() <= keep.sizeHint().width() + 8, f"{keep.width()} px for a number of backups"
        label = next(w for w in dialog.findChildren(QLabel) if w.buddy() is keep)
        assert label.isVisible() and "backups" in label.text().lower()
    finally:
        apply_style(qapp, False)


def test_a_damaged_database_at_start_offers_the_newest_good_backup(qtbot, sqlite_services, campaign, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    services = sqlite_services
    for i in range(200):
        services.signatures.save(campaign.id, SignerInput(first_name=f"P{i}", last_name="Q", postcode="SW1A 1AA",
                                                          petition_consent=True))
    good = services.backups.backup().copies[0].path
    path = services.db.sqlite_path
    services.db.checkpoint()
    services.db.dispose()
    with open(path, "r+b") as fh:
        fh.seek(path.stat().st_size // 2)
        fh.write(os.urandom(8192))
    with pytest.raises(DatabaseDamaged) as caught:
        BackupService(path=path).startup_check()
    shown: list[str] = []

    def press_default(box: QMessageBox) -> int:
        shown.append(box.text())
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_default)
    assert offer_restore(caught.value, f"sqlite:///{path}")
    assert good.name in shown[0] and "damaged" in shown[0]
    assert BackupService(path=path).check().ok
    assert QApplication.instance() is not None
