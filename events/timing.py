"""When an event happens, in its own time zone: local times, all-day dates and when it is over.

An event's start and end are stored as instants (UTC in the database) together with the name of
the time zone the event takes place in. Everything a visitor sees is derived here, so the API,
the iCalendar export and the upcoming/past split agree with each other.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo


def local(moment: datetime.datetime, zone_name: str) -> datetime.datetime:
    """`moment` as a wall-clock time of `zone_name` (still an aware datetime)."""
    return moment.astimezone(ZoneInfo(zone_name))


def ends_at(
    start: datetime.datetime,
    end: datetime.datetime | None,
    zone_name: str,
    all_day: bool,
) -> datetime.datetime:
    """The instant the event is over; it counts as upcoming until then.

    An all-day event lasts until midnight after its last day in its own time zone; a timed
    event without an end is over once it has started.
    """
    if all_day:
        last_day = local(end or start, zone_name).date()
        return datetime.datetime.combine(
            last_day + datetime.timedelta(days=1), datetime.time.min, tzinfo=ZoneInfo(zone_name)
        )
    return end or start
