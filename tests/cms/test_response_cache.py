"""The server-side answer cache: a repeated anonymous query costs one small query, and no
answer survives a change of what it shows (publish, unpublish, move, delete, privacy, documents),
while saving a draft keeps it."""

import json

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.rich_text import RichText

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, restrict_with_password

pytestmark = pytest.mark.django_db

QUERY = """
query ($id: ID, $document: ID) {
  page(id: $id) {
    title url
    children { title url }
    ... on ContentPage { body { ... on RichTextBlock { value } } }
  }
  document(id: $document) { title }
}
"""


@pytest.fixture(autouse=True)
def answer_cache(settings):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 300
    caches["graphql"].clear()


@pytest.fixture
def site(home):
    """A guide whose body links to a toolkit page and a report, with a child case study."""
    report = Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4 report", name="report.pdf")
    )
    toolkit = add_child(home, ContentPage(title="Toolkit", slug="toolkit"))
    guide = add_child(
        home,
        ContentPage(
            title="Guide",
            slug="guide",
            body=[
                (
                    "paragraph",
                    RichText(
                        f'<p>Use <a linktype="page" id="{toolkit.pk}">the toolkit</a> and '
                        f'<a linktype="document" id="{report.pk}">the report</a>.</p>'
                    ),
                )
            ],
        ),
    )
    case = add_child(guide, ContentPage(title="Case study", slug="case-study"))
    section = add_child(home, SectionPage(title="Archive", slug="archive"))
    return {"guide": guide, "toolkit": toolkit, "case": case, "report": report, "archive": section}


def ask(client, site, **headers):
    response = client.post(
        "/graphql/",
        data=json.dumps(
            {"query": QUERY, "variables": {"id": site["guide"].pk, "document": site["report"].pk}}
        ),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 200
    return response


def test_a_repeated_query_is_answered_from_the_cache_with_one_query(client, site):
    with CaptureQueriesContext(connection) as first:
        cold = ask(client, site)
    with CaptureQueriesContext(connection) as second:
        warm = ask(client, site)
    assert (cold["X-Cache"], warm["X-Cache"]) == ("MISS", "HIT")
    assert warm.json() == cold.json() and warm["ETag"] == cold["ETag"]
    assert len(second.captured_queries) == 1 < len(first.captured_queries)


def test_publishing_changes_the_next_answer_and_a_draft_does_not(client, site):
    ask(client, site)
    guide = site["guide"]
    guide.title = "Guide (draft title)"
    guide.save_revision()
    after_draft = ask(client, site)
    assert after_draft["X-Cache"] == "HIT"
    assert after_draft.json()["data"]["page"]["title"] == "Guide"

    guide.title = "Guide, second edition"
    guide.save_revision().publish()
    after_publish = ask(client, site)
    assert after_publish["X-Cache"] == "MISS"
    assert after_publish.json()["data"]["page"]["title"] == "Guide, second edition"


def unpublish_toolkit(site):
    site["toolkit"].unpublish()


def delete_case_study(site):
    site["case"].delete()


def move_case_study(site):
    site["case"].move(site["archive"], pos="last-child")


def protect_case_study(site):
    restrict_with_password(site["case"])


def retitle_report(site):
    site["report"].title = "Annual report 2025"
    site["report"].save()


@pytest.mark.parametrize(
    "change",
    [unpublish_toolkit, delete_case_study, move_case_study, protect_case_study, retitle_report],
)
def test_every_change_a_reader_would_see_invalidates(client, site, change):
    before = ask(client, site).json()["data"]
    change(site)
    response = ask(client, site)
    after = response.json()["data"]
    assert response["X-Cache"] == "MISS" and after != before
    fresh = client.post(  # the same query, with the cache bypassed by a different spelling
        "/graphql/",
        data=json.dumps(
            {
                "query": QUERY + " ",
                "variables": {"id": site["guide"].pk, "document": site["report"].pk},
            }
        ),
        content_type="application/json",
    ).json()["data"]
    assert after == fresh


def test_answers_with_an_authorization_header_are_never_stored(client, site):
    for _ in range(2):
        response = ask(client, site, HTTP_AUTHORIZATION="Bearer someone")
        assert "X-Cache" not in response and "no-store" in response["Cache-Control"]
    assert ask(client, site)["X-Cache"] == "MISS"
