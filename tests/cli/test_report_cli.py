"""`drivekit export report`: the progress report PDF from the command line, and `stats` for people."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader


def test_export_report_writes_the_figures_and_refuses_to_overwrite(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "Library", "--text", "Keep it open.", "--goal", "4")["id"]
    drivekit.ok("target", "add", cid, "--name", "MP North", "--postcode-prefix", "N")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,postcode,signed_at\nZoë,Łukasiewicz,N1 9GU,2026-11-01T12:00\n"
                     "Ana,Lopes,SE1 7PB,2026-11-02T12:00\n", encoding="utf-8")
    drivekit.ok("signatures", "import", cid, str(sheet))
    out = tmp_path / "report.pdf"
    assert drivekit.ok("export", "report", cid, "-o", str(out)) == {"file": str(out)}
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "2 unique signers" in text and "of a goal of 4: 50 %" in text and "MP North 1" in text
    assert "Łukasiewicz" not in text
    again = drivekit("export", "report", cid, "-o", str(out))
    assert again.code == 1 and "already exists" in again.err and "Traceback" not in again.err
    assert drivekit("export", "report", cid, "-o", str(out), "--force").code == 0
    onto_db = drivekit("export", "report", cid, "-o", str(drivekit.db), "--force")
    assert onto_db.code == 1 and "database" in onto_db.err
    assert drivekit("export", "report", "no-such-campaign", "-o", str(tmp_path / "x.pdf")).code == 1
    assert drivekit("export", "report", cid).code == 2  # -o is required
