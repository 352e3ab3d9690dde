"""Wagtail still serves each page (the admin's "View live"), in its language and direction."""

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, translate


def test_pages_are_served_under_their_language_prefix(client, home):
    section = add_child(home, SectionPage(title="About", slug="about"))
    page = add_child(section, ContentPage(title="History", slug="history"))
    translate(section, "ar", title="من نحن")
    translate(page, "ar", title="التاريخ")

    english = client.get("/about/history/")
    assert english.status_code == 200
    assert b'<html lang="en" dir="ltr">' in english.content
    assert b"<h1>History</h1>" in english.content

    arabic = client.get("/ar/about/history/")
    assert arabic.status_code == 200
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    assert "<h1>التاريخ</h1>" in arabic.content.decode()


def test_a_draft_translation_is_not_served(client, home):
    page = add_child(home, ContentPage(title="Mandate", slug="mandate"))
    translate(page, "es", publish=False, title="Mandato")
    assert client.get("/es/mandate/").status_code == 404
