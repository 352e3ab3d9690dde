"""An event over GraphQL: times in its own zone and in UTC, all-day dates, upcoming or past."""

import pytest

from .conftest import at, days_from_now

EVENT = """
query ($id: ID) {
  page(id: $id) {
    ... on EventPage {
      title eventType eventTypeLabel start end startUtc endUtc timeZone allDay
      isUpcoming isPast icsUrl venue city { cityName }
      themes { slug }
    }
  }
}
"""


def event_data(gql, event) -> dict:
    return gql.data(EVENT, {"id": event.pk})["page"]


@pytest.mark.django_db
def test_timed_event_in_its_own_time_zone_and_utc(gql, make_event, make_city, theme):
    lyon = make_city("Lyon")
    forum = make_event(
        "First mayoral forum",
        start=at(1998, 10, 5, 9, 0, tz="Europe/Paris"),
        end=at(1998, 10, 7, 17, 30, tz="Europe/Paris"),
        time_zone="Europe/Paris",
        event_type="mayoral_forum",
        venue="Palais des congrès",
        city=lyon,
        themes=[theme("city-to-city-cooperation")],
    )

    assert event_data(gql, forum) == {
        "title": "First mayoral forum",
        "eventType": "MAYORAL_FORUM",
        "eventTypeLabel": "Mayoral forum",
        "start": "1998-10-05T09:00:00+02:00",
        "end": "1998-10-07T17:30:00+02:00",
        "startUtc": "1998-10-05T07:00:00+00:00",
        "endUtc": "1998-10-07T15:30:00+00:00",
        "timeZone": "Europe/Paris",
        "allDay": False,
        "isUpcoming": False,
        "isPast": True,
        "icsUrl": f"http://testserver/events/{forum.pk}.ics",
        "venue": "Palais des congrès",
        "city": {"cityName": "Lyon"},
        "themes": [{"slug": "city-to-city-cooperation"}],
    }


@pytest.mark.django_db
def test_all_day_event_shows_dates(gql, make_event):
    summit = make_event(
        "Steering committee",
        start=at(2014, 1, 20, 0, 0, tz="Asia/Tokyo"),
        end=at(2014, 1, 21, 0, 0, tz="Asia/Tokyo"),
        time_zone="Asia/Tokyo",
        all_day=True,
    )

    data = event_data(gql, summit)

    assert (data["start"], data["end"], data["allDay"]) == ("2014-01-20", "2014-01-21", True)
    # Over at midnight after the last day, Tokyo time.
    assert data["endUtc"] == "2014-01-21T15:00:00+00:00"


@pytest.mark.django_db
def test_event_is_upcoming_until_it_ends(gql, make_event):
    ongoing = make_event("Ongoing", start=days_from_now(-1), end=days_from_now(1))
    later = make_event("Later", start=days_from_now(10))
    finished = make_event("Finished", start=days_from_now(-3), end=days_from_now(-2))
    today_all_day = make_event(
        "Today, all day", start=days_from_now(0), all_day=True, time_zone="Pacific/Kiritimati"
    )

    def flags(event):
        data = event_data(gql, event)
        return data["isUpcoming"], data["isPast"]

    assert flags(ongoing) == (True, False)
    assert flags(later) == (True, False)
    assert flags(finished) == (False, True)
    assert flags(today_all_day) == (True, False)


@pytest.mark.django_db
def test_timed_event_without_end(gql, make_event):
    talk = make_event(
        "Webinar", start=at(2030, 3, 1, 14, 0, tz="America/Bogota"), time_zone="America/Bogota"
    )

    data = event_data(gql, talk)

    assert (data["start"], data["end"], data["endUtc"]) == ("2030-03-01T14:00:00-05:00", None, None)


@pytest.mark.django_db
def test_index_exposes_its_calendar_feed(gql, events_index):
    query = "query ($id: ID) { page(id: $id) { ... on EventIndexPage { icsUrl } } }"

    data = gql.data(query, {"id": events_index.pk})

    assert data["page"]["icsUrl"] == f"http://testserver/events/{events_index.pk}/calendar.ics"
