"""The demo's translations are real wagtail-localize translations a reader gets in their language.

The demo (home, about, news, a few knowledge products, themes and their translations) is loaded
once for the folder (conftest.py); each test runs in a savepoint.
"""

import pytest
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation

from cms.models import Theme

from .conftest import counts


@pytest.fixture
def loaded(demo, db):
    return demo.home, demo.summary


def test_every_segment_of_the_translated_pages_is_translated(loaded):
    _, summary = loaded
    assert "16 pages, 14 themes and 1 site texts translated" in summary
    assert "left in English" not in summary


def test_site_texts_in_arabic(gql, loaded):
    query = '{ siteSettings(locale: "ar") { name locale direction footerLinks { label url } } }'
    settings = gql.data(query)["siteSettings"]
    assert (settings["name"], settings["locale"], settings["direction"]) == (
        "التحالف العالمي للمدن ضد الفقر",
        "ar",
        "RTL",
    )
    assert settings["footerLinks"][0] == {"label": "من نحن", "url": "/ar/about/"}


def test_french_home_page(gql, loaded):
    page = gql.data('{ page(urlPath: "/", locale: "fr") { title locale isFallback url } }')["page"]
    assert page == {"title": "Accueil", "locale": "fr", "isFallback": False, "url": "/fr/"}


def test_arabic_about_page_is_right_to_left(gql, loaded):
    query = '{ page(urlPath: "/about/", locale: "ar") { title locale direction isFallback } }'
    assert gql.data(query)["page"] == {
        "title": "عن التحالف",
        "locale": "ar",
        "direction": "RTL",
        "isFallback": False,
    }


def test_french_about_child_has_a_translated_slug(gql, loaded):
    query = '{ page(urlPath: "/a-propos/notre-mission/", locale: "fr") { title url } }'
    assert gql.data(query)["page"] == {
        "title": "Notre mission",
        "url": "/fr/a-propos/notre-mission/",
    }


def test_spanish_news_lists_only_spanish_articles(gql, loaded):
    query = '{ newsArticles(locale: "es") { locale isFallback items { title locale } } }'
    listing = gql.data(query)["newsArticles"]
    assert (listing["locale"], listing["isFallback"]) == ("es", False)
    titles = {item["title"] for item in listing["items"]}
    assert "Se abren las inscripciones para el próximo foro de alcaldes" in titles
    assert len(titles) == 4
    assert {item["locale"] for item in listing["items"]} == {"es"}


def test_theme_names_in_french(gql, loaded):
    themes = gql.data('{ themes(locale: "fr") { slug name } }')["themes"]
    names = {theme["slug"]: theme["name"] for theme in themes}
    assert names["financing"] == "Financement innovant"
    assert names["water-sanitation"] == "Eau et assainissement"


def test_the_french_call_to_action_leads_to_the_french_about_page(loaded):
    home, _ = loaded
    french_home = home.get_translation(Locale.objects.get(language_code="fr")).specific
    block = next(b for b in french_home.body if b.block_type == "call_to_action")
    assert block.value["page"].specific.title == "À propos de l'alliance"


def test_loading_again_creates_no_duplicates(demo, db):
    """The folder's demo was loaded twice: the second load added nothing."""
    assert counts() == demo.counts_after_first_load
    french = Page.objects.filter(locale__language_code="fr", title="Accueil")
    assert french.count() == 1
    assert StringTranslation.objects.filter(locale__language_code="es", data="Inicio").exists()
    french_theme = Theme.objects.get(slug="financing", locale__language_code="fr")
    assert french_theme.name == "Financement innovant"
