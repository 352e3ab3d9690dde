"""A repeated operation is parsed and validated once per process (cms/graphql/documents.py),
while the limits that depend on variables are still applied to every request."""

import graphql
import pytest

from cms.graphql import documents

pytestmark = pytest.mark.django_db


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The texts graphql-core's parser is handed by the endpoint."""
    seen, parse = [], graphql.parse

    def counting_parse(source, *args, **kwargs):
        seen.append(source)
        return parse(source, *args, **kwargs)

    monkeypatch.setattr(documents.graphql, "parse", counting_parse)
    yield seen


def test_a_repeated_query_is_parsed_once(gql, parses):
    query = "query RepeatedLocales { locales { code name } }"
    first = gql.data(query)
    assert gql.data(query) == first
    assert gql.data(query) == first
    assert parses.count(query) == 1


def test_a_cached_document_is_still_priced_with_each_requests_variables(gql, home, parses):
    query = f"""query Priced($n: PositiveInt) {{ page(id: {home.pk}) {{
      siblings(limit: $n) {{ siblings(limit: $n) {{ title }} }} }} }}"""
    assert gql.data(query, {"n": 5})["page"]
    refused = gql.execute(query, {"n": 100})
    assert [e["extensions"]["code"] for e in refused["errors"]] == ["QUERY_TOO_COSTLY"]
    assert parses.count(query) == 1


def test_a_malformed_query_is_answered_every_time(gql):
    for _ in range(2):
        (error,) = gql.execute("{ locales { ")["errors"]
        assert error["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


def test_a_long_query_is_answered_without_filling_the_cache(gql, parses):
    """Past MAX_CACHED_CHARS a text is parsed on every request, not kept."""
    padding = "#" + "x" * documents.MAX_CACHED_CHARS + "\n"
    query = padding + "query LongLocales { locales { code } }"
    assert gql.data(query) == gql.data(query)
    assert parses.count(query) == 2
