"""The Delivery page: counts per target, export with progress, cancel, signing passphrase, paper entry."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from drivekit.export.signing import make_certificate
from drivekit.export.verification import verify
from drivekit.ui.delivery import DeliveryPage, PaperEntryDialog
from tests.export.conftest import drive  # noqa: F401  (fixture)


def make_page(qtbot, services, campaign_id: str, folder: Path) -> DeliveryPage:  # type: ignore[no-untyped-def]
    page = DeliveryPage(services)
    qtbot.addWidget(page)
    page.set_campaign(campaign_id)
    page.folder.setText(str(folder))
    page.show()
    qtbot.waitUntil(lambda: not page.is_filling(), timeout=20_000)
    return page


def test_page_shows_how_many_signatures_each_packet_gets(qtbot, services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, services, drive.campaign_id, tmp_path)
    texts = [page.targets.item(i).text() for i in range(page.targets.count())]
    assert texts == [f"Cllr North — {len(drive.names['north'])} signatures",
                     f"Cllr South — {len(drive.names['south'])} signatures"]
    total = len(drive.names["north"]) + len(drive.names["south"])
    assert page.summary.text() == f"Packets chosen: 2. Signatures listed in all: {total}."
    page.targets.item(1).setCheckState(Qt.CheckState.Unchecked)
    assert page.summary.text() == f"Packets chosen: 1. Signatures listed in all: {len(drive.names['north'])}."
    page.targets.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not page.export_button.isEnabled()


def test_export_signs_with_a_protected_certificate_and_reports_files(qtbot, services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    p12, pem = make_certificate("Friends", tmp_path / "keys", passphrase=b"open sesame")
    out = tmp_path / "out"
    out.mkdir()
    page = make_page(qtbot, services, drive.campaign_id, out)
    page.targets.item(1).setCheckState(Qt.CheckState.Unchecked)
    page.sign.setChecked(True)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.result.text() == "Choose the certificate file to sign with." and page._task is None
    page.certificate.setText(str(p12))
    asked = []
    page.ask_passphrase = lambda name: asked.append(name) or "open sesame"  # type: ignore[method-assign]
    with qtbot.waitSignal(page.packets_exported, timeout=30_000) as blocker:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    files = [Path(p) for p in blocker.args[0]]
    assert asked == ["certificate.p12"] and len(files) == 1 and files[0].parent == out
    assert verify(files[0], pem).ok
    assert "Signed by Friends." in page.result.text() and page.open_folder.isEnabled()


def test_cancelled_export_writes_nothing(qtbot, services, drive, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Cancel clicked while the second decision maker's packet is written: the first, already whole,
    must not be left in the folder while the page says no file was written."""
    out = tmp_path / "out"
    out.mkdir()
    second, gate = threading.Event(), threading.Event()
    original = services.delivery._rows
    packets: list[int] = []

    def held_rows(*args, **kwargs):  # type: ignore[no-untyped-def]
        packets.append(1)
        if len(packets) == 2:
            second.set()
            gate.wait(20)
        yield from original(*args, **kwargs)

    monkeypatch.setattr(services.delivery, "_rows", held_rows)
    page = make_page(qtbot, services, drive.campaign_id, out)
    assert page.targets.count() == 2
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert not page.cancel_button.isHidden() and not page.export_button.isEnabled()
    qtbot.waitUntil(second.is_set, timeout=30_000)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    assert page.result.text() == "Cancelled; no file was written."
    assert list(out.iterdir()) == []
    assert page.export_button.isEnabled() and page.cancel_button.isHidden()


def test_paper_entry_records_sheet_and_line(qtbot, services, campaign) -> None:  # type: ignore[no-untyped-def]
    dialog = PaperEntryDialog(services, campaign.id)
    qtbot.addWidget(dialog)
    dialog.set_sheet(7, 11)
    for first, last in (("Ada", "Lovelace"), ("Alan", "Turing")):
        dialog.edits["first_name"].setText(first)
        dialog.edits["last_name"].setText(last)
        dialog.edits["postcode"].setText("N1 9GU")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (dialog.sheet.value(), dialog.line.value()) == (8, 1)
    records = services.signatures.list(campaign.id)
    assert {r.source for r in records} == {"paper"}
    from sqlalchemy import select

    from drivekit.storage.models import Signature

    with services.db.session() as s:
        rows = s.execute(select(Signature.first_name, Signature.sheet_number, Signature.sheet_line)
                         .order_by(Signature.id)).all()
    assert [tuple(r) for r in rows] == [("Ada", 7, 11), ("Alan", 7, 12)]
    dialog.edits["postcode"].setText("not a postcode at all")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() and (dialog.sheet.value(), dialog.line.value()) == (8, 1)
    assert len(services.signatures.list(campaign.id)) == 2


