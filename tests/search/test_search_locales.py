"""Searching one language: French stemming, no other locale in hits or facets, theme labels."""

import pytest
from wagtail.models import Locale

from tests.search.conftest import locale
from tests.search.queries import facet, notice_codes, search, titles

HITS_MARKED = """
query($q: String, $locale: String) {
  search(query: $q, locale: $locale) { hits { page { title locale isFallback } } }
}
"""


def french_theme(theme, name: str):
    translated = theme.copy_for_translation(Locale.objects.get(language_code="fr"))
    translated.name = name
    translated.save()
    return translated


@pytest.fixture
def bilingual(library):
    """A French report on housing whose body says "logements", and English ones."""
    french_theme(library.housing, "Logement et bidonvilles")
    library.product(
        "Politique urbaine à Dakar",
        body="Les logements des quartiers précaires ont été rénovés.",
        themes=[library.housing],
        language="fr",
        locale=locale("fr"),
    )
    library.product(
        "Urban policy in Nairobi",
        body="Logement is a French word; this report compares Nairobi with Dakar.",
        themes=[library.housing],
    )
    library.product("Water kiosks in Lusaka", themes=[library.water])
    return library


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_french_query_finds_french_text_through_french_stemming(gql, bilingual):
    result = search(gql, q="logement", locale="fr")
    assert titles(result) == ["Politique urbaine à Dakar"]
    assert "NO_LANGUAGE_ANALYSIS" not in notice_codes(result)


def test_the_database_engine_says_it_does_not_stem_per_language(gql, bilingual, engine):
    """Documented limitation: the database engine has no French analysis. It finds words as
    written (SQLite FTS5 no more; PostgreSQL's one text search configuration may strip an
    English-style plural "s"), and says so in its notices."""
    if engine != "database":
        pytest.skip("the Elasticsearch engine stems French (test above)")
    assert "NO_LANGUAGE_ANALYSIS" in notice_codes(search(gql, q="logement", locale="fr"))
    assert titles(search(gql, q="logements", locale="fr")) == ["Politique urbaine à Dakar"]
    assert titles(search(gql, q="rénovés", locale="fr")) == ["Politique urbaine à Dakar"]


def test_a_locale_keeps_other_languages_out_of_hits_and_facets(gql, bilingual, engine):
    french = search(gql, q="Dakar", locale="fr")
    assert titles(french) == ["Politique urbaine à Dakar"]
    assert facet(french, "language") == {"fr": 1}
    assert facet(french, "theme") == {"housing": 1}

    everything = search(gql, locale="fr")
    assert titles(everything) == ["Politique urbaine à Dakar"]
    assert "water" not in facet(everything, "theme")

    assert titles(search(gql, q="logement", locale="en")) == ["Urban policy in Nairobi"]


def test_without_a_locale_every_language_is_searched(gql, bilingual, engine):
    result = search(gql, q="Dakar")
    assert sorted(titles(result)) == ["Politique urbaine à Dakar", "Urban policy in Nairobi"]
    assert facet(result, "language") == {"en": 1, "fr": 1}
    assert facet(result, "theme") == {"housing": 2}


def test_theme_facet_labels_are_in_the_searched_language(gql, bilingual, engine):
    def labels(result):
        return {
            bucket["value"]: bucket["label"]
            for found in result["facets"]
            if found["name"] == "theme"
            for bucket in found["buckets"]
        }

    assert labels(search(gql, q="Dakar", locale="fr")) == {"housing": "Logement et bidonvilles"}
    assert labels(search(gql, q="Dakar", locale="en")) == {"housing": "Housing and slums"}
    assert labels(search(gql, q="Dakar")) == {"housing": "Housing and slums"}  # default language


def test_hits_are_pages_in_their_own_locale_never_fallbacks(gql, bilingual, engine):
    hits = gql.data(HITS_MARKED, {"q": "urbaine", "locale": "fr"})["search"]["hits"]
    assert [hit["page"] for hit in hits] == [
        {"title": "Politique urbaine à Dakar", "locale": "fr", "isFallback": False}
    ]


def test_unknown_locale_names_the_known_ones(gql, db):
    for operation in (
        'search(locale: "xx") { total }',
        'suggest(prefix: "a", locale: "xx") { text }',
    ):
        error = gql.execute(f"{{ {operation} }}")["errors"][0]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
        assert "fr" in error["message"]


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_arabic_search_in_the_arabic_locale(gql, library):
    library.product("الإسكان في المدن العربية", language="ar", locale=locale("ar"))
    library.product("Housing in Arab cities")
    assert titles(search(gql, q="المدن", locale="ar")) == ["الإسكان في المدن العربية"]
    assert titles(search(gql, q="المدن", locale="en")) == []
