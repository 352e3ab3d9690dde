"""Did-you-mean is honest: real words are never "corrected", typos are, privacy holds.

The engine tests run on both engines. Assertions are about a suggestion's presence and text,
never about scores (the test server is not Lucene).
"""

from collections import Counter

import pytest
from wagtail.models import PageViewRestriction

from cms.visibility import visible_pages
from search import body_words
from search.spelling import correct, variants
from tests.search.conftest import restrict
from tests.search.queries import notice_codes, search

ARTICLES = {"contentType": ["news.newsarticle"]}
VOCABULARY = Counter(
    ["houston", "house", "houses", "housing", "settlement", "settlements", "logement", "logements"]
)


def test_variants_share_a_stem_and_leave_lookalike_words_out():
    assert sorted(variants("housing", VOCABULARY)) == ["house", "houses", "housing"]
    assert "houston" not in variants("housing", VOCABULARY)
    assert variants("logements", VOCABULARY) == ["logements", "logement"]


def test_a_typo_is_corrected_to_a_known_word():
    assert correct(["housng", "setlements"], VOCABULARY) == ["housing", "settlements"]


def test_a_word_only_in_bodies_is_never_corrected_to_a_lookalike(gql, library, engine):
    library.city("Cairo", "EG", library.africa)
    for n in range(12):
        library.article(f"Walking trail {n}", body="A stone cairn marks the path.")
    result = search(gql, q="cairn", filters=ARTICLES)
    assert result["suggestion"] is None
    assert "CORRECTED" not in notice_codes(result)
    assert result["total"] == 12  # Elasticsearch's fuzziness may add Cairo, not in place of them


def test_correctly_spelled_queries_get_no_suggestion(gql, library, engine):
    library.city("Lyon", "FR", library.europe)
    # Commoner lookalikes ("from", "france", "urbana") that a popularity-based suggester
    # would offer in place of the words typed.
    for n in range(5):
        library.article(
            f"Notes {n}",
            body="Mayors from France came from far; la ciudad urbana from France.",
        )
    library.product("Lyon mayors forum", summary="A forum of mayors in Lyon.")
    library.product("Housing finance", body="Microfinance and housing finance for the poor.")
    library.product("Desarrollo urbano", summary="Desarrollo urbano sostenible", language="es")
    for query in ("Lyon mayors forum", "housing finance", "desarrollo urbano"):
        result = search(gql, q=query)
        assert result["suggestion"] is None, query
        assert result["total"] >= 1, query


def test_a_real_typo_still_gets_the_right_suggestion(gql, library, engine):
    library.product("Lyon mayors forum", summary="A forum of mayors in Lyon.")
    library.product("Housing finance", body="Housing finance for the poor.")
    library.product("Desarrollo urbano", summary="Desarrollo urbano sostenible", language="es")
    library.article("Notes", body="Mayors came from France to la ciudad urbana.")
    assert search(gql, q="Lyon mayors forun")["suggestion"] == "Lyon mayors forum"
    assert search(gql, q="housing finanse")["suggestion"] == "housing finance"
    assert search(gql, q="desarollo urbano")["suggestion"] == "desarrollo urbano"


def test_a_word_from_a_page_published_just_now_counts_at_once(gql, library, engine):
    library.city("Cairo", "EG", library.africa)
    assert search(gql, q="cairn")["suggestion"] == "cairo"  # the only lookalike, for now
    library.article("Walking trail", body="A stone cairn marks the path.")
    result = search(gql, q="cairn", filters=ARTICLES)
    assert (result["suggestion"], result["total"]) == (None, 1)


def test_words_only_in_drafts_or_restricted_pages_are_never_suggested(gql, library, engine):
    library.product("Municipal accounts", summary="Local finance")
    library.product("Draft", body="budgetary reform", publish=False)
    private = library.product("Private", body="budgetary reform")
    restrict(private, PageViewRestriction.GROUPS)
    unpublished = library.product("Was public", body="budgetary reform")
    unpublished.unpublish()
    assert search(gql, q="budgetery")["suggestion"] is None
    # The same typo is corrected once the word is on a public page: the test can tell.
    library.product("Public", body="budgetary reform")
    assert search(gql, q="budgetery")["suggestion"] == "budgetary"


@pytest.mark.parametrize("engine", ["database"], indirect=True)
def test_body_words_are_read_again_only_for_pages_published_since(library, monkeypatch):
    first = library.article("First", body="cairn")
    body_words.body_words(visible_pages())
    read = []
    real_read_words = body_words.read_words
    monkeypatch.setattr(
        body_words, "read_words", lambda pages: read.append(pages) or real_read_words(pages)
    )
    second = library.article("Second", body="waymarks")
    found = body_words.body_words(visible_pages())
    assert [pk for pk, _ in read[0]] == [second.pk]
    assert "waymarks" in found[second.pk] and "cairn" in found[first.pk]
