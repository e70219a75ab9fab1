"""Progress to the goal, milestones and local days/hours, from counts alone."""

from __future__ import annotations

from datetime import date, timezone
from zoneinfo import ZoneInfo

import pytest

from drivekit.domain.figures import (
    NextMilestone,
    day_series,
    local_days_and_hours,
    milestones_passed,
    next_milestone,
    percent_of_goal,
    ranked,
)


@pytest.mark.parametrize(("count", "goal", "percent", "passed"), [
    (0, 1000, 0, ()), (249, 1000, 24, ()), (250, 1000, 25, (25,)), (999, 1000, 99, (25, 50, 75)),
    (1000, 1000, 100, (25, 50, 75, 100)), (1500, 1000, 150, (25, 50, 75, 100)),
    (1, 3, 33, (25,)), (2, 3, 66, (25, 50)), (3, 7, 42, (25,)), (6, 7, 85, (25, 50, 75)),
    (5, 0, 0, ()),
])
def test_percent_rounds_down_and_milestones_are_exact(count: int, goal: int, percent: int,
                                                      passed: tuple[int, ...]) -> None:
    assert percent_of_goal(count, goal) == percent
    assert milestones_passed(count, goal) == passed


def test_next_milestone_says_how_many_are_missing() -> None:
    assert next_milestone(0, 10) == NextMilestone(25, 3, 3)  # 2.5 signers: the third passes 25 %
    assert next_milestone(3, 10) == NextMilestone(50, 5, 2)
    assert next_milestone(9, 10) == NextMilestone(100, 10, 1)
    assert next_milestone(10, 10) is None and next_milestone(4, 0) is None


def test_hours_are_regrouped_by_local_time_across_a_daylight_saving_change() -> None:
    # 25 October 2026: London goes back from BST (UTC+1) to GMT at 01:00 UTC.
    buckets = [(date(2026, 10, 24, ), 23, 4), (date(2026, 10, 25), 0, 2), (date(2026, 10, 25), 1, 3),
               (date(2026, 10, 25), 12, 1)]
    days, hours = local_days_and_hours(buckets, ZoneInfo("Europe/London"))
    assert days == {date(2026, 10, 25): 10}  # 23:00 UTC on the 24th is already midnight in London
    assert (hours[0], hours[1], hours[12]) == (4, 5, 1)  # 00:00 UTC = 01:00 BST, 01:00 UTC = 01:00 GMT
    utc_days, utc_hours = local_days_and_hours(buckets, timezone.utc)
    assert utc_days == {date(2026, 10, 24): 4, date(2026, 10, 25): 6} and utc_hours[23] == 4


def test_day_series_shows_quiet_days_as_zero_but_not_decades_of_them() -> None:
    assert day_series({date(2026, 10, 3): 2, date(2026, 10, 6): 1}) == [
        (date(2026, 10, 3), 2), (date(2026, 10, 4), 0), (date(2026, 10, 5), 0), (date(2026, 10, 6), 1)]
    assert day_series({}) == []
    damaged = {date(1970, 1, 1): 1, date(2026, 10, 3): 5}
    assert day_series(damaged) == sorted(damaged.items())


def test_leaderboard_is_largest_first_and_stable_on_ties() -> None:
    assert ranked({"bob": 3, "Ann": 3, "cy": 9, "al": 1}) == [("cy", 9), ("Ann", 3), ("bob", 3), ("al", 1)]


@pytest.mark.parametrize(("value", "top"), [(0, 4), (3, 4), (5, 8), (21, 40), (510, 800), (330, 400), (2939, 4000),
                                            (150_000, 200_000)])
def test_axis_top_is_round_and_above_the_largest_bar(value: int, top: int) -> None:
    from drivekit.domain.figures import axis_top

    assert axis_top(value) == top and top >= value and top % 4 == 0
