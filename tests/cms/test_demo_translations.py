"""The demo's translations are real wagtail-localize translations a reader gets in their language.

The demo is loaded once for the module (home, about, news, a few knowledge products, themes and
their translations) inside a transaction rolled back at the end; each test runs in a savepoint.
"""

import pytest
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation

from cms import demo as cms_demo
from cms import demo_translations
from cms.models import Theme
from home import demo as home_demo
from knowledge import demo as knowledge_demo
from news import demo as news_demo


def load_demo(home) -> str:
    """The steps of `load_demo` these tests need, publishing as a committed command would."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        cms_demo.load(home)
        home_demo.load(home)
        news_demo.load(home)
        knowledge_demo.load(home, size=5)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return demo_translations.load(home)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        summary = load_demo(home)
        yield home, summary
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo, db):
    return demo


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


def test_loading_again_creates_no_duplicates(loaded):
    home, _ = loaded
    counts = (Page.objects.count(), Theme.objects.count(), Translation.objects.count())
    load_demo(home)
    assert (Page.objects.count(), Theme.objects.count(), Translation.objects.count()) == counts
    french = Page.objects.filter(locale__language_code="fr", title="Accueil")
    assert french.count() == 1
    assert StringTranslation.objects.filter(locale__language_code="es", data="Inicio").exists()
    french_theme = Theme.objects.get(slug="financing", locale__language_code="fr")
    assert french_theme.name == "Financement innovant"
