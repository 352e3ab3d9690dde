"""Thousands of valid operations generated from the live schema by hypothesis-graphql, each
posted anonymously to /graphql/: none may answer 500, show a traceback or carry an error
without a code (or with INTERNAL_SERVER_ERROR, the code of an unexpected exception).

Generation is bounded (a fixed number of examples, no shrinking, no example database) so the
test takes about a minute on SQLite. Each run draws new operations, except under CI (the `CI`
variable set): there the draw is the same every run, so a merge is judged on its own change and
not on the luck of the draw; runs elsewhere keep exploring. Failures are collected rather than
raised, so one run lists every distinct bug instead of shrinking the first.
"""

import json
import os
from datetime import UTC

import graphql
import pytest
from graphene_django.settings import graphene_settings
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import mutations, queries

from cities.models import CityIndexPage, CityProfilePage
from tests.conftest import add_child

pytestmark = pytest.mark.django_db

EXAMPLES = 2_050
BUG_CODES = {None, "INTERNAL_SERVER_ERROR"}


def string_node(value: str) -> graphql.StringValueNode:
    return graphql.StringValueNode(value=value)


# The schema's own scalars, with values a client could send (edge cases included).
CUSTOM_SCALARS = {
    "Date": st.dates().map(lambda d: string_node(d.isoformat())),
    "DateTime": st.datetimes(timezones=st.just(UTC)).map(lambda d: string_node(d.isoformat())),
    "PositiveInt": st.integers(min_value=1, max_value=2**31 - 1).map(
        lambda n: graphql.IntValueNode(value=str(n))
    ),
    "JSONString": st.dictionaries(st.text(max_size=5), st.integers(), max_size=3).map(
        lambda d: string_node(json.dumps(d))
    ),
}


def operations():
    schema = graphql.print_schema(graphene_settings.SCHEMA.graphql_schema)
    options = {"custom_scalars": CUSTOM_SCALARS, "allow_x00": False}
    return st.one_of(queries(schema, **options), mutations(schema, **options))


def bug_in(response) -> str | None:
    """What is wrong with one answer, or None when it is data or coded errors."""
    body = response.content.decode(errors="replace")
    if response.status_code >= 500 or "Traceback" in body:
        return f"HTTP {response.status_code}: {body[:300]}"
    if response.status_code not in (200, 400):
        return None  # 413 and friends are coded HTTP refusals
    errors = response.json().get("errors") or []
    wrong = [e for e in errors if (e.get("extensions") or {}).get("code") in BUG_CODES]
    return json.dumps(wrong)[:300] if wrong else None


def test_generated_operations_get_data_or_coded_errors(client, home):
    index = add_child(home, CityIndexPage(title="Cities", slug="cities"))
    add_child(index, CityProfilePage(title="Dakar", slug="dakar", city_name="Dakar", country="SN"))
    sent, bugs = [], {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=bool(os.environ.get("CI")),
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(operations())
    def post(operation):
        response = client.post(
            "/graphql/", json.dumps({"query": operation}), content_type="application/json"
        )
        sent.append(operation)
        bug = bug_in(response)
        if bug is not None:
            bugs.setdefault(bug, operation)

    post()
    assert len(sent) >= 2_000
    assert not bugs, "\n\n".join(f"{bug}\n  from: {op[:400]}" for bug, op in bugs.items())
