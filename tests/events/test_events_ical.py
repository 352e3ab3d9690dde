"""iCalendar exports, parsed back with the icalendar package as a calendar app would."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from events.models import EventIndexPage
from tests.conftest import restrict_with_password

from .conftest import at, days_from_now


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def only_event(cal: icalendar.Calendar) -> icalendar.Event:
    (event,) = cal.walk("VEVENT")
    return event


@pytest.mark.django_db
def test_timed_event_keeps_its_time_zone(client, make_event, make_city):
    rotterdam = make_city("Rotterdam", country="NL", latitude=51.92, longitude=4.48)
    forum = make_event(
        "Rotterdam forum",
        start=at(2010, 6, 14, 9, 30, tz="Europe/Amsterdam"),
        end=at(2010, 6, 16, 18, 0, tz="Europe/Amsterdam"),
        time_zone="Europe/Amsterdam",
        event_type="mayoral_forum",
        venue="World Trade Center",
        city=rotterdam,
        summary="Social inclusion and the private sector.",
        registration_url="https://example.org/register",
    )

    cal = parse(client.get(f"/events/{forum.pk}.ics"))
    event = only_event(cal)

    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert start == at(2010, 6, 14, 9, 30, tz="Europe/Amsterdam")
    assert start.astimezone(datetime.UTC) == at(2010, 6, 14, 7, 30)
    assert end.astimezone(ZoneInfo("America/New_York")) == at(
        2010, 6, 16, 12, 0, tz="America/New_York"
    )
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert vtimezone["tzid"] == "Europe/Amsterdam"
    assert str(event["summary"]) == "Rotterdam forum"
    assert str(event["url"]) == forum.get_full_url()
    assert str(event["location"]) == "World Trade Center, Rotterdam"
    assert "https://example.org/register" in str(event["description"])
    assert event["categories"].cats == ["Mayoral forum"]
    assert (event["geo"].latitude, event["geo"].longitude) == (51.92, 4.48)
    assert event.decoded("dtstamp").tzinfo is not None


@pytest.mark.django_db
def test_all_day_event_is_a_date_with_exclusive_end(client, make_event):
    meeting = make_event(
        "Steering committee",
        start=at(2014, 1, 20, tz="Asia/Tokyo"),
        end=at(2014, 1, 21, tz="Asia/Tokyo"),
        time_zone="Asia/Tokyo",
        all_day=True,
    )

    event = only_event(parse(client.get(f"/events/{meeting.pk}.ics")))

    assert b"DTSTART;VALUE=DATE:20140120" in event.to_ical()
    assert event.decoded("dtstart") == datetime.date(2014, 1, 20)
    assert event.decoded("dtend") == datetime.date(2014, 1, 22)


@pytest.mark.django_db
def test_utc_event_and_online_location(client, make_event):
    webinar = make_event(
        "Financing webinar",
        start=at(2030, 2, 1, 13, 0),
        time_zone="UTC",
        online_url="https://example.org/join",
    )

    event = only_event(parse(client.get(f"/events/{webinar.pk}.ics")))

    assert event.decoded("dtstart") == at(2030, 2, 1, 13, 0)
    assert "dtend" not in event
    assert str(event["location"]) == "https://example.org/join"


@pytest.mark.django_db
def test_uid_is_stable_across_edits_and_feeds(client, make_event, events_index):
    event = make_event("Workshop", start=days_from_now(3))
    first = only_event(parse(client.get(f"/events/{event.pk}.ics")))["uid"]

    event.title = "Workshop on housing"
    event.start = days_from_now(4)
    event.save_revision().publish()
    again = only_event(parse(client.get(f"/events/{event.pk}.ics")))["uid"]
    in_feed = only_event(parse(client.get(f"/events/{events_index.pk}/calendar.ics")))["uid"]

    assert first == again == in_feed


@pytest.mark.django_db
def test_index_feed_lists_only_visible_events_across_time_zones(
    client, make_event, events_index, make_page, home
):
    make_event("Manila", start=at(2030, 5, 1, 9, 0, tz="Asia/Manila"), time_zone="Asia/Manila")
    make_event(
        "São Paulo",
        start=at(2030, 5, 1, 9, 0, tz="America/Sao_Paulo"),
        time_zone="America/Sao_Paulo",
    )
    make_event("Past", start=at(1998, 10, 5, 9, 0, tz="Europe/Paris"), time_zone="Europe/Paris")
    make_event("Draft", start=days_from_now(2), publish=False)
    restrict_with_password(make_event("Members only", start=days_from_now(3)))
    other_index = make_page(home, EventIndexPage(title="Other events", slug="other-events"))
    make_event("Elsewhere", start=days_from_now(4), parent=other_index)

    cal = parse(client.get(f"/events/{events_index.pk}/calendar.ics"))

    events = {str(event["summary"]): event for event in cal.walk("VEVENT")}
    assert set(events) == {"Manila", "São Paulo", "Past"}
    assert str(cal["x-wr-calname"]) == "Events"
    assert {str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")} == {
        "Asia/Manila",
        "America/Sao_Paulo",
        "Europe/Paris",
    }
    manila, sao_paulo = events["Manila"].decoded("dtstart"), events["São Paulo"].decoded("dtstart")
    assert sao_paulo - manila == datetime.timedelta(hours=11)
    assert manila.astimezone(datetime.UTC) == at(2030, 5, 1, 1, 0)


@pytest.mark.django_db
def test_hidden_events_and_indexes_are_not_found(client, make_event, events_index, home, make_page):
    draft = make_event("Draft", start=days_from_now(2), publish=False)
    members = make_event("Members only", start=days_from_now(3))
    restrict_with_password(members)
    draft_index = make_page(home, EventIndexPage(title="Draft index", slug="d"), publish=False)
    secret_index = make_page(home, EventIndexPage(title="Secret index", slug="s"))
    restrict_with_password(secret_index)

    for url in (
        f"/events/{draft.pk}.ics",
        f"/events/{members.pk}.ics",
        f"/events/{draft_index.pk}/calendar.ics",
        f"/events/{secret_index.pk}/calendar.ics",
        f"/events/{events_index.pk}.ics",  # an index is not an event
        f"/events/{draft.pk}/calendar.ics",  # an event is not an index
        "/events/999999.ics",
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.django_db
@pytest.mark.parametrize(
    "wall_clock, zone, offset_hours",
    [
        ((2045, 7, 1, 10, 0), "Europe/Paris", 2),
        ((2045, 12, 1, 10, 0), "Europe/Paris", 1),
        ((2031, 7, 1, 10, 0), "America/Santiago", -4),
        ((2031, 1, 10, 10, 0), "America/Santiago", -3),
    ],
)
def test_vtimezone_gives_the_right_offset(client, make_event, wall_clock, zone, offset_hours):
    """A client that only reads the VTIMEZONE (not its own zone database) gets the time right."""
    event = make_event("Forum", start=at(*wall_clock, tz=zone), time_zone=zone)

    cal = parse(client.get(f"/events/{event.pk}.ics"))

    (vtimezone,) = cal.walk("VTIMEZONE")
    offset = vtimezone.to_tz().utcoffset(datetime.datetime(*wall_clock))
    assert offset == datetime.timedelta(hours=offset_hours)
