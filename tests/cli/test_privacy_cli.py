"""`drivekit audit` (and the other privacy commands) keep the CLI contract of DESIGN.md."""

from __future__ import annotations

from pathlib import Path

CSV = """first_name,last_name,email,phone,address,postcode,city,country,comment,signed_at,contact_consent
Perpetua,Hollingworth,perpetua@example.org,,,N1 9GU,London,,,2026-11-01T10:00,yes
"""


def test_audit_lists_what_was_done_newest_first_and_filters_by_campaign(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "Library", "--text", "Keep it open.", "--goal", "10")["id"]
    other = drivekit.ok("campaign", "create", "--title", "Pool", "--text", "Keep it open.", "--goal", "10")["id"]
    csv = tmp_path / "sheet.csv"
    csv.write_text(CSV, encoding="utf-8")
    drivekit.ok("signatures", "import", cid, str(csv))
    uuid = drivekit.ok("signatures", "list", cid)["signatures"][0]["uuid"]
    drivekit.ok("signatures", "withdraw", uuid)

    entries = drivekit.ok("audit", "--campaign", cid)["entries"]
    assert [e["action"] for e in entries] == ["signature.withdrawn", "signatures.imported", "campaign.created"]
    assert entries[1]["details"]["imported"] == 1 and entries[0]["details"] == {"signature": uuid}
    assert all(e["campaign_id"] == cid and e["device_name"] for e in entries)
    everything = drivekit.ok("audit")["entries"]
    assert {e["campaign_id"] for e in everything} == {cid, other}
    assert len(drivekit.ok("audit", "--limit", "1")["entries"]) == 1

    text = drivekit("audit", "--campaign", cid[:8])
    assert text.code == 0
    lines = text.out.splitlines()
    assert lines[0].startswith("when (UTC)") and "signature.withdrawn" in lines[1] and "imported=1" in lines[2]
    assert "Hollingworth" not in text.out and "perpetua" not in text.out

    missing = drivekit("audit", "--campaign", "nope")
    assert missing.code == 1 and missing.err.strip() == "drivekit: No campaign with id “nope”."
    assert drivekit("audit", "--limit", "many").code == 2


def test_purge_asks_refuses_before_the_date_and_keeps_the_counts(drivekit, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "Library", "--text", "Keep it open.", "--goal", "10",
                      "--retain-until", "2999-01-01")["id"]
    csv = tmp_path / "sheet.csv"
    csv.write_text(CSV, encoding="utf-8")
    drivekit.ok("signatures", "import", cid, str(csv))
    stats = drivekit.ok("stats", cid)

    early = drivekit("purge", cid, "--yes")
    assert early.code == 1
    assert early.err.strip() == ("drivekit: The campaign “Library” keeps its signers until 2999-01-01; to purge it "
                                 "before that date, add --before-retention-date.")
    unasked = drivekit("purge", cid, "--before-retention-date", stdin="")
    assert unasked.code == 1 and "add --yes to confirm" in unasked.err
    assert drivekit.ok("signatures", "list", cid)["signatures"][0]["last_name"] == "Hollingworth"

    assert drivekit.ok("campaign", "edit", cid, "--retain-until", "2026-01-31")["retain_until"] == "2026-01-31"
    done = drivekit.ok("purge", cid, "--yes")
    assert done["anonymised"] == 1 and done["retain_until"] == "2026-01-31"
    assert drivekit.ok("stats", cid) == stats
    [row] = drivekit.ok("signatures", "list", cid)["signatures"]
    assert (row["last_name"], row["email"], row["postcode"], row["signed_at"]) == (
        None, None, "N1", "2026-11-01T10:00:00+00:00")
    refused = drivekit("export", "csv", cid, "-o", str(tmp_path / "out.csv"))
    assert refused.code == 1 and "holds only counts now" in refused.err
    assert drivekit.ok("audit", "--campaign", cid, "--limit", "1")["entries"][0]["action"] == "campaign.purged"
    assert drivekit("campaign", "edit", cid).code == 1  # nothing to change: says what can be


def test_a_sealed_campaign_is_set_from_the_command_line(drivekit) -> None:  # type: ignore[no-untyped-def]
    cid = drivekit.ok("campaign", "create", "--title", "Pool", "--text", "Keep it open.", "--goal", "10",
                      "--sealed")["id"]
    assert drivekit.ok("campaign", "edit", cid, "--not-sealed")["sealed"] is False
    edited = drivekit("campaign", "edit", cid, "--sealed")
    assert edited.code == 0 and "Laptops seal new signers" in edited.out
    assert drivekit("campaign", "edit", cid, "--sealed", "--not-sealed").code == 2
