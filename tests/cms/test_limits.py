"""Requests that would cost the server minutes are refused before anything is resolved.

The attacks are the ones reported in issue 12 (each came from one anonymous request); every
refusal carries its own `extensions.code` and no `data`.
"""

import json
from datetime import date

import pytest

from cities.models import CityIndexPage, CityProfilePage
from news.models import NewsArticle
from tests.conftest import add_child

pytestmark = pytest.mark.django_db


def codes(result: dict) -> set[str]:
    return {error["extensions"]["code"] for error in result.get("errors", [])}


@pytest.fixture
def city(home):
    index = add_child(home, CityIndexPage(title="Cities", slug="cities"))
    for name, country in (("Recife", "BR"), ("Pune", "IN"), ("Dakar", "SN")):
        page = CityProfilePage(title=name, slug=name.lower(), city_name=name, country=country)
        add_child(index, page)
    return page


def test_a_hundred_siblings_of_a_hundred_siblings_are_refused(gql, city):
    nested = "siblings(limit: 100) { siblings(limit: 100) { title } }"
    result = gql.execute(f"{{ page(id: {city.pk}) {{ title {nested} }} }}")
    assert codes(result) == {"QUERY_TOO_COSTLY"}
    assert result["errors"][0]["extensions"]["budget"] == 5_000
    assert "data" not in result

    three_levels = "siblings(limit: 100) { " * 3 + "title" + " }" * 3
    assert codes(gql.execute(f"{{ page(id: {city.pk}) {{ {three_levels} }} }}")) == {
        "QUERY_TOO_COSTLY"
    }


def test_default_page_sizes_count_too(gql, city):
    """Without `limit`, grapple lists 20 (its PAGE_SIZE): three levels cost 20 x 20 x 21 + 20."""
    nested = "siblings { " * 3 + "id title" + " }" * 3
    assert codes(gql.execute(f"{{ page(id: {city.pk}) {{ {nested} }} }}")) == {"QUERY_TOO_COSTLY"}
    assert gql.data(f"{{ page(id: {city.pk}) {{ siblings {{ title }} }} }}")["page"]["siblings"]


def test_fifty_aliased_searches_of_a_hundred_hits_are_refused(gql, home):
    aliases = " ".join(
        f's{n}: search(query: "water", perPage: 100) {{ hits {{ page {{ title }} }} }}'
        for n in range(50)
    )
    assert codes(gql.execute(f"{{ {aliases} }}")) == {"QUERY_TOO_COSTLY", "TOO_MANY_ALIASES"}


def test_a_page_size_from_a_variable_is_priced_with_its_value(gql, city):
    query = f"""query ($n: PositiveInt) {{ page(id: {city.pk}) {{
      siblings(limit: $n) {{ siblings(limit: $n) {{ title }} }} }} }}"""
    assert codes(gql.execute(query, {"n": 100})) == {"QUERY_TOO_COSTLY"}
    assert gql.data(query, {"n": 5})["page"]["siblings"]


def test_fragments_are_priced_where_they_are_spread(gql, city):
    query = f"""{{ page(id: {city.pk}) {{ ...Around }} }}
    fragment Around on PageInterface {{ siblings(limit: 100) {{ ...Inner }} }}
    fragment Inner on PageInterface {{ siblings(limit: 100) {{ title }} }}"""
    assert codes(gql.execute(query)) == {"QUERY_TOO_COSTLY"}


def test_a_full_page_of_a_listing_is_within_budget(gql, home):
    """A listing of 100 items showing many fields and nested lists is what the budget is for."""
    for n in range(3):
        article = NewsArticle(title=f"Water news {n}", slug=f"water-{n}", date=date(2024, 5, n + 1))
        add_child(home, article)
    listing = gql.data("""{ newsArticles(perPage: 100) { total items {
        id title slug url date summary firstPublishedAt lastPublishedAt seoTitle searchDescription
        locale isFallback
        themes { slug name } tags { name } relatedCities { id title url cityName country }
        translations { locale url title }
    } } }""")
    assert listing["newsArticles"]["total"] == 3


def test_twenty_thousand_aliases_of_locales_are_refused_unparsed(gql, home):
    """Lexing stops at the token limit: the document is never parsed or validated."""
    aliases = " ".join(f"l{n}: locales {{ code }}" for n in range(20_000))
    assert codes(gql.execute(f"{{ {aliases} }}")) == {"TOO_MANY_TOKENS"}


def test_a_body_over_the_size_limit_is_refused_unread(client, home, settings):
    query = "{ locales { code } }" + " " * settings.GRAPHQL_MAX_BODY_BYTES
    response = client.post("/graphql/", json.dumps({"query": query}), "application/json")
    assert response.status_code == 413
    assert codes(response.json()) == {"REQUEST_TOO_LARGE"}


def test_too_many_tokens_or_aliases_are_refused(gql, home):
    many = " ".join(f"l{n}: locales {{ code }}" for n in range(1_000))  # 6,000 tokens
    assert codes(gql.execute(f"{{ {many} }}")) == {"TOO_MANY_TOKENS"}
    some = " ".join(f"l{n}: locales {{ code }}" for n in range(31))
    result = gql.execute(f"{{ {some} }}")
    assert codes(result) == {"TOO_MANY_ALIASES"}
    assert result["errors"][0]["extensions"]["limit"] == 30
    assert len(gql.data(" ".join(f"l{n}: locales {{ code }}" for n in range(30)).join("{}"))) == 30
