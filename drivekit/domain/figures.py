"""The dashboard's figures from counts: progress to the goal, milestones, local days and hours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

MILESTONES = (25, 50, 75, 100)
# A damaged import can carry a date decades away; a day-by-day series is not stretched to it.
MAX_FILLED_DAYS = 3660


def percent_of_goal(count: int, goal: int) -> int:
    """Whole percent reached, rounded down: 99.9 % is not yet shown as 100 %."""
    if goal <= 0:
        return 0
    return count * 100 // goal


def milestones_passed(count: int, goal: int) -> tuple[int, ...]:
    """The milestones (25, 50, 75, 100 % of the goal) `count` has reached; exact, no rounding."""
    if goal <= 0:
        return ()
    return tuple(m for m in MILESTONES if count * 100 >= m * goal)


@dataclass(frozen=True)
class NextMilestone:
    percent: int
    at: int  # signatures that reach it
    missing: int  # signatures still needed


@dataclass(frozen=True)
class Figure:
    """One labelled count of a breakdown (an event, a volunteer, a target area)."""

    label: str
    count: int


@dataclass(frozen=True)
class Dashboard:
    """A campaign's progress, all figures read in one snapshot. Every breakdown counts unique valid
    signers (what packets deliver), so each adds up to `unique_signers` (targets may overlap)."""

    campaign_id: str
    title: str
    organisation: str
    goal: int
    total: int  # every signature recorded, withdrawn and duplicates included
    valid: int  # signatures that stand: unique signers and possible duplicates not yet reviewed
    unique_signers: int
    possible_duplicates: int
    duplicates: int  # confirmed duplicates
    withdrawn: int
    percent: int  # of the goal, rounded down
    milestones: tuple[int, ...]  # passed: 25, 50, 75, 100
    next_milestone: NextMilestone | None
    by_day: tuple[tuple[date, int], ...]  # local days, first to last, quiet days as 0
    by_hour: tuple[int, ...]  # 24 local hours of the day
    by_event: tuple[Figure, ...]  # events by date
    by_volunteer: tuple[Figure, ...]  # leaderboard, largest first
    by_target: tuple[Figure, ...]  # targets by name
    generated_at: datetime


def next_milestone(count: int, goal: int) -> NextMilestone | None:
    if goal <= 0:
        return None
    for m in MILESTONES:
        at = -(-m * goal // 100)  # ceil: the first count with count * 100 >= m * goal
        if count < at:
            return NextMilestone(m, at, at - count)
    return None


def local_days_and_hours(buckets: Iterable[tuple[date, int, int]],
                         tz: tzinfo | None = None) -> tuple[dict[date, int], list[int]]:
    """Counts by UTC (day, hour) regrouped by the local day and the local hour of day.

    Exact for time zones whose offset is whole hours (nearly all); `tz` None is this computer's zone,
    daylight saving included (each bucket is converted at its own date)."""
    days: dict[date, int] = {}
    hours = [0] * 24
    for day, hour, n in buckets:
        at = datetime.combine(day, time(hour), tzinfo=timezone.utc)
        local = at.astimezone(tz) if tz is not None else at.astimezone()
        days[local.date()] = days.get(local.date(), 0) + n
        hours[local.hour] += n
    return days, hours


def day_series(by_day: Mapping[date, int]) -> list[tuple[date, int]]:
    """Every day from the first to the last with a count, quiet days as zero (a chart's x axis)."""
    if not by_day:
        return []
    first, last = min(by_day), max(by_day)
    if (last - first).days > MAX_FILLED_DAYS:
        return sorted(by_day.items())
    return [(first + timedelta(days=i), by_day.get(first + timedelta(days=i), 0))
            for i in range((last - first).days + 1)]


def ranked(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Largest first; equal counts in name order (a leaderboard that does not shuffle between refreshes)."""
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold(), item[0]))


def axis_top(value: int, ticks: int = 4) -> int:
    """A round top for a count axis of `ticks` equal steps: each step 1, 2 or 5 times a power of ten."""
    step = 1
    while True:
        for m in (1, 2, 5):
            if step * m * ticks >= value:
                return step * m * ticks
        step *= 10
