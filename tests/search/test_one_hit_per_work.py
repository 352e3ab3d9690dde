"""One hit per work: a report and its translations that all match are one hit, in the reader's
language, with the other languages listed; totals and facet counts count works, not copies."""

import pytest

from tests.conftest import translate
from tests.search.conftest import paragraph
from tests.search.queries import facet

WORKS = """
query Works($q: String, $locale: String, $filters: SearchFilters, $sort: SearchSort,
            $page: Int, $perPage: Int) {
  search(query: $q, locale: $locale, filters: $filters, sort: $sort, page: $page,
         perPage: $perPage) {
    total pages
    hits {
      page { title locale }
      otherLanguages { locale title url }
      highlights { field fragments }
    }
    facets { name buckets { value count } }
  }
}
"""

ORIGINAL = "Managing Systems of Secondary Cities"
TRANSLATIONS = {
    "fr": "Gérer les systèmes de villes secondaires",
    "es": "Gestión de sistemas de ciudades secundarias",
    "ar": "إدارة منظومات المدن الثانوية",
}


@pytest.fixture
def secondary_cities(library):
    """The demo's shape: an English report translated three times; each translation keeps
    the original title in its body (so all four copies match), and another English report."""
    original = library.product(
        ORIGINAL,
        summary="Policy options for secondary cities in a system of cities.",
        body="How secondary cities grow, plan and finance their services.",
        themes=[library.housing],
    )
    for code, title in TRANSLATIONS.items():
        translate(
            original,
            code,
            title=title,
            language=code,
            body=paragraph(f"Traduction de « {ORIGINAL} » (secondary cities)."),
        )
    library.product(
        "Youth employment in secondary cities",
        summary="Apprenticeships for young people in secondary cities.",
        themes=[library.housing],
    )
    return original


def run(gql, headers=None, **variables) -> dict:
    result = gql.execute(WORKS, variables, **(headers or {}))
    assert not result.get("errors"), result["errors"]
    return result["data"]["search"]


def shown(result: dict) -> list[tuple[str, str]]:
    return [(hit["page"]["title"], hit["page"]["locale"]) for hit in result["hits"]]


def test_a_translated_work_is_one_hit_in_english_with_its_other_languages(
    gql, secondary_cities, engine
):
    result = run(gql, q="secondary cities")
    assert result["total"] == 2
    assert sorted(shown(result)) == sorted(
        [(ORIGINAL, "en"), ("Youth employment in secondary cities", "en")]
    )
    work = next(hit for hit in result["hits"] if hit["page"]["title"] == ORIGINAL)
    others = {other["locale"]: other["title"] for other in work["otherLanguages"]}
    assert others == TRANSLATIONS
    assert all(other["url"] for other in work["otherLanguages"])
    youth = next(hit for hit in result["hits"] if hit["page"]["title"] != ORIGINAL)
    assert youth["otherLanguages"] == []


def test_accept_language_picks_the_copy_shown(gql, secondary_cities, engine):
    result = run(gql, {"HTTP_ACCEPT_LANGUAGE": "es-MX,es;q=0.9,en;q=0.5"}, q="secondary cities")
    assert (TRANSLATIONS["es"], "es") in shown(result)
    work = next(hit for hit in result["hits"] if hit["page"]["locale"] == "es")
    assert [other["locale"] for other in work["otherLanguages"]][0] == "en"
    assert result["total"] == 2


def test_facets_count_works_not_copies(gql, secondary_cities, engine):
    result = run(gql, q="secondary cities")
    assert facet(result, "theme") == {"housing": 2}
    assert facet(result, "contentType") == {"knowledge.knowledgeproductpage": 2}
    # A work counts once under each language it matches in.
    assert facet(result, "language") == {"en": 2, "fr": 1, "es": 1, "ar": 1}
    french = run(gql, q="secondary cities", filters={"language": ["fr"]})
    assert french["total"] == 1
    assert shown(french) == [(TRANSLATIONS["fr"], "fr")]


def test_paging_and_sorting_go_by_works(gql, secondary_cities, engine):
    first = run(gql, q="secondary cities", sort="TITLE", perPage=1)
    second = run(gql, q="secondary cities", sort="TITLE", perPage=1, page=2)
    assert first["pages"] == 2
    titles = {hit["page"]["title"] for hit in first["hits"] + second["hits"]}
    assert titles == {ORIGINAL, "Youth employment in secondary cities"}


def test_a_searched_locale_shows_only_its_copies(gql, secondary_cities, engine):
    result = run(gql, q="secondary cities", locale="fr")
    assert shown(result) == [(TRANSLATIONS["fr"], "fr")]
    assert result["hits"][0]["otherLanguages"] == []


def test_a_draft_translation_is_never_listed(gql, library, engine):
    original = library.product(ORIGINAL, summary="Secondary cities in a system of cities.")
    translate(original, "fr", publish=False, title="Brouillon secret", language="fr")
    (hit,) = run(gql, q="secondary cities")["hits"]
    assert hit["otherLanguages"] == []


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_highlights_belong_to_the_copy_shown(gql, secondary_cities):
    result = run(gql, {"HTTP_ACCEPT_LANGUAGE": "fr"}, q="secondary cities", locale=None)
    work = next(hit for hit in result["hits"] if hit["page"]["locale"] == "fr")
    body = [h for h in work["highlights"] if h["field"] == "body"]
    assert body and "Traduction" in body[0]["fragments"][0]
