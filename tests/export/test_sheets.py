"""Blank paper sheets: petition, consent, numbered lines, and sheet numbers that never repeat."""

from __future__ import annotations

from pypdf import PdfReader

from drivekit.export.sheets import LINES, sheet_code, write_sheets
from tests.export.conftest import pdf_text


def test_sheets_carry_the_petition_consent_and_numbered_lines(services, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    petition = services.delivery.campaign_summary(campaign.id)
    first = services.delivery.reserve_sheets(campaign.id, 3)
    out = tmp_path / "sheets.pdf"
    write_sheets(str(out), petition, first, 3)
    assert len(PdfReader(str(out)).pages) == 3
    text = pdf_text(out)
    assert "Keep the library open" in text and "We ask the council" in text
    assert "Sheet 1" in text and "Sheet 3" in text and str(LINES) in text
    if petition["consent_text"]:
        assert "By signing you agree" in text


def test_sheet_numbers_are_unique_across_exports(services, campaign) -> None:  # type: ignore[no-untyped-def]
    a = services.delivery.reserve_sheets(campaign.id, 5)
    b = services.delivery.reserve_sheets(campaign.id, 2)
    assert (a, b) == (1, 6)
    assert sheet_code(campaign.id, 6) == f"drivekit-sheet:{campaign.id}:6"


def test_sheet_numbers_are_recorded_only_with_their_file(services, campaign, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno
    import os

    import pytest

    from drivekit import files
    from drivekit.errors import DiskFull

    out = tmp_path / "out"
    out.mkdir()
    kept = out / "kept.pdf"
    kept.write_bytes(b"printed last week")
    with pytest.raises(files.OutputRefused):
        services.delivery.export_blank_sheets(campaign.id, kept, 2)
    real_fsync = os.fsync

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull):
        services.delivery.export_blank_sheets(campaign.id, kept, 2, force=True)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert kept.read_bytes() == b"printed last week"
    assert [p.name for p in out.iterdir()] == ["kept.pdf"]
    # Neither failure used up numbers: the first sheets written are still 1 and 2.
    done = services.delivery.export_blank_sheets(campaign.id, out / "new.pdf", 2)
    assert (done.first, done.last) == (1, 2)
    assert "Sheet 1" in pdf_text(out / "new.pdf")
    assert (out / "new.pdf").stat().st_mode & 0o777 == 0o600
    again = services.delivery.export_blank_sheets(campaign.id, kept, 1, force=True)
    assert again.first == 3 and "Sheet 3" in pdf_text(kept)


def test_numbers_taken_meanwhile_are_drawn_again(services, campaign, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from drivekit.export import sheets

    real = sheets.write_sheets
    calls: list[int] = []

    def meanwhile(path, petition, first, pages, progress=None):  # type: ignore[no-untyped-def]
        calls.append(first)
        if len(calls) == 1:  # another export takes these numbers while ours is drawn
            services.delivery.reserve_sheets(campaign.id, 4)
        real(path, petition, first, pages, progress)

    monkeypatch.setattr(sheets, "write_sheets", meanwhile)
    done = services.delivery.export_blank_sheets(campaign.id, tmp_path / "s.pdf", 2)
    assert calls == [1, 5] and (done.first, done.last) == (5, 6)
    text = pdf_text(tmp_path / "s.pdf")
    assert "Sheet 5" in text and "Sheet 1" not in text
