"""No draft or restricted event or city shows in the events API, its totals or its feeds."""

import pytest

from tests.conftest import restrict_with_password
from tests.hidden_cities import assert_answered_as_missing

from .conftest import days_from_now

LISTING = """
query ($city: ID) {
  events(when: ALL, city: $city) { total items { title city { cityName } } }
}
"""
ONE_EVENT = "query ($id: ID) { page(id: $id) { ... on EventPage { city { cityName } } } }"


@pytest.mark.django_db
def test_draft_and_restricted_events_are_not_listed_nor_counted(gql, make_event):
    make_event("Public", start=days_from_now(3))
    make_event("Draft", start=days_from_now(4), publish=False)
    restrict_with_password(make_event("Members only", start=days_from_now(5)))

    listing = gql.data(LISTING)["events"]

    assert listing == {"total": 1, "items": [{"title": "Public", "city": None}]}


@pytest.mark.django_db
def test_hidden_host_city_shows_as_no_city(gql, make_event, make_city):
    draft = make_city("Draftville", publish=False)
    secret = make_city("Secretville")
    restrict_with_password(secret)
    in_draft = make_event("In a draft city", start=days_from_now(1), city=draft)
    in_secret = make_event("In a secret city", start=days_from_now(2), city=secret)

    listing = gql.data(LISTING)["events"]["items"]

    assert [item["city"] for item in listing] == [None, None]
    for event in (in_draft, in_secret):
        assert gql.data(ONE_EVENT, {"id": event.pk})["page"]["city"] is None


@pytest.mark.django_db
def test_filtering_by_a_hidden_city_reveals_nothing(gql, make_event, make_city):
    draft = make_city("Draftville", publish=False)
    make_event("In a draft city", start=days_from_now(1), city=draft)

    assert_answered_as_missing(gql, LISTING, draft)


@pytest.mark.django_db
def test_unpublished_changes_stay_unseen(gql, make_event, make_city):
    lyon, rotterdam = make_city("Lyon"), make_city("Rotterdam")
    event = make_event("Published", start=days_from_now(1), city=lyon)

    event.title = "Draft title"
    event.city = rotterdam
    event.save_revision()

    items = gql.data(LISTING)["events"]["items"]
    assert items == [{"title": "Published", "city": {"cityName": "Lyon"}}]
