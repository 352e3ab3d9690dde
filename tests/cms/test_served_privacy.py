"""Served HTML follows the privacy policy: a restriction covers every translation of the
restricted page, and a page under an unpublished parent is not served (its URL would reveal
the draft's slug). A page the visitor may see is handed to the frontend (FRONTEND_BASE_URL,
the reference site by default). Over HTTP with Django's client."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, restrict_with_password, translate

pytestmark = pytest.mark.django_db


def sent_to_frontend(response, url: str) -> bool:
    """The page was served: Wagtail hands the visitor to the frontend's copy of its URL."""
    return response.status_code == 302 and response["Location"] == f"/site{url}"


@pytest.fixture
def mandate(home):
    """/about/mandate/ in English, /fr/about/mandate/ in French (the English slug is kept)."""
    about = add_child(home, SectionPage(title="About", slug="about"))
    page = add_child(about, ContentPage(title="Mandate", slug="mandate"))
    translate(about, "fr", title="À propos")
    translate(page, "fr", title="Mandat")
    return page


def test_a_password_on_the_english_page_asks_for_it_on_the_french_translation(client, mandate):
    assert sent_to_frontend(client.get("/fr/about/mandate/"), "/fr/about/mandate/")
    restrict_with_password(mandate)
    for url in ("/about/mandate/", "/fr/about/mandate/"):
        response = client.get(url)
        assert response.status_code == 200
        assert b"Mandat" not in response.content and b"password" in response.content.lower()
        assert "no-cache" in response["Cache-Control"]


def test_the_password_opens_the_french_translation(client, mandate):
    restrict_with_password(mandate)
    restriction = PageViewRestriction.objects.get(page=mandate)
    french = ContentPage.objects.get(title="Mandat")
    form = client.get("/fr/about/mandate/").content.decode()
    assert f"/_util/authenticate_with_password/{restriction.id}/{french.id}/" in form
    response = client.post(
        f"/_util/authenticate_with_password/{restriction.id}/{french.id}/",
        {"password": "secret", "return_url": "/fr/about/mandate/"},
    )
    assert response.status_code == 302
    assert sent_to_frontend(client.get("/fr/about/mandate/"), "/fr/about/mandate/")


def test_a_restricted_ancestor_covers_the_translations_of_its_subtree(client, mandate):
    restrict_with_password(mandate.get_parent())
    response = client.get("/fr/about/mandate/")
    assert b"Mandat" not in response.content and b"password" in response.content.lower()


def test_a_group_restriction_sends_to_sign_in_in_every_language(client, mandate, django_user_model):
    restriction = PageViewRestriction.objects.create(
        page=mandate, restriction_type=PageViewRestriction.GROUPS
    )
    board = Group.objects.create(name="Board")
    restriction.groups.add(board)
    response = client.get("/fr/about/mandate/")
    assert response.status_code == 302 and "login" in response["Location"]
    member = django_user_model.objects.create_user("board-member", password="pw")
    member.groups.add(board)
    client.force_login(member)
    assert sent_to_frontend(client.get("/fr/about/mandate/"), "/fr/about/mandate/")


def test_a_live_page_under_an_unpublished_parent_is_not_served(client, mandate):
    mandate.get_parent().specific.unpublish()
    assert ContentPage.objects.get(pk=mandate.pk).live
    assert client.get("/about/mandate/").status_code == 404
    # its own parent is live
    assert sent_to_frontend(client.get("/fr/about/mandate/"), "/fr/about/mandate/")


def test_a_live_french_page_under_an_unpublished_french_parent_is_not_served(client, mandate):
    ContentPage.objects.get(title="Mandat").get_parent().specific.unpublish()
    assert client.get("/fr/about/mandate/").status_code == 404
    assert sent_to_frontend(client.get("/about/mandate/"), "/about/mandate/")


def test_public_pages_are_still_served(client, mandate):
    assert sent_to_frontend(client.get("/about/mandate/"), "/about/mandate/")
    assert sent_to_frontend(client.get("/fr/about/mandate/"), "/fr/about/mandate/")
