"""Shared fixtures: a GraphQL client over real HTTP handling, and a small site tree to build on."""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site


class GraphQLClient:
    """Posts operations to /graphql/ through Django's full request stack."""

    def __init__(self, client):
        self.client = client

    def execute(self, query: str, variables: dict | None = None, **headers) -> dict:
        response = self.client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        assert response.status_code in (200, 400), response.content[:500]
        return response.json()

    def data(self, query: str, variables: dict | None = None) -> dict:
        """Execute and insist on no errors: the common case in tests."""
        result = self.execute(query, variables)
        assert not result.get("errors"), result["errors"]
        return result["data"]

    def count_queries(self, query: str, variables: dict | None = None) -> tuple[dict, int]:
        """Queries of one run, after a warm-up run has filled process-wide caches
        (site root paths, renditions generated on first use)."""
        self.data(query, variables)
        with CaptureQueriesContext(connection) as ctx:
            data = self.data(query, variables)
        return data, len(ctx.captured_queries)


@pytest.fixture
def gql(client) -> GraphQLClient:
    return GraphQLClient(client)


@pytest.fixture
def home(db) -> Page:
    """The home page the migrations create as the default site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific


def add_child(parent: Page, page: Page, publish: bool = True) -> Page:
    """Add `page` under `parent`; publish it unless a draft is wanted."""
    if not publish:
        page.live = False
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    page.refresh_from_db()
    return page


@pytest.fixture
def make_page():
    return add_child
