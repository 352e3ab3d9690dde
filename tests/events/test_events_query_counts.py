"""A realistic events listing costs the same, pinned, number of SQL queries for 3 and 12 events."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cities.models import CityProfilePage
from cms.demo_utils import demo_image
from events.models import EventPage
from tests.query_counts import FEW, MANY

from .conftest import days_from_now

LISTING = """
query ($perPage: Int) {
  events(when: ALL, perPage: $perPage) {
    total
    items {
      id title url locale eventType eventTypeLabel start end startUtc endUtc timeZone allDay
      isUpcoming isPast icsUrl venue onlineUrl
      leadImage {
        url width height
        rendition(fill: "640x360") { url width }
        srcSet(sizes: [320, 640])
      }
      themes { slug name }
      city { id title cityName country latitude longitude }
    }
  }
}
"""


def seed(make_event, make_city, theme, count: int) -> None:
    cities = [make_city(f"City{n}") for n in range(3)] + [None]
    themes = [theme("financing"), theme("housing")]
    for n in range(count):
        make_event(
            f"Event {n}",
            start=days_from_now(n - count / 2),
            end=days_from_now(n - count / 2 + 0.5) if n % 2 else None,
            all_day=n % 5 == 0,
            time_zone=["Europe/Paris", "Asia/Manila", "America/Sao_Paulo"][n % 3],
            lead_image=demo_image(f"Event image {n}", width=64, height=36),
            themes=themes[: n % 3],
            city=cities[n % 4],
        )


def queries_for(gql, per_page: int) -> int:
    gql.data(LISTING, {"perPage": per_page})  # generate the renditions once
    data, count = gql.count_queries(LISTING, {"perPage": per_page})
    assert len(data["events"]["items"]) == per_page
    return count


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_items(gql, make_event, make_city, theme):
    seed(make_event, make_city, theme, MANY)

    assert [queries_for(gql, FEW), queries_for(gql, MANY)] == [12] * 2


def feed_queries(client, index) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"/events/{index.pk}/calendar.ics")
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.django_db
def test_calendar_feed_query_count_does_not_grow_with_events(
    client, make_event, make_city, theme, events_index
):
    seed(make_event, make_city, theme, FEW)
    feed_queries(client, events_index)  # warm per-process caches (content types, site)
    with_few = feed_queries(client, events_index)
    for n in range(MANY - FEW):
        make_event(f"More {n}", start=days_from_now(n), city=CityProfilePage.objects.first())

    assert EventPage.objects.count() == MANY
    assert [with_few, feed_queries(client, events_index)] == [6] * 2
