"""An editor files an article under a theme (ticked among one language's themes) and a related
city (found by typing part of its name); the API serves both. The admin's own pages call
nobody on the internet (no avatars, no release check): the `admin` fixture fails otherwise."""

from __future__ import annotations

from playwright.sync_api import expect

from .test_page_types import page_id, publish

ARTICLE = "/news/why-secondary-cities-matter/"
CLASSIFICATION = """
query ($path: String!) {
  page(urlPath: $path) { ... on NewsArticle { themes { slug } relatedCities { title } } }
}
"""


def test_tick_a_theme_and_find_a_related_city_by_typing(admin, demo_server):
    article_id, _ = page_id(demo_server, ARTICLE)
    admin.goto(f"{demo_server.url}/admin/pages/{article_id}/edit/")
    themes = admin.locator("[data-contentpath=themes]")
    expect(themes.locator("input[type=checkbox]")).to_have_count(14)  # one language's themes
    expect(themes).not_to_contain_text("Logement")
    themes.get_by_label("Innovative financing").check()

    cities = admin.locator("[data-contentpath=related_cities]")
    cities.get_by_role("combobox").fill("Ndol")
    cities.get_by_role("option", name="Ndola").click()
    publish(admin)

    served = demo_server.graphql(CLASSIFICATION, {"path": ARTICLE})["page"]
    assert "financing" in {theme["slug"] for theme in served["themes"]}
    assert "Ndola" in {city["title"] for city in served["relatedCities"]}


def test_dashboard_and_account_pages_stay_on_this_server(admin, demo_server):
    for path in ("/admin/", "/admin/account/", "/admin/forums/posts/", "/admin/news_articles/"):
        admin.goto(f"{demo_server.url}{path}")
        expect(admin.locator("main")).to_be_visible()
    admin.quiet.wait()
