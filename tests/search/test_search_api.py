"""The search root field as a frontend uses it, against both engines."""

import pytest

from tests.search.queries import SEARCH, SUGGEST, facet, notice_codes, search, titles


def test_finds_a_product_by_a_word_of_its_summary(gql, library, engine):
    library.product("Informal settlements upgrading", summary="Slum upgrading in African cities")
    library.product("Water utilities", summary="Piped water for the urban poor")
    result = search(gql, q="upgrading")
    assert result["engine"] == engine
    assert titles(result) == ["Informal settlements upgrading"]
    assert result["total"] == 1


def test_words_of_the_body_themes_and_authors_are_searchable(gql, library, engine):
    library.product("Report one", body="Participatory budgeting in Porto Alegre")
    library.product("Report two", themes=[library.water])
    library.product("Report three", authors=[library.author])
    assert titles(search(gql, q="budgeting")) == ["Report one"]
    assert titles(search(gql, q="sanitation")) == ["Report two"]
    assert titles(search(gql, q="Diallo")) == ["Report three"]


def test_quoted_phrase_must_appear_as_written(gql, library, engine):
    library.product("Street food vendors", summary="Vendors in the informal economy of Dakar")
    library.product("Economy of cities", summary="The informal side of every urban economy")
    assert titles(search(gql, q='"informal economy"')) == ["Street food vendors"]
    assert len(search(gql, q="informal economy")["hits"]) == 2


def test_each_facet_counts_with_the_other_filters_but_not_its_own(gql, library, engine):
    h, w = library.housing, library.water
    library.product("Slums of Nairobi", themes=[h], product_type="report", year=2019)
    library.product("Slum toolkit", themes=[h], product_type="toolkit", year=2020)
    library.product("Slum water", themes=[w], product_type="report", year=2020)
    library.product("Slum finance", themes=[w], product_type="case_study", year=2021)

    result = search(gql, q="slum", filters={"theme": ["housing"], "productType": ["report"]})
    assert titles(result) == ["Slums of Nairobi"] or result["total"] == 1
    assert result["total"] == 1
    # theme counts ignore the theme filter but honour the product type filter
    assert facet(result, "theme") == {"housing": 1, "water": 1}
    # product type counts ignore the product type filter but honour the theme filter
    assert facet(result, "productType") == {"report": 1, "toolkit": 1}
    assert facet(result, "year") == {"2019": 1}
    buckets = {
        b["value"]: b for f in result["facets"] if f["name"] == "theme" for b in f["buckets"]
    }
    assert buckets["housing"]["selected"] and not buckets["water"]["selected"]
    assert buckets["housing"]["label"] == "Housing and slums"


def test_filters_of_one_facet_are_alternatives(gql, library, engine):
    library.product("Alpha plan", themes=[library.housing])
    library.product("Beta plan", themes=[library.water])
    library.product("Gamma plan")
    result = search(gql, q="plan", filters={"theme": ["housing", "water"]})
    assert sorted(titles(result)) == ["Alpha plan", "Beta plan"]


def test_place_facets_come_from_related_cities_and_regions(gql, library, engine):
    nairobi = library.city("Nairobi", "KE", library.africa)
    library.product("Kibera upgrading", cities=[nairobi], regions=[library.africa])
    result = search(gql, q="kibera")
    assert facet(result, "country") == {"KE": 1}
    assert facet(result, "region") == {"africa": 1}
    assert facet(result, "city") == {str(nairobi.pk): 1}
    labels = {b["label"] for f in result["facets"] if f["name"] == "country" for b in f["buckets"]}
    assert labels == {"Kenya"}
    assert titles(search(gql, q="kibera", filters={"country": ["FR"]})) == []


def test_content_type_and_language_facets(gql, library, engine):
    library.product("Urban resilience report", language="fr")
    library.article("Urban resilience week")
    result = search(gql, q="resilience")
    assert facet(result, "contentType") == {
        "knowledge.knowledgeproductpage": 1,
        "news.newsarticle": 1,
    }
    assert facet(result, "language") == {"fr": 1, "en": 1}
    only_news = search(gql, q="resilience", filters={"contentType": ["news.newsarticle"]})
    assert titles(only_news) == ["Urban resilience week"]


