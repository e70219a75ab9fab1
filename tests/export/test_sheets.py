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
