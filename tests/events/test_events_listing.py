"""The `events` listing: upcoming/past split and order, filters, pagination, bad input."""

import pytest

from .conftest import days_from_now

LISTING = """
query ($when: EventWhen, $eventType: EventType, $city: ID, $theme: String,
       $page: Int, $perPage: Int) {
  events(when: $when, eventType: $eventType, city: $city, theme: $theme,
         page: $page, perPage: $perPage) {
    total page perPage pages hasNext hasPrevious
    items { title eventType isUpcoming city { cityName } }
  }
}
"""


def titles(variables=None, *, gql) -> list[str]:
    return [item["title"] for item in gql.data(LISTING, variables)["events"]["items"]]


@pytest.fixture
def calendar(make_event):
    make_event("Last month", start=days_from_now(-30), end=days_from_now(-29))
    make_event("Last week", start=days_from_now(-7))
    make_event("Ongoing", start=days_from_now(-1), end=days_from_now(1))
    make_event("Next week", start=days_from_now(7))
    make_event("Next month", start=days_from_now(30))


@pytest.mark.django_db
def test_upcoming_is_soonest_first_and_includes_ongoing(gql, calendar):
    assert titles({"when": "UPCOMING"}, gql=gql) == ["Ongoing", "Next week", "Next month"]
    assert titles(gql=gql) == ["Ongoing", "Next week", "Next month"]  # the default


@pytest.mark.django_db
def test_past_is_most_recent_first(gql, calendar):
    assert titles({"when": "PAST"}, gql=gql) == ["Last week", "Last month"]


@pytest.mark.django_db
def test_all_is_in_date_order(gql, calendar):
    listing = gql.data(LISTING, {"when": "ALL"})["events"]

    assert listing["total"] == 5
    assert [item["title"] for item in listing["items"]] == [
        "Last month",
        "Last week",
        "Ongoing",
        "Next week",
        "Next month",
    ]


@pytest.mark.django_db
def test_filters_by_type_city_and_theme(gql, make_event, make_city, theme):
    lyon, rotterdam = make_city("Lyon"), make_city("Rotterdam", country="NL")
    make_event(
        "Forum in Lyon",
        start=days_from_now(5),
        event_type="mayoral_forum",
        city=lyon,
        themes=[theme("social-inclusion")],
    )
    make_event("Webinar", start=days_from_now(6), event_type="webinar", themes=[theme("financing")])
    make_event(
        "Forum in Rotterdam", start=days_from_now(7), event_type="mayoral_forum", city=rotterdam
    )

    assert titles({"eventType": "MAYORAL_FORUM"}, gql=gql) == [
        "Forum in Lyon",
        "Forum in Rotterdam",
    ]
    assert titles({"city": rotterdam.pk}, gql=gql) == ["Forum in Rotterdam"]
    assert titles({"theme": "financing"}, gql=gql) == ["Webinar"]
    assert titles({"theme": "social-inclusion", "eventType": "WEBINAR"}, gql=gql) == []


@pytest.mark.django_db
def test_pagination(gql, make_event):
    for n in range(5):
        make_event(f"Meeting {n}", start=days_from_now(n + 1))

    listing = gql.data(LISTING, {"page": 2, "perPage": 2})["events"]

    assert [item["title"] for item in listing["items"]] == ["Meeting 2", "Meeting 3"]
    assert (listing["total"], listing["pages"], listing["hasNext"], listing["hasPrevious"]) == (
        5,
        3,
        True,
        True,
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "variables, field",
    [({"page": 0}, "page"), ({"perPage": 1000}, "perPage"), ({"city": "Lyon"}, "city")],
)
def test_bad_input_is_a_typed_error(gql, events_index, variables, field):
    (error,) = gql.execute(LISTING, variables)["errors"]

    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


@pytest.mark.django_db
@pytest.mark.parametrize("variables", [{"when": "SOMEDAY"}, {"eventType": "PARTY"}])
def test_unknown_enum_value_is_rejected_by_the_schema(gql, events_index, variables):
    result = gql.execute(LISTING, variables)

    assert not result.get("data")
    (error,) = result["errors"]
    assert "EventWhen" in error["message"] or "EventType" in error["message"]
