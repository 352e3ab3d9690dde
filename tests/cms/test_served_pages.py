"""Wagtail's own page URLs (the admin's "View live") lead to the frontend, in their language."""

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, translate


def test_view_live_redirects_to_the_page_on_the_frontend_under_its_language_prefix(client, home):
    section = add_child(home, SectionPage(title="About", slug="about"))
    page = add_child(section, ContentPage(title="History", slug="history"))
    translate(section, "ar", title="من نحن")
    translate(page, "ar", title="التاريخ")

    assert client.get("/about/history/").headers["Location"] == "/site/about/history/"
    assert client.get("/ar/about/history/").headers["Location"] == "/site/ar/about/history/"


def test_a_draft_translation_is_not_served(client, home):
    page = add_child(home, ContentPage(title="Mandate", slug="mandate"))
    translate(page, "es", publish=False, title="Mandato")
    assert client.get("/es/mandate/").status_code == 404
