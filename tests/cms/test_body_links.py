"""Links inside page bodies never reveal pages a visitor may not see."""

import json

import pytest
from wagtail.rich_text import RichText

from home.models import ContentPage
from tests.conftest import add_child

BODY_QUERY = """
query ($id: ID) {
  page(id: $id) {
    ... on ContentPage {
      body {
        blockType
        ... on CallToActionBlock { text page { title url } }
        ... on RichTextBlock { value }
      }
    }
  }
}
"""


@pytest.mark.django_db
def test_links_to_drafts_lose_their_target_and_links_to_live_pages_keep_it(gql, home):
    published = add_child(home, ContentPage(title="Public toolkit", slug="public-toolkit"))
    draft = add_child(home, ContentPage(title="SECRET report", slug="secret-report"), publish=False)
    page = add_child(
        home,
        ContentPage(
            title="Links",
            slug="links",
            body=[
                ("call_to_action", {"text": "Read the draft", "page": draft}),
                ("call_to_action", {"text": "Read the toolkit", "page": published}),
                (
                    "paragraph",
                    RichText(
                        f'<p>See <a linktype="page" id="{draft.pk}">the report</a> and '
                        f'<a linktype="page" id="{published.pk}">the toolkit</a>.</p>'
                    ),
                ),
            ],
        ),
    )
    body = gql.data(BODY_QUERY, {"id": page.pk})["page"]["body"]
    serialized = json.dumps(body)
    assert "SECRET" not in serialized and "secret-report" not in serialized
    assert body[0]["page"] is None
    assert body[1]["page"] == {"title": "Public toolkit", "url": "/public-toolkit/"}
    assert '<a href="/public-toolkit/">the toolkit</a>' in body[2]["value"]
    assert "<a>the report</a>" in body[2]["value"]
