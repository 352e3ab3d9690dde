"""Draft preview: the admin's Preview hands the frontend a token that shows the draft, and
nothing else shows it: no token, a forged one or an expired one."""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.contrib.auth import get_user_model

from home.models import ContentPage
from tests.conftest import add_child

PREVIEW = """query ($token: String) { page(token: $token) { title live url ... on ContentPage {
  summary body { blockType } } } }"""
BY_ID = "query ($id: ID) { page(id: $id) { title } }"


@pytest.fixture
def editor(client, db):
    client.force_login(get_user_model().objects.create_superuser("editor", "e@example.org", "pw"))
    return client


@pytest.fixture
def draft(home):
    """A page never published: only its editors know it exists."""
    return add_child(
        home,
        ContentPage(title="Embargoed budget report", slug="budget", summary="Out on Monday"),
        publish=False,
    )


def preview_token(editor, page) -> str:
    """The token the admin's Preview of the latest draft gives the frontend (its iframe)."""
    response = editor.get(f"/admin/pages/{page.pk}/view_draft/")
    assert response.status_code == 200
    url = unescape(re.search(r'<iframe src="([^"]+)"', response.content.decode()).group(1))
    assert url.startswith("/site/preview/?")
    return parse_qs(urlsplit(url).query)["token"][0]


def test_the_admin_preview_shows_the_draft_through_its_token(gql, editor, draft):
    token = preview_token(editor, draft)
    editor.logout()  # the frontend asks anonymously: the token is the only credential

    page = gql.data(PREVIEW, {"token": token})["page"]
    assert page["title"] == "Embargoed budget report"
    assert page["summary"] == "Out on Monday"
    assert page["live"] is False
    assert gql.data(BY_ID, {"id": draft.pk})["page"] is None


def test_a_draft_of_a_live_page_is_previewed_while_the_site_keeps_the_published_text(
    gql, editor, home
):
    page = add_child(home, ContentPage(title="Water programme", slug="water"))
    page.title = "Water programme (new draft)"
    page.save_revision()

    token = preview_token(editor, page)
    assert gql.data(PREVIEW, {"token": token})["page"]["title"] == "Water programme (new draft)"
    assert gql.data(BY_ID, {"id": page.pk})["page"]["title"] == "Water programme"


def test_no_token_or_a_forged_one_shows_nothing(gql, editor, draft):
    token = preview_token(editor, draft)
    forged = token.rsplit(":", 1)[0] + ":AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

    result = gql.execute(PREVIEW, {"token": forged})
    assert result["data"]["page"] is None
    assert result["errors"][0]["extensions"]["code"] == "PREVIEW_INVALID"
    assert "Embargoed" not in str(result)
    assert gql.execute(PREVIEW, {"token": None})["errors"][0]["extensions"]["code"] == (
        "BAD_USER_INPUT"
    )


def test_an_expired_token_shows_nothing(gql, editor, draft, settings):
    token = preview_token(editor, draft)
    settings.PREVIEW_TOKEN_SECONDS = -1  # every token is now older than allowed

    result = gql.execute(PREVIEW, {"token": token})
    assert result["data"]["page"] is None
    assert result["errors"][0]["extensions"]["code"] == "PREVIEW_EXPIRED"
    assert "Embargoed" not in str(result)
