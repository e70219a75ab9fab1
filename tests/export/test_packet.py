"""The delivery packet lists exactly the right signatures, leaks no contact details, and renders every script."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from drivekit.errors import Cancelled
from drivekit.export.model import PacketOptions
from drivekit.progress import CallbackProgress
from tests.export.conftest import has_name, pdf_text


def export(services, drive, tmp_path: Path, target: str | None, **opts):  # type: ignore[no-untyped-def]
    path = tmp_path / "packet.pdf"
    result = services.delivery.export_packet(drive.campaign_id, target, path, PacketOptions(**opts),
                                             force=True)  # each call writes the same file again
    return path, result


def test_packet_holds_every_name_of_its_target_and_none_from_outside(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, result = export(services, drive, tmp_path, drive.north)
    text = pdf_text(path)
    for name in drive.names["north"]:
        assert has_name(text, name), name
    for name in drive.names["south"]:
        assert not has_name(text, name), name
    assert result.count == len(drive.names["north"])
    assert f"{result.count} valid signatures" in text
    assert text.count("Dorothea Twice") == 1


def test_withdrawn_and_confirmed_duplicates_never_appear(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, _ = export(services, drive, tmp_path, None)
    text = pdf_text(path)
    assert "Wilhelmina" not in text and "Gonewood" not in text
    assert text.count("Dorothea") == 1


def test_no_email_phone_or_street_address_unless_asked(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, _ = export(services, drive, tmp_path, None, signature_images=True, landscape=True)
    raw = path.read_bytes()
    text = pdf_text(path)
    for email in drive.emails:
        assert email not in text and email.encode() not in raw
    for phone in drive.phones:
        assert phone not in text and phone[-6:] not in text
    assert "Secret Lane" not in text
    full, _ = export(services, drive, tmp_path, None, full_address=True)
    assert "Secret Lane" in pdf_text(full)


def test_every_script_is_extractable_text_in_embedded_fonts(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, _ = export(services, drive, tmp_path, drive.north)
    text = pdf_text(path)
    for name in ["Зоя Иванова", "Γιώργος Παπαδόπουλος", "王小明", "山田太郎", "김민준", "محمد الخطيب", "דוד כהן"]:
        assert has_name(text, name), name
    fonts = set()
    for page in PdfReader(str(path)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            assert "/FontFile2" in str(font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()) \
                if "/DescendantFonts" in font else True
    assert any("DroidSansFallback" in f for f in fonts) and any("NanumGothic" in f for f in fonts)


def test_cover_count_fingerprint_and_page_numbers_agree_with_the_list(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, result = export(services, drive, tmp_path, drive.south)
    reader = PdfReader(str(path))
    attached = reader.attachments
    listed = attached["signatures.tsv"][0]
    assert hashlib.sha256(listed).hexdigest() == result.fingerprint
    assert listed.decode().count("\n") - 1 == result.count == len(drive.names["south"])
    text = " ".join(pdf_text(path).split())
    assert result.fingerprint[:16] in text
    pages = len(reader.pages)
    assert result.pages == pages
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text


def test_landscape_and_long_comments_wrap_within_the_page(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from drivekit.domain.validation import SignerInput

    words = " ".join(f"word{i}" for i in range(220))
    services.signatures.save(drive.campaign_id, SignerInput(first_name="Long", last_name="Talker", postcode="N1 2AA",
                                                            country="GB", comment=words, petition_consent=True))
    path, result = export(services, drive, tmp_path, drive.north, landscape=False)
    text = " ".join(pdf_text(path).split())
    for i in (0, 150, 219):
        assert f"word{i}" in text
    reader = PdfReader(str(path))
    for page in reader.pages:
        assert float(page.mediabox.width) < float(page.mediabox.height)
    wide, _ = export(services, drive, tmp_path, drive.north, landscape=True)
    page = PdfReader(str(wide)).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)


def test_cancelling_leaves_no_file_behind(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    progress = CallbackProgress()
    progress.cancel()
    with pytest.raises(Cancelled):
        services.delivery.export_packet(drive.campaign_id, None, out / "p.pdf", PacketOptions(), None, progress)
    assert list(out.iterdir()) == []


class _CancelAtPacket(CallbackProgress):
    """Asks to stop as the given packet (1 = the first) begins, as a person clicking Cancel then would;
    or, `after_last_row`, once that packet's last row is written (while it is signed)."""

    def __init__(self, packet: int, after_last_row: bool = False) -> None:
        super().__init__()
        self._packet, self._after, self._started = packet, after_last_row, 0

    def start(self, total: int, label: str = "") -> None:
        self._started += 1
        if self._started == self._packet and not self._after:
            self.cancel()
        super().start(total, label)

    def advance(self, amount: int = 1) -> None:
        super().advance(amount)
        if self._after and self._started == self._packet and self.total and self.done >= self.total:
            self.cancel()


