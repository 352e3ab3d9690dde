"""Researchers narrow a search to a span of years, on both engines."""

from tests.search.queries import SEARCH, facet, search, titles


def add_reviews(library) -> None:
    for year in (2008, 2015, 2019, 2024):
        library.product(f"Housing review {year}", year=year)


def test_a_closed_range_keeps_the_years_inside_it(gql, library, engine):
    add_reviews(library)
    result = search(gql, q="review", filters={"yearFrom": 2010, "yearTo": 2020})
    assert sorted(titles(result)) == ["Housing review 2015", "Housing review 2019"]
    assert result["total"] == 2
    # the year facet still counts what each year would add, with the other filters
    assert facet(result, "year") == {"2008": 1, "2015": 1, "2019": 1, "2024": 1}


def test_open_ranges_and_a_range_with_listed_years(gql, library, engine):
    add_reviews(library)
    since = search(gql, q="review", filters={"yearFrom": 2016})
    assert sorted(titles(since)) == ["Housing review 2019", "Housing review 2024"]
    until = search(gql, q="review", filters={"yearTo": 2015})
    assert sorted(titles(until)) == ["Housing review 2008", "Housing review 2015"]
    both = search(gql, q="review", filters={"yearFrom": 2010, "year": ["2008", "2019"]})
    assert titles(both) == ["Housing review 2019"]
    none = search(gql, q="review", filters={"yearFrom": 2020, "year": ["2008"]})
    assert none["total"] == 0


def test_a_reversed_or_impossible_range_is_a_clear_error(gql, library, engine):
    for filters, field in (
        ({"yearFrom": 2020, "yearTo": 2010}, "yearFrom"),
        ({"yearFrom": 20}, "yearFrom"),
        ({"yearTo": 100000}, "yearTo"),
    ):
        result = gql.execute(SEARCH, {"q": "review", "filters": filters})
        error = result["errors"][0]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", error
        assert field in error["message"]
