"""Grapple's generic `pages` list costs the same, pinned, number of SQL queries for 3 and 12 pages.

Domain listings (news, events, cities, knowledge) pin their own counts, images included.
"""

import pytest

from home.models import ContentPage, SectionPage
from tests.conftest import add_child
from tests.query_counts import FEW, MANY

PAGES_QUERY = """
query ($limit: PositiveInt) {
  pages(contentType: "home.ContentPage", limit: $limit) {
    id title url urlPath contentType pageType seoTitle locale
    breadcrumbs { title url }
    ... on ContentPage { summary }
  }
}
"""


def build_pages(home, count: int) -> None:
    section = SectionPage.objects.first() or add_child(home, SectionPage(title="S", slug="s"))
    existing = ContentPage.objects.count()
    for i in range(existing, count):
        section.add_child(instance=ContentPage(title=f"Page {i}", slug=f"page-{i}", live=True))


@pytest.mark.django_db
def test_pages_list_query_count_does_not_grow_with_items(gql, home):
    build_pages(home, FEW)
    data, small = gql.count_queries(PAGES_QUERY, {"limit": 100})
    assert len(data["pages"]) == FEW
    build_pages(home, MANY)
    data, large = gql.count_queries(PAGES_QUERY, {"limit": 100})
    assert len(data["pages"]) == MANY
    assert [small, large] == [8] * 2
