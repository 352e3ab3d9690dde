"""An editor translates a news article into French with wagtail-localize, publishes it, then
changes the English source and syncs: the French text stays, the synchronised fields follow."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from .test_page_types import page_id, publish

ARTICLE = "/news/scientists-and-cities-on-climate-change/"
FRENCH_TITLE = "Scientifiques et villes réunis face au changement climatique"
FRENCH_SUMMARY = "Pour la première fois, chercheurs et villes fixent ensemble un programme."

ARTICLE_QUERY = """
query ($path: String!, $locale: String) {
  page(urlPath: $path, locale: $locale) {
    title locale isFallback
    ... on NewsArticle { summary date }
  }
}
"""


def page_action(admin: Page, name: str) -> None:
    """A command of the page header's "Actions" menu."""
    admin.locator("header").get_by_role("button", name="Actions").click()
    admin.locator("header").get_by_role("link", name=name).click()


def translate_next_segment(admin: Page, text: str) -> None:
    admin.get_by_role("button", name="Translate", exact=True).first.click()
    admin.locator("main textarea").first.fill(text)
    admin.get_by_role("button", name="Save", exact=True).first.click()
    expect(admin.locator("main textarea")).to_have_count(0)


def test_translate_publish_then_sync_a_source_change(admin, demo_server):
    before = demo_server.graphql(ARTICLE_QUERY, {"path": ARTICLE, "locale": "fr"})["page"]
    assert before["isFallback"], "the demo must not have this article in French yet"
    english_id, _ = page_id(demo_server, ARTICLE)

    admin.goto(f"{demo_server.url}/admin/pages/{english_id}/edit/")
    page_action(admin, "Translate this page")
    admin.get_by_label("French").check()
    admin.get_by_role("button", name="Submit").click()
    expect(admin.locator(".messages")).to_contain_text("submitted for translation into French")
    translate_next_segment(admin, FRENCH_TITLE)
    translate_next_segment(admin, FRENCH_SUMMARY)
    admin.get_by_role("button", name="Publish in French").click()
    expect(admin.locator(".messages")).to_contain_text(re.compile("published", re.I))

    french = demo_server.graphql(ARTICLE_QUERY, {"path": ARTICLE, "locale": "fr"})["page"]
    assert (french["title"], french["summary"]) == (FRENCH_TITLE, FRENCH_SUMMARY)
    assert (french["locale"], french["isFallback"]) == ("fr", False)

    admin.goto(f"{demo_server.url}/admin/pages/{english_id}/edit/")
    admin.fill("#id_date", "2026-11-20")
    publish(admin)
    admin.goto(f"{demo_server.url}/admin/pages/{english_id}/edit/")
    page_action(admin, "Sync translated pages")
    admin.get_by_label("Publish immediately").check()
    admin.get_by_role("button", name="Submit").click()
    expect(admin.locator(".messages")).to_contain_text("updated")

    synced = demo_server.graphql(ARTICLE_QUERY, {"path": ARTICLE, "locale": "fr"})["page"]
    assert synced["title"] == FRENCH_TITLE
    assert synced["summary"] == FRENCH_SUMMARY  # the translated text is kept
    assert synced["date"] == "2026-11-20"  # the synchronised field follows the source
