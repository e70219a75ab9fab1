"""What a purge keeps: the postcode's area (never shorter than a target's prefix), the day."""

from __future__ import annotations

from datetime import date, datetime, timezone

from drivekit.domain.retention import hour_of, is_due, kept_postcode


def test_postcodes_are_cut_to_their_area_and_no_target_loses_a_signer() -> None:
    assert kept_postcode("SW1A 1AA", "GB") == "SW1A"
    assert kept_postcode("n1 9gu", "GB") == "N1"
    assert kept_postcode("75011", "FR") == "75"
    assert kept_postcode("75011", "FR", ["750", "13"]) == "750"
    assert kept_postcode("SW1A 1AA", "GB", ["SW1A1"]) == "SW1A1"
    assert kept_postcode("10115", "DE", ["20"]) == "10"
    assert kept_postcode("", "GB") is None and kept_postcode(None, None) is None


def test_a_purged_time_keeps_the_day_and_hour_in_utc() -> None:
    late = datetime(2026, 11, 1, 23, 59, 58, 123, tzinfo=timezone.utc)
    assert hour_of(late) == datetime(2026, 11, 1, 23, tzinfo=timezone.utc)
    naive = datetime(2026, 11, 2, 7, 15)
    assert hour_of(naive) == datetime(2026, 11, 2, 7, tzinfo=timezone.utc)


def test_a_campaign_is_due_the_day_after_its_retention_date() -> None:
    assert not is_due(date(2027, 1, 31), date(2027, 1, 31))
    assert is_due(date(2027, 1, 31), date(2027, 2, 1))
    assert not is_due(None, date(2099, 1, 1))