def test_csv_osdi_and_sheets_from_the_page(qtbot, services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, services, drive.campaign_id, tmp_path)
    total = len(drive.names["north"]) + len(drive.names["south"])
    stats = services.stats.stats(drive.campaign_id)
    left = stats.total - total  # withdrawn and duplicates: in no file
    assert left > 0
    for kind, name in (("csv", "s.csv"), ("osdi", "s.json")):
        page.export_table(kind, tmp_path / name)
        qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
        lines = page.result.text().splitlines()
        assert lines[0] == f"{name}: {total} signatures"
        assert lines[1].startswith(f"Left out: {left} signers (") and "withdrawn" in lines[1]
        assert lines[2].startswith("Contact details left out for ")
    assert (tmp_path / "s.csv").read_text(encoding="utf-8").count("\n") == total + 1
    # Action Network: only the opted-in, and the page says how many others were left out and why.
    page.export_table("csv", tmp_path / "an.csv", "actionnetwork")
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    opted_in = sum(1 for r in services.delivery.signers(drive.campaign_id) if r["contact_consent"])
    lines = page.result.text().splitlines()
    assert lines[0] == f"an.csv: {opted_in} signatures"
    assert "did not agree to be contacted" in lines[1]
    assert (tmp_path / "an.csv").read_text(encoding="utf-8").count("\n") == opted_in + 1
    page.export_sheets(tmp_path / "sheets.pdf", 2)
    qtbot.waitUntil(lambda: page._task is None, timeout=30_000)
    assert page.result.text() == "sheets.pdf: sheets 1 to 2" and (tmp_path / "sheets.pdf").exists()


def test_exporting_again_asks_before_replacing_the_packets(qtbot, services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    page = make_page(qtbot, services, drive.campaign_id, out)
    asked: list[list[str]] = []
    page.ask_replace = lambda paths: asked.append(paths) or False  # type: ignore[method-assign]
    with qtbot.waitSignal(page.packets_exported, timeout=30_000) as blocker:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    written = sorted(blocker.args[0])
    assert asked == [] and len(written) == 2
    for p in written:
        Path(p).write_bytes(b"the packet already sent")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert sorted(asked[0]) == written and page._task is None
    assert page.result.text() == "Not exported: the earlier files were kept."
    assert all(Path(p).read_bytes() == b"the packet already sent" for p in written)
    page.ask_replace = lambda paths: True  # type: ignore[method-assign]
    with qtbot.waitSignal(page.packets_exported, timeout=30_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert all(Path(p).read_bytes().startswith(b"%PDF") for p in written)


def test_counts_are_made_off_the_gui_thread_once_the_page_is_seen(qtbot, services, drive, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A hidden page does not count (start-up stays quick); shown, it says it is counting, then fills in."""
    gate = threading.Event()
    plan = services.delivery.plan
    threads: list[threading.Thread] = []

    def slow_plan(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        gate.wait(10)
        return plan(*args, **kwargs)

    monkeypatch.setattr(services.delivery, "plan", slow_plan)
    page = DeliveryPage(services)
    qtbot.addWidget(page)
    page.set_campaign(drive.campaign_id)
    assert threads == [] and page.targets.count() == 0
    page.show()
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    assert page.is_filling() and page.summary.text() == "Counting signatures…"
    assert page.csv_button.isEnabled() and page.paper_button.isEnabled()  # usable while it counts
    assert threads[0] is not threading.main_thread()
    with qtbot.waitSignal(page.filled, timeout=10_000):
        gate.set()
    assert page.targets.count() == 2 and not page.is_filling()
    assert page.summary.text().startswith("Packets chosen: 2.")


def test_the_targets_list_shows_its_targets_whole_with_large_text(qapp, qtbot, services, make_main_window) -> None:  # type: ignore[no-untyped-def]
    """At 1024×600 with large text the list of targets was squeezed to its bare minimum: the third was cut in half."""
    from drivekit.ui.resources import apply_style
    from tests.ui.test_fits_small_screens import USABLE, _settle

    campaign = services.campaigns.create("Keep the library open", "Text", 5000, "Friends", "GB")
    for name in ("Councillor Jane Okafor", "Dr Samuel Reyes", "Priya Natarajan MP"):
        services.campaigns.add_target(campaign.id, name)
    apply_style(qapp, True)
    try:
        window = make_main_window()
        window.resize(USABLE)
        page = window.show_page(2) or window.current_page()
        assert isinstance(page, DeliveryPage)
        qtbot.waitUntil(lambda: page.targets.count() == 3, timeout=20_000)
        _settle(qapp)
        rows = sum(page.targets.sizeHintForRow(i) for i in range(3))
        assert page.targets.viewport().height() >= rows, f"{page.targets.viewport().height()} px for {rows} px of rows"
    finally:
        apply_style(qapp, False)
