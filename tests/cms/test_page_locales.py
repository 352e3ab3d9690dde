"""`page`, `pages` and `locales`: locale arguments, per-locale trees and the fallback chain."""

import pytest
from django.test import override_settings
from wagtail.models import Locale

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, translate
from tests.query_counts import FEW, MANY

PAGE = "id title locale direction isFallback requestedLocale url translations { locale title url }"


@pytest.fixture
def about(home):
    section = add_child(home, SectionPage(title="About", slug="about"))
    page = add_child(section, ContentPage(title="History", slug="history"))
    for code, title in [("fr", "Histoire"), ("ar", "التاريخ")]:
        translate(section, code, title={"fr": "À propos", "ar": "من نحن"}[code])
        translate(page, code, title=title)
    return page


def test_url_path_resolves_within_the_requested_locale_tree(gql, about):
    data = gql.data(f'{{ page(urlPath: "/about/history/", locale: "fr") {{ {PAGE} }} }}')
    page = data["page"]
    assert (page["title"], page["locale"], page["isFallback"]) == ("Histoire", "fr", False)
    assert page["url"].startswith("/fr/")
    assert {t["locale"]: t["title"] for t in page["translations"]} == {
        "en": "History",
        "fr": "Histoire",
        "ar": "التاريخ",
    }


def test_language_prefix_in_the_path_selects_the_locale(gql, about):
    fr_url = gql.data('{ page(urlPath: "/about/history/", locale: "fr") { url } }')["page"]["url"]
    data = gql.data(f'{{ page(urlPath: "{fr_url}") {{ title locale }} }}')
    assert data["page"] == {"title": "Histoire", "locale": "fr"}


def test_arabic_pages_are_right_to_left(gql, about):
    page = gql.data(f'{{ page(urlPath: "/about/history/", locale: "ar") {{ {PAGE} }} }}')["page"]
    assert (page["title"], page["direction"]) == ("التاريخ", "RTL")


def test_missing_translation_falls_back_and_says_so(gql, about):
    page = gql.data(f'{{ page(urlPath: "/about/history/", locale: "es") {{ {PAGE} }} }}')["page"]
    assert page["title"] == "History"
    assert (page["locale"], page["isFallback"], page["requestedLocale"]) == ("en", True, "es")


@override_settings(CONTENT_LOCALE_FALLBACKS={"es": ["fr"]})
def test_the_fallback_chain_is_a_setting(gql, about):
    page = gql.data(f'{{ page(urlPath: "/about/history/", locale: "es") {{ {PAGE} }} }}')["page"]
    assert (page["title"], page["locale"], page["isFallback"]) == ("Histoire", "fr", True)


def test_page_by_id_answers_in_the_requested_locale(gql, about):
    page = gql.data(f'{{ page(id: {about.pk}, locale: "fr") {{ title locale }} }}')["page"]
    assert page == {"title": "Histoire", "locale": "fr"}


def test_pages_never_mix_locales(gql, about):
    titles = {p["title"] for p in gql.data('{ pages(locale: "fr") { title } }')["pages"]}
    assert {"Histoire", "À propos"} <= titles
    assert "History" not in titles
    assert {p["locale"] for p in gql.data("{ pages { locale } }")["pages"]} == {"en"}


def test_draft_translation_is_never_served(gql, about):
    section = about.get_parent()
    draft = translate(
        add_child(section, ContentPage(title="Mandate", slug="mandate")),
        "es",
        publish=False,
        title="SECRET borrador",
    )
    assert not draft.live
    result = gql.data('{ page(urlPath: "/about/mandate/", locale: "es") { title isFallback } }')
    assert result["page"] == {"title": "Mandate", "isFallback": True}
    assert "SECRET" not in str(gql.data('{ pages(locale: "es") { title } }'))


