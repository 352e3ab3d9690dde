"""The demo events load on a bare site, link cities and themes once they exist, and reload."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

import events.demo
from cms.demo_utils import demo_data
from events.models import EventIndexPage, EventPage

LISTING = """
query ($when: EventWhen, $type: EventType) {
  events(when: $when, eventType: $type, perPage: 50) { total items { title city { cityName } } }
}
"""


@pytest.mark.django_db
def test_demo_events_are_idempotent_and_link_what_exists(home, make_city, theme, gql, client):
    events.demo.load(home)  # no themes or cities yet: they are left out, nothing fails
    assert not EventPage.objects.filter(city__isnull=False).exists()

    theme("financing")
    make_city("Lyon")
    make_city("Rotterdam", country="NL")
    summary = events.demo.load(home)

    assert "upcoming" in summary
    (index,) = EventIndexPage.objects.all()
    expected = len(demo_data("events")["events"])
    assert EventPage.objects.live().count() == expected
    forums = gql.data(LISTING, {"when": "PAST", "type": "MAYORAL_FORUM"})["events"]["items"]
    assert forums == [
        {"title": "Forum of mayors, Rotterdam", "city": {"cityName": "Rotterdam"}},
        {"title": "First forum of mayors, Lyon", "city": {"cityName": "Lyon"}},
    ]
    assert gql.data(LISTING, {"when": "UPCOMING"})["events"]["total"] >= 4

    lyon = EventPage.objects.get(slug="first-mayoral-forum-lyon-1998")
    assert lyon.start == datetime.datetime(1998, 10, 5, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    feed = icalendar.Calendar.from_ical(client.get(f"/events/{index.pk}/calendar.ics").content)
    assert len(feed.walk("VEVENT")) == expected