def test_cancelling_during_the_second_packet_leaves_neither(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One packet per decision maker: stopped while the second is written, the first must not stay
    behind while the window says no file was written (nor replace an earlier set by halves)."""
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        services.delivery.export_packets(drive.campaign_id, None, out / "packet.pdf", PacketOptions(), None,
                                         _CancelAtPacket(2))
    assert list(out.iterdir()) == []
    with services.db.session() as s:
        from sqlalchemy import func, select

        from drivekit.storage.models import AuditEntry

        assert s.scalar(select(func.count()).where(AuditEntry.action == "packet.exported")) == 0


def test_a_cancel_heard_after_the_last_row_still_writes_nothing(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        services.delivery.export_packets(drive.campaign_id, None, out / "packet.pdf", PacketOptions(), None,
                                         _CancelAtPacket(2, after_last_row=True))
    assert list(out.iterdir()) == []


def test_a_cancelled_replacement_keeps_every_earlier_packet(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    first = services.delivery.export_packets(drive.campaign_id, None, out / "packet.pdf", PacketOptions())
    before = {Path(r.path).name: hashlib.sha256(Path(r.path).read_bytes()).hexdigest() for r in first.packets}
    assert len(before) == 2
    with pytest.raises(Cancelled):
        services.delivery.export_packets(drive.campaign_id, None, out / "packet.pdf", PacketOptions(landscape=True),
                                         None, _CancelAtPacket(2), force=True)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir()}
    assert after == before  # the same two files, untouched, and no half-written one beside them


def test_export_is_audited_without_personal_data(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from drivekit.storage.models import AuditEntry

    export(services, drive, tmp_path, drive.north)
    with services.db.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "packet.exported")).one()
        details = str(entry.details)
    assert entry.campaign_id == drive.campaign_id and "count" in details
    assert not re.search(r"@|Иванова|Twice", details)


def test_one_packet_per_target_when_none_is_given(services, drive, tmp_path) -> None:  # type: ignore[no-untyped-def]
    plans = services.delivery.plan(drive.campaign_id)
    paths = services.delivery.packet_paths(plans, tmp_path / "out.pdf")
    assert [p.name for p in paths] == ["out-cllr-north.pdf", "out-cllr-south.pdf"]
    assert [p.count for p in plans] == [len(drive.names["north"]), len(drive.names["south"])]


def test_a_comment_longer_than_a_page_continues_on_the_next(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timezone

    from drivekit.export.model import PacketHeader, PacketRow
    from drivekit.export.packet import write_packet

    words = " ".join(f"w{i}" for i in range(3000))
    rows = [PacketRow("Ann Long", "N1 1AA", "London", "GB", "", datetime(2026, 5, 1, tzinfo=timezone.utc), words),
            PacketRow("Bob After", "N1 1AB", "London", "GB", "", datetime(2026, 5, 2, tzinfo=timezone.utc), "short")]
    header = PacketHeader("Org", "Title", "Text", "c1", target_name="T")
    facts = write_packet(str(tmp_path / "p.pdf"), header, iter(rows), PacketOptions())
    text = " ".join(pdf_text(tmp_path / "p.pdf").split())
    assert facts["count"] == 2 and facts["pages"] >= 4
    assert "1 (cont.)" in text and "w0 " in text and "w2999" in text and "Bob After" in text


def test_signatures_outside_every_target_are_counted(services, drive) -> None:  # type: ignore[no-untyped-def]
    from drivekit.domain.validation import SignerInput

    assert services.delivery.outside_targets(drive.campaign_id) == 0
    services.signatures.save(drive.campaign_id, SignerInput(first_name="Far", last_name="Away", postcode="M1 1AE",
                                                            country="GB", petition_consent=True))
    assert services.delivery.outside_targets(drive.campaign_id) == 1
    services.campaigns.add_target(drive.campaign_id, "Everyone's MP", "", "", [])
    assert services.delivery.outside_targets(drive.campaign_id) == 0