def test_sort_and_pagination(gql, library, engine):
    for year in (2018, 2022, 2020):
        library.product(f"Housing review {year}", year=year)
    newest = search(gql, q="housing review", sort="NEWEST", perPage=2)
    assert titles(newest) == ["Housing review 2022", "Housing review 2020"]
    assert (newest["total"], newest["pages"]) == (3, 2)
    second = search(gql, q="housing review", sort="NEWEST", perPage=2, page=2)
    assert titles(second) == ["Housing review 2018"]
    assert titles(search(gql, q="housing review", sort="OLDEST"))[0] == "Housing review 2018"
    assert titles(search(gql, q="housing review", sort="TITLE"))[0] == "Housing review 2018"


def test_empty_query_browses_everything_newest_first(gql, library, engine):
    library.product("Older", year=2010)
    library.product("Newer", year=2023)
    result = search(gql, filters={"contentType": ["knowledge.knowledgeproductpage"]})
    assert titles(result) == ["Newer", "Older"]


def test_misspelled_query_still_finds_and_suggests_the_right_words(gql, library, engine):
    library.product("Informal settlements upgrading", summary="Slum upgrading programmes")
    library.product("Water utilities", summary="Piped water networks")
    result = search(gql, q="setlements upgradng")
    assert titles(result)[0] == "Informal settlements upgrading"
    assert result["suggestion"] == "settlements upgrading"
    assert search(gql, q="settlements")["suggestion"] is None


def test_capabilities_and_notices_say_what_the_engine_cannot_do(gql, library, engine):
    library.product("Informal settlements upgrading")
    result = search(gql, q="settlements")
    assert result["hits"][0]["highlights"][0] == {
        "field": "title",
        "fragments": ["Informal <mark>settlements</mark> upgrading"],
    }
    if engine == "elasticsearch":
        assert all(result["capabilities"].values())
        assert result["notices"] == []
    else:
        assert result["capabilities"]["highlights"] is True
        assert result["capabilities"]["attachmentText"] is True
        assert result["capabilities"]["languageAnalysis"] is False
        assert notice_codes(result) == ["NO_LANGUAGE_ANALYSIS"]


def test_locale_limits_results_to_one_language(gql, library, engine):
    from tests.search.conftest import locale

    library.product("Slum upgrading guide")
    library.product("Slum upgrading guide FR", locale=locale("fr"))
    assert titles(search(gql, q="slum", locale="fr")) == ["Slum upgrading guide FR"]
    assert len(search(gql, q="slum")["hits"]) == 2


@pytest.mark.parametrize(
    "variables, field",
    [
        ({"page": 0}, "page"),
        ({"perPage": 1000}, "perPage"),
        ({"perPage": 0}, "perPage"),
        ({"locale": "xx"}, "locale"),
        ({"q": "x" * 301}, "query"),
        ({"page": 200, "perPage": 100}, "page"),
    ],
)
def test_bad_input_is_a_typed_error(gql, db, variables, field):
    result = gql.execute(SEARCH, variables)
    error = result["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


def test_unknown_sort_is_a_graphql_error(gql, db):
    result = gql.execute(SEARCH, {"sort": "RANDOM"})
    assert result["errors"]


def test_query_count_does_not_grow_with_the_number_of_hits(gql, library, engine):
    operation = """
    query($perPage: Int) { search(query: "tenure", perPage: $perPage) {
      total hits { page { id title url urlPath breadcrumbs { title } } }
      facets { name buckets { value label count } } } }
    """
    nairobi = library.city("Nairobi", "KE", library.africa)
    for n in range(12):
        library.product(f"Tenure {n}", themes=[library.housing], cities=[nairobi])
    _, few = gql.count_queries(operation, {"perPage": 3})
    data, many = gql.count_queries(operation, {"perPage": 12})
    assert len(data["search"]["hits"]) == 12
    assert few == many


@pytest.mark.parametrize(
    "query",
    [
        "tenure*",
        "a:b",
        "(x OR y",
        "l'habitat",
        "NEAR(",
        "-foo",
        '"unbalanced',
        "^~\\/",
        '"a:b (c"',
        "*",
    ],
)
def test_query_syntax_of_the_engines_is_never_an_error(gql, library, engine, query):
    library.product("Tenure security", summary="l'habitat informel")
    result = search(gql, q=query)
    assert result["total"] >= 0
    assert gql.data(SUGGEST, {"prefix": query})["suggest"] is not None