def test_unknown_locale_is_a_typed_error(gql, about):
    result = gql.execute('{ page(urlPath: "/about/", locale: "xx") { title } }')
    assert result["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
    assert "Known locales: en, fr" in result["errors"][0]["message"]


def test_locales_lists_the_configured_languages(gql):
    locales = gql.data("{ locales { code direction fallbacks isDefault } }")["locales"]
    assert [item["code"] for item in locales] == ["en", "fr", "es", "ar", "zh-hans", "ru"]
    arabic = next(item for item in locales if item["code"] == "ar")
    assert arabic == {"code": "ar", "direction": "RTL", "fallbacks": ["en"], "isDefault": False}


@pytest.mark.parametrize("count", [FEW, MANY])
def test_translations_of_listed_pages_cost_the_same_for_few_and_many(gql, home, count):
    section = add_child(home, SectionPage(title="Folder", slug="folder"))
    for number in range(count):
        page = add_child(section, ContentPage(title=f"Page {number}", slug=f"page-{number}"))
        if number % 2:
            translate(page, "fr", title=f"Page {number} (fr)")
    query = f"{{ pages(parent: {section.pk}, limit: 100) {{ title translations {{ locale }} }} }}"
    data, queries = gql.count_queries(query)
    assert len(data["pages"]) == count
    assert sum(len(p["translations"]) for p in data["pages"]) == count + count // 2
    assert queries == 8  # the same for FEW and MANY pages; one reads the privacy facts


def test_restricting_a_page_hides_its_translations_too(gql, about):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    for locale in ["en", "fr", "ar"]:
        query = f'{{ page(urlPath: "/about/history/", locale: "{locale}") {{ title }} }}'
        assert gql.data(query)["page"] is None
        titles = str(gql.data(f'{{ pages(locale: "{locale}", limit: 100) {{ title }} }}'))
        assert "History" not in titles and "Histoire" not in titles and "التاريخ" not in titles


def test_an_untranslated_alias_parent_is_served_as_an_english_fallback(gql, home):
    programmes = add_child(home, SectionPage(title="Programmes", slug="programmes"))
    slums = add_child(programmes, ContentPage(title="Slum upgrading", slug="slums"))
    translate(slums, "fr", title="Amélioration des quartiers")  # creates the French parent
    query = '{ page(urlPath: "/programmes/", locale: "fr") { title locale isFallback } }'
    assert gql.data(query)["page"] == {"title": "Programmes", "locale": "en", "isFallback": True}
    child = '{ page(urlPath: "/programmes/slums/", locale: "fr") { title locale isFallback } }'
    assert gql.data(child)["page"] == {
        "title": "Amélioration des quartiers",
        "locale": "fr",
        "isFallback": False,
    }


def test_slug_prefers_the_requested_locale_then_falls_back(gql, about):
    french = gql.data('{ page(slug: "history", locale: "fr") { title locale } }')["page"]
    assert french == {"title": "Histoire", "locale": "fr"}
    spanish = gql.data('{ page(slug: "history", locale: "es") { title isFallback } }')["page"]
    assert spanish == {"title": "History", "isFallback": True}


def test_a_prefixed_path_asked_for_in_another_locale_gives_that_translation(gql, about):
    fr_url = gql.data('{ page(urlPath: "/about/history/", locale: "fr") { url } }')["page"]["url"]
    query = f'{{ page(urlPath: "{fr_url}", locale: "ar") {{ title locale }} }}'
    assert gql.data(query)["page"] == {"title": "التاريخ", "locale": "ar"}


def test_a_page_in_no_locale_of_the_chain_answers_as_itself_marked(gql, about):
    french_section = about.get_parent().get_translation(Locale.objects.get(language_code="fr"))
    only_french = add_child(french_section, ContentPage(title="Édito", slug="edito"))
    query = f'{{ page(id: {only_french.pk}, locale: "es") {{ title locale isFallback }} }}'
    assert gql.data(query)["page"] == {"title": "Édito", "locale": "fr", "isFallback": True}


def test_url_path_is_the_public_path_that_page_takes_back(gql, about):
    """Not Wagtail's tree path (/home/about/..., /accueil/...): the path a visitor sees."""
    query = '{ page(urlPath: "/about/history/", locale: "fr") { url urlPath } }'
    page = gql.data(query)["page"]
    assert page["urlPath"] == page["url"] == "/fr/about/history/"
    again = gql.data(f'{{ page(urlPath: "{page["urlPath"]}") {{ title }} }}')
    assert again["page"]["title"] == "Histoire"
