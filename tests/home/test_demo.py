"""The demo loaders of the shared snippets and the home page build a believable, stable site."""

import pytest

from cms import demo as cms_demo
from cms.models import Organisation, Person, Theme
from home import demo as home_demo
from home.models import ContentPage, SiteTexts

THEME_SLUGS = {
    "housing",
    "water-sanitation",
    "local-governance",
    "financing",
    "social-inclusion",
    "city-to-city-cooperation",
    "urban-resilience",
    "employment-livelihoods",
}


@pytest.fixture
def loaded(home):
    cms_demo.load(home)
    home_demo.load(home)
    home.refresh_from_db()
    return home


@pytest.mark.django_db
def test_snippets_are_loaded_once(loaded):
    counts = (Theme.objects.count(), Organisation.objects.count(), Person.objects.count())
    assert set(Theme.objects.values_list("slug", flat=True)) == THEME_SLUGS
    assert Organisation.objects.filter(acronym__in=["UNDP", "UNOSSC", "UNITAR"]).count() == 3
    assert cms_demo.load(loaded).startswith("8 themes")
    assert (Theme.objects.count(), Organisation.objects.count(), Person.objects.count()) == counts


@pytest.mark.django_db
def test_about_section_is_in_the_menu(gql, loaded):
    menu = gql.data("{ navigation { title url children { title url } } }")["navigation"]
    about = next(item for item in menu if item["url"] == "/about/")
    assert [child["title"] for child in about["children"]] == [
        "Our mission",
        "History",
        "Governance",
        "Secretariat",
    ]


@pytest.mark.django_db
def test_home_page_shows_key_figures(gql, loaded):
    query = """{ page(urlPath: "/") { ... on HomePage { heroTitle body {
        ... on KeyFiguresBlock { figures { ... on KeyFigureBlock { figure caption } } } } } } }"""
    body = gql.data(query)["page"]["body"]
    figures = [f for block in body for f in block.get("figures", [])]
    assert {"figure": "900+", "caption": "member cities"} in figures
    assert {"figure": "5", "caption": "continents"} in figures


@pytest.mark.django_db
def test_site_settings_have_social_and_footer_links(gql, loaded):
    data = gql.data("{ siteSettings { name socialLinks { network } footerLinks { label url } } }")
    settings = data["siteSettings"]
    assert {link["network"] for link in settings["socialLinks"]} == {"facebook", "linkedin", "x"}
    assert settings["footerLinks"][0] == {"label": "About", "url": "/about/"}
    assert len(settings["footerLinks"]) == 4


@pytest.mark.django_db
def test_loading_twice_changes_nothing(loaded):
    pages = ContentPage.objects.count()
    home_demo.load(loaded)
    assert ContentPage.objects.count() == pages
    assert SiteTexts.objects.get().footer_links.count() == 4
