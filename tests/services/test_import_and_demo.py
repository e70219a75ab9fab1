"""CSV import (one transaction, per-line errors, unreadable files refused) and demo data."""

from __future__ import annotations

from pathlib import Path

import pytest

from drivekit.errors import BadFile

GOOD = """first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,contact_consent
Zoë,Łukasiewicz,zoe@example.org,07400 123456,1 High St,sw1a1aa,London,,=HYPERLINK("x"),2026-11-01T10:00,yes
Иван,Петров,,,,75001,Paris,France,,2026-11-01,
,,,,,,,,,,
محمد,العلي,bad-email,,,SW1A 1AA,London,GB,,,
Ana,Lopes,ana@example.org,,,,,,,not a date,
Zoe,Lukasiewicz,ZOE@example.org,,,,,,,,
"""


def write(tmp_path: Path, text: str | bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def test_valid_rows_are_saved_and_each_bad_row_is_reported_by_line(services, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = services.imports.import_csv(campaign.id, write(tmp_path, GOOD))
    assert report.imported == 3
    assert report.possible_duplicates == 1
    assert [r["line"] for r in report.rejected] == [5, 6]
    assert report.rejected[0]["error"].startswith("email:")
    assert "not a date we understand" in report.rejected[1]["error"]
    rows = services.signatures.list(campaign.id)
    assert {r.last_name for r in rows} == {"Łukasiewicz", "Петров", "Lukasiewicz"}
    zoe = next(r for r in rows if r.first_name == "Zoë")
    assert (zoe.postcode, zoe.contact_consent, zoe.source, zoe.comment) == ("SW1A 1AA", True, "csv", '=HYPERLINK("x")')


def test_online_tool_headers_are_understood(services, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "First Name,Last Name,Email Address,can2_phone,Zip Code,can2_city,Country\nJane,Doe,jane@example.org,+12025550143,95014,Cupertino,US\n"
    report = services.imports.import_csv(campaign.id, write(tmp_path, text))
    assert report.imported == 1 and report.rejected == []
    (row,) = services.signatures.list(campaign.id)
    assert (row.postcode, row.phone, row.country, row.city) == ("95014", "+12025550143", "US", "Cupertino")


@pytest.mark.parametrize(("content", "message"), [
    ("first_name;last_name\n".encode("utf-16"), "not UTF-8"),
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "not a CSV"),
    ("Zoë,Łukasiewicz\nAna,Lopes\n".encode("utf-8"), "no header row"),
    ("first_name,last_name\nAna,Lopes\n".encode("latin-1") + "Zoë,A\n".encode("latin-1"), "not UTF-8"),
])
def test_unreadable_files_are_refused_and_nothing_is_saved(services, campaign, tmp_path, content, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BadFile, match=message):
        services.imports.import_csv(campaign.id, write(tmp_path, content))
    assert services.stats.stats(campaign.id).total == 0


def test_semicolon_csv_from_a_spreadsheet_is_read(services, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    report = services.imports.import_csv(campaign.id, write(tmp_path, "\ufefffirst_name;last_name;postcode\nJean;Dupont;N1 9GU\n"))
    assert report.imported == 1


def test_demo_is_deterministic_and_realistic(make_services) -> None:  # type: ignore[no-untyped-def]
    a, b = make_services("a"), make_services("b")
    ra, rb = a.demo.create(1500, seed=7), b.demo.create(1500, seed=7)
    names_a = [(r.first_name, r.last_name, r.postcode, r.status) for r in a.signatures.list(ra.campaign_id)]
    names_b = [(r.first_name, r.last_name, r.postcode, r.status) for r in b.signatures.list(rb.campaign_id)]
    assert names_a == names_b and len(names_a) == 1500
    stats = a.stats.stats(ra.campaign_id)
    assert stats.duplicates > 0 and stats.withdrawn > 0
    assert len(stats.by_event) >= 5 and len(stats.by_target) == 3
    countries = {r.country for r in a.signatures.list(ra.campaign_id) if r.country}
    assert {"GB", "FR", "JP"} <= countries
    scripts = "".join(r.last_name or "" for r in a.signatures.list(ra.campaign_id))
    assert any("\u0400" <= ch <= "\u04ff" for ch in scripts)  # Cyrillic
    assert any("\u4e00" <= ch <= "\u9fff" for ch in scripts)  # CJK
    assert any("\u0590" <= ch <= "\u05ff" for ch in scripts)  # Hebrew
    c = make_services("c")
    other = c.demo.create(300, seed=8)
    assert [r.last_name for r in c.signatures.list(other.campaign_id)][:20] != [n[1] for n in names_a][:20]
