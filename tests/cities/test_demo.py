"""The cities demo: real member cities spread over the regions, partnerships, idempotent."""

import pytest
from wagtail.models import Page

from cities import demo
from cities.models import CityIndexPage, CityPartnership, CityProfilePage
from cities.world import member_cities

pytestmark = pytest.mark.django_db

SIZE = 40


def counts() -> dict[str, int]:
    return {
        "indexes": CityIndexPage.objects.count(),
        "cities": CityProfilePage.objects.count(),
        "live": CityProfilePage.objects.live().count(),
        "partnerships": CityPartnership.objects.count(),
    }


def test_loading_twice_gives_the_same_content(home):
    summary = demo.load(home, size=SIZE)
    first = counts()
    assert "member cities" in summary and "partnerships" in summary
    assert demo.load(home, size=SIZE)
    assert counts() == first
    assert first["cities"] == first["live"] == SIZE
    index = CityIndexPage.objects.get()
    assert index.numchild == index.get_children().count() == SIZE
    assert all(problems == [] for problems in Page.find_problems())  # a sound page tree
    assert first["partnerships"] == round(SIZE * demo.PARTNERSHIPS_PER_CITY)


def test_forum_hosts_are_founding_members_with_real_data(home):
    demo.load(home, size=SIZE)
    lyon = CityProfilePage.objects.get(city_name="Lyon")
    rotterdam = CityProfilePage.objects.get(city_name="Rotterdam")
    assert (lyon.country, lyon.region.slug, lyon.membership_status) == ("FR", "europe", "founding")
    assert (rotterdam.country, rotterdam.membership_status) == ("NL", "founding")
    assert 45 < lyon.latitude < 46 and lyon.population > 400_000
    assert "1998" in str(lyon.body)
    assert list(CityProfilePage.objects.live().search("Rotterdam")) == [rotterdam]


def test_every_region_has_members_and_the_served_listing_matches(gql, home):
    demo.load(home, size=SIZE)
    data = gql.data(
        "{ cities(perPage: 100) { total items { region { slug } partnerships { topic } } } }"
    )
    assert data["cities"]["total"] == SIZE
    regions = {item["region"]["slug"] for item in data["cities"]["items"]}
    assert regions == {
        "africa",
        "arab-states",
        "asia-pacific",
        "europe",
        "latin-america-caribbean",
        "north-america",
    }
    links = sum(len(item["partnerships"]) for item in data["cities"]["items"])
    assert links == 2 * CityPartnership.objects.count()  # each shown on both cities


def test_member_selection_is_deterministic_and_regional():
    cities = member_cities(400)
    assert cities == member_cities(400)
    assert len(cities) == 400
    assert len({city.geonameid for city in cities}) == 400
    arab_states = {city.country for city in cities if city.region == "arab-states"}
    assert {"EG", "MA", "SA"} <= arab_states
    assert {city.region for city in cities if city.country == "MX"} == {"latin-america-caribbean"}
    assert {city.region for city in cities if city.country == "KZ"} == {"europe"}


def test_demo_cities_can_be_edited_and_republished_keeping_partnerships(
    home, client, django_user_model
):
    demo.load(home, size=SIZE)
    lyon = CityProfilePage.objects.get(city_name="Lyon")
    before = CityPartnership.objects.filter(city=lyon).count()
    assert before >= 1  # the forum hosts' partnership
    client.force_login(django_user_model.objects.create_superuser("editor", "e@x.org", "pw"))
    assert client.get(f"/admin/pages/{lyon.pk}/edit/").status_code == 200
    lyon.summary = "Edited by a person"
    lyon.save_revision().publish()
    assert CityPartnership.objects.filter(city=lyon).count() == before


def test_a_bigger_load_adds_cities_after_the_existing_ones(home):
    demo.load(home, size=10)
    demo.load(home, size=SIZE)
    index = CityIndexPage.objects.get()
    assert index.numchild == index.get_children().count() >= SIZE
    assert all(problems == [] for problems in Page.find_problems())
    assert CityProfilePage.objects.filter(city_name="Lyon").count() == 1
