"""Every listing that takes `theme` or `city` reads it the same way (cms.graphql.filters): a
known value filters, a value that names nothing is BAD_USER_INPUT naming the argument. The
listings are found by walking the schema's root fields, so a new listing is covered at once."""

import pytest

from cms.graphql.schema import schema
from tests.hidden_cities import MISSING_ID, assert_answered_as_missing


def root_fields_taking(argument: str) -> list[str]:
    fields = schema.graphql_schema.query_type.fields
    return sorted(name for name, field in fields.items() if argument in field.args)


THEME_LISTINGS = root_fields_taking("theme")
CITY_LISTINGS = root_fields_taking("city")


def test_the_walk_finds_the_domain_listings():
    assert {"newsArticles", "events", "knowledgeProducts"} <= set(THEME_LISTINGS)
    assert {"newsArticles", "events", "knowledgeProducts"} <= set(CITY_LISTINGS)


@pytest.mark.django_db
@pytest.mark.parametrize("field", THEME_LISTINGS)
def test_a_theme_filters_and_an_unknown_theme_is_bad_input(gql, theme, field):
    theme("housing")
    query = f"query ($theme: String) {{ {field}(theme: $theme) {{ total }} }}"
    assert gql.data(query, {"theme": "housing"})[field]["total"] == 0

    result = gql.execute(query, {"theme": "no-such-theme"})

    assert result["data"] is None
    (error,) = result["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "theme"}
    assert "no-such-theme" in error["message"] and "housing" in error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("field", CITY_LISTINGS)
def test_an_unknown_or_hidden_city_is_bad_input(gql, make_city, field):
    query = f"query ($city: ID) {{ {field}(city: $city) {{ total }} }}"
    lyon = make_city("Lyon")
    assert gql.data(query, {"city": lyon.pk})[field]["total"] == 0

    missing = gql.execute(query, {"city": MISSING_ID})
    assert missing["data"] is None
    assert missing["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "city"}
    assert_answered_as_missing(gql, query, make_city("Draftville", publish=False))
