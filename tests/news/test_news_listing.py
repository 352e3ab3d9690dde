"""The `newsArticles` listing: shape, order, filters, pagination and bad input."""

import datetime

import pytest

LISTING = """
query ($theme: String, $city: ID, $tag: String, $dateFrom: Date, $dateTo: Date,
       $page: Int, $perPage: Int) {
  newsArticles(theme: $theme, city: $city, tag: $tag, dateFrom: $dateFrom, dateTo: $dateTo,
               page: $page, perPage: $perPage) {
    total page perPage pages hasNext hasPrevious
    items { title date summary tags { name } themes { slug name } relatedCities { cityName } }
  }
}
"""


def titles(listing: dict) -> list[str]:
    return [item["title"] for item in listing["items"]]


@pytest.mark.django_db
def test_listing_shape_newest_first(gql, make_article, make_city, theme):
    lyon = make_city("Lyon")
    make_article("Older", datetime.date(2023, 5, 1), summary="Before")
    make_article(
        "Newer",
        datetime.date(2024, 5, 1),
        themes=[theme("housing")],
        cities=[lyon],
        tags=["forum"],
    )

    listing = gql.data(LISTING)["newsArticles"]

    assert listing["total"] == 2
    assert (listing["page"], listing["perPage"], listing["pages"]) == (1, 20, 1)
    assert listing["items"][0] == {
        "title": "Newer",
        "date": "2024-05-01",
        "summary": "",
        "tags": [{"name": "forum"}],
        "themes": [{"slug": "housing", "name": "Housing"}],
        "relatedCities": [{"cityName": "Lyon"}],
    }
    assert titles(listing) == ["Newer", "Older"]


@pytest.mark.django_db
def test_filters_by_theme_city_tag(gql, make_article, make_city, theme):
    lyon, rotterdam = make_city("Lyon"), make_city("Rotterdam", country="NL")
    make_article("Housing in Lyon", themes=[theme("housing")], cities=[lyon], tags=["slums"])
    make_article("Water in Rotterdam", themes=[theme("water")], cities=[rotterdam], tags=["Delta"])
    make_article("Both", themes=[theme("housing"), theme("water")], cities=[lyon, rotterdam])

    def filtered(**variables):
        return sorted(titles(gql.data(LISTING, variables)["newsArticles"]))

    assert filtered(theme="housing") == ["Both", "Housing in Lyon"]
    assert filtered(city=rotterdam.pk) == ["Both", "Water in Rotterdam"]
    assert filtered(tag="slums") == ["Housing in Lyon"]
    assert filtered(tag="delta") == ["Water in Rotterdam"]
    assert filtered(theme="water", city=lyon.pk) == ["Both"]
    unknown = gql.execute(LISTING, {"theme": "no-such-theme"})
    assert unknown["data"] is None
    assert unknown["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "theme"}


@pytest.mark.django_db
def test_filters_by_date_range_inclusive(gql, make_article):
    for day in (1, 10, 20, 30):
        make_article(f"June {day}", datetime.date(2024, 6, day))

    listing = gql.data(LISTING, {"dateFrom": "2024-06-10", "dateTo": "2024-06-20"})
    assert titles(listing["newsArticles"]) == ["June 20", "June 10"]
    listing = gql.data(LISTING, {"dateFrom": "2024-06-20"})
    assert titles(listing["newsArticles"]) == ["June 30", "June 20"]
    listing = gql.data(LISTING, {"dateTo": "2024-06-01"})
    assert titles(listing["newsArticles"]) == ["June 1"]


@pytest.mark.django_db
def test_pagination(gql, make_article):
    for day in range(1, 6):
        make_article(f"Day {day}", datetime.date(2024, 1, day))

    second = gql.data(LISTING, {"page": 2, "perPage": 2})["newsArticles"]
    assert titles(second) == ["Day 3", "Day 2"]
    assert (second["total"], second["pages"], second["hasNext"], second["hasPrevious"]) == (
        5,
        3,
        True,
        True,
    )
    beyond = gql.data(LISTING, {"page": 9, "perPage": 2})["newsArticles"]
    assert beyond["items"] == [] and beyond["total"] == 5


@pytest.mark.django_db
@pytest.mark.parametrize(
    "variables, field",
    [
        ({"dateFrom": "2024-02-01", "dateTo": "2024-01-01"}, "dateFrom"),
        ({"page": 0}, "page"),
        ({"perPage": 1000}, "perPage"),
        ({"perPage": 0}, "perPage"),
        ({"city": "lyon"}, "city"),
    ],
)
def test_bad_input_is_a_typed_error(gql, news_index, variables, field):
    result = gql.execute(LISTING, variables)

    (error,) = result["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


@pytest.mark.django_db
def test_malformed_date_is_rejected_by_the_schema(gql, news_index):
    result = gql.execute(LISTING, {"dateFrom": "last tuesday"})

    assert result["errors"] and not result.get("data")
