"""The progress report PDF: its text carries the dashboard's figures, names in any script render,
and every font in it is one of ours, embedded (no base-14 font, not even the canvas's first)."""

from __future__ import annotations

import io
from datetime import date, datetime, timezone

from pypdf import PdfReader

from drivekit.domain.figures import Dashboard, Figure, NextMilestone
from drivekit.export.report import write_report


def _dashboard(**changes) -> Dashboard:  # type: ignore[no-untyped-def]
    hours = [0] * 24
    hours[10], hours[15] = 40, 23
    values = dict(
        campaign_id="c1", title="Save the Riverside Library", organisation="Friends of the Library", goal=250,
        total=71, valid=66, unique_signers=63, possible_duplicates=3, duplicates=2, withdrawn=5, percent=25,
        milestones=(25,), next_milestone=NextMilestone(50, 125, 62),
        by_day=((date(2026, 10, 3), 40), (date(2026, 10, 4), 0), (date(2026, 10, 5), 23)), by_hour=tuple(hours),
        by_event=(Figure("Market stall", 40), Figure("Митинг у ратуши", 23)),
        by_volunteer=(Figure("Ann Lee", 30), Figure("王小明", 20), Figure("(no volunteer)", 13)),
        by_target=(Figure("Councillor Okafor", 51), Figure("Dr Reyes", 12)),
        generated_at=datetime(2026, 10, 6, 9, 0, tzinfo=timezone.utc))
    values.update(changes)
    return Dashboard(**values)  # type: ignore[arg-type]


def _pdf(d: Dashboard) -> PdfReader:
    out = io.BytesIO()
    pages = write_report(d, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == pages >= 1
    return reader


def _text(reader: PdfReader) -> str:
    """The report's words in reading order, one space between them (table cells come out one a line)."""
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_report_text_holds_the_figures() -> None:
    text = _text(_pdf(_dashboard()))
    for expected in ("Progress report: Save the Riverside Library", "63 unique signers", "of a goal of 250: 25 %",
                     "Milestones passed: 25 % of the goal.", "Next: 50 % at 125 unique signers, 62 to go.",
                     "Withdrawn", "Market stall", "Councillor Okafor", "Ann Lee", "Sat 2026-10-03",
                     "10:00–10:59"):
        assert expected in text, expected
    assert "Recorded (all) 71" in text and "Confirmed duplicates 2" in text and "Withdrawn 5" in text
    assert "Event Unique signers Market stall 40 Митинг у ратуши 23" in text
    assert "Target Unique signers Councillor Okafor 51 Dr Reyes 12" in text
    assert "Day Unique signers Sat 2026-10-03 40 Mon 2026-10-05 23" in text  # the table leaves quiet days out


def test_names_in_other_scripts_are_drawn_with_a_font_that_has_them() -> None:
    text = _text(_pdf(_dashboard()))
    assert "Митинг у ратуши" in text and "王小明" in text


def test_every_font_is_ours_and_embedded() -> None:
    reader = _pdf(_dashboard())
    seen = set()
    for page in reader.pages:
        resources = page["/Resources"]
        fonts = resources.get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            descriptor = descendant.get("/FontDescriptor")
            assert descriptor is not None, f"{font['/BaseFont']} is not embedded (base-14?)"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            seen.add(str(font["/BaseFont"]))
    assert seen and not any("Helvetica" in name or "Times" in name or "Courier" in name for name in seen)


def test_an_empty_campaign_still_makes_a_report() -> None:
    text = _text(_pdf(_dashboard(total=0, valid=0, unique_signers=0, possible_duplicates=0, duplicates=0,
                                 withdrawn=0, percent=0, milestones=(), next_milestone=NextMilestone(25, 63, 63),
                                 by_day=(), by_hour=(0,) * 24, by_event=(), by_volunteer=(), by_target=())))
    assert "0 unique signers" in text and "No milestone passed yet." in text


def test_a_long_leaderboard_is_cut_with_the_rest_summed() -> None:
    people = tuple(Figure(f"Volunteer {i:02d}", 100 - i) for i in range(40))
    text = _text(_pdf(_dashboard(by_volunteer=people)))
    assert "Volunteer 24" in text and "Volunteer 25" not in text
    assert f"… and 15 more (together {sum(100 - i for i in range(25, 40)):,})." in text
