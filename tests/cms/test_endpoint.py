"""The endpoint validates every operation: unknown fields and over-deep queries are rejected."""

import pytest


@pytest.mark.django_db
def test_unknown_field_is_a_validation_error(gql, home):
    result = gql.execute("{ pages { title noSuchField } }")
    assert "Cannot query field 'noSuchField'" in result["errors"][0]["message"]
    assert result["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert "data" not in result or result["data"] is None


@pytest.mark.django_db
def test_query_deeper_than_the_limit_is_refused(gql, home, settings):
    nested = "children { " * 14 + "title" + " }" * 14
    result = gql.execute(f"{{ pages {{ {nested} }} }}")
    assert "exceeds maximum operation depth" in result["errors"][0]["message"]


@pytest.mark.django_db
def test_graphiql_is_served_to_browsers(client):
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    assert b"graphiql" in response.content.lower()


def test_an_error_escaping_a_resolver_still_has_a_code():
    from graphql import located_error

    from cms.graphql.view import LimitedGraphQLView

    formatted = LimitedGraphQLView.format_error(located_error(ValueError("boom"), None, ["page"]))
    assert formatted["extensions"] == {"code": "INTERNAL_SERVER_ERROR"}
