"""Builders for events tests: an index, cities, themes and events at given instants."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage

UTC = datetime.UTC


def at(*args, tz: str = "UTC") -> datetime.datetime:
    """An aware datetime given as wall-clock time in `tz`."""
    return datetime.datetime(*args, tzinfo=ZoneInfo(tz))


def days_from_now(days: float) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def events_index(home, make_page):
    return make_page(home, EventIndexPage(title="Events", slug="events"))


@pytest.fixture
def make_event(events_index, make_page):
    def build(
        title: str,
        start: datetime.datetime,
        end: datetime.datetime | None = None,
        publish: bool = True,
        themes=(),
        parent=None,
        **fields,
    ) -> EventPage:
        event = EventPage(title=title, start=start, end=end, **fields)
        event.themes = list(themes)
        return make_page(parent or events_index, event, publish=publish)

    return build
