"""`navigation(locale)`: the menu of a locale's own tree, with fallbacks marked item by item."""

import pytest
from django.test import override_settings
from wagtail.models import Locale

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, translate
from tests.query_counts import FEW, MANY

pytestmark = pytest.mark.django_db

NAV = """query ($locale: String, $root: ID, $depth: Int) {
  navigation(locale: $locale, root: $root, depth: $depth) {
    id title url locale direction isFallback
    children { title url locale isFallback }
  }
}"""


def menu(gql, **variables):
    return gql.data(NAV, variables)["navigation"]


def summary(items):
    return [(item["title"], item["locale"], item["isFallback"]) for item in items]


@pytest.fixture
def tree(home):
    """About (translated to fr and ar) > History (fr, ar) and Mission (English only)."""
    about = add_child(home, SectionPage(title="About", slug="about", show_in_menus=True))
    history = add_child(about, ContentPage(title="History", slug="history", show_in_menus=True))
    mission = add_child(about, ContentPage(title="Mission", slug="mission", show_in_menus=True))
    contact = add_child(home, ContentPage(title="Contact", slug="contact", show_in_menus=True))
    translate(about, "fr", title="À propos", slug="a-propos")
    translate(history, "fr", title="Histoire", slug="histoire")
    translate(about, "ar", title="من نحن")
    translate(history, "ar", title="التاريخ")
    return {"about": about, "history": history, "mission": mission, "contact": contact}


def test_menu_is_the_requested_locales_tree(gql, tree):
    items = menu(gql, locale="fr")
    assert summary(items) == [("À propos", "fr", False)]
    assert items[0]["url"] == "/fr/a-propos/"
    assert items[0]["direction"] == "LTR"
    assert summary(items[0]["children"]) == [("Histoire", "fr", False)]
    assert items[0]["children"][0]["url"] == "/fr/a-propos/histoire/"


def test_default_locale_menu_is_unchanged_and_says_english(gql, tree):
    items = menu(gql)
    assert summary(items) == [("About", "en", False), ("Contact", "en", False)]
    assert summary(items[0]["children"]) == [("History", "en", False), ("Mission", "en", False)]


def test_untranslated_alias_is_marked_as_a_fallback_in_its_sources_language(gql, tree):
    """A page wagtail-localize keeps in the French tree as an alias (locale sync, or a parent
    copied for a translated child) shows English text: the item says so."""
    french = Locale.objects.get(language_code="fr")
    tree["mission"].copy_for_translation(french, alias=True)
    tree["contact"].copy_for_translation(french, alias=True)
    items = menu(gql, locale="fr")
    assert summary(items) == [("À propos", "fr", False), ("Contact", "en", True)]
    assert items[1]["url"] == "/fr/contact/"
    assert summary(items[0]["children"]) == [("Histoire", "fr", False), ("Mission", "en", True)]


def test_locale_without_a_tree_falls_back_along_the_chain(gql, tree):
    items = menu(gql, locale="es")
    assert summary(items) == [("About", "en", True), ("Contact", "en", True)]
    assert items[0]["url"] == "/about/"


@override_settings(CONTENT_LOCALE_FALLBACKS={"es": ["fr"]})
def test_fallback_chain_setting_picks_the_tree(gql, tree):
    assert summary(menu(gql, locale="es")) == [("À propos", "fr", True)]


def test_arabic_menu_is_right_to_left(gql, tree):
    items = menu(gql, locale="ar")
    assert (items[0]["title"], items[0]["direction"], items[0]["locale"]) == ("من نحن", "RTL", "ar")
    assert items[0]["children"][0]["title"] == "التاريخ"


def test_draft_translations_never_appear(gql, tree):
    translate(tree["mission"], "fr", publish=False, title="SECRET Mission brouillon")
    body = str(menu(gql, locale="fr", depth=5))
    assert "SECRET" not in body
    assert "Mission" not in body


def test_a_locale_whose_home_is_unpublished_falls_back(gql, tree):
    french_home = tree["about"].get_translation(Locale.objects.get(language_code="fr"))
    french_home = french_home.get_parent()
    french_home.unpublish()
    items = menu(gql, locale="fr")
    assert summary(items) == [("About", "en", True), ("Contact", "en", True)]
    assert "Histoire" not in str(items)


def test_root_with_locale_uses_the_roots_translation(gql, tree):
    items = menu(gql, root=tree["about"].pk, locale="fr")
    assert summary(items) == [("Histoire", "fr", False)]
    items = menu(gql, root=tree["about"].pk, locale="es")
    assert summary(items) == [("History", "en", True), ("Mission", "en", True)]


def test_root_without_locale_keeps_the_roots_own_locale(gql, tree):
    french_about = tree["about"].get_translation(Locale.objects.get(language_code="fr"))
    assert summary(menu(gql, root=french_about.pk)) == [("Histoire", "fr", False)]


def test_hidden_root_stays_not_found_in_every_locale(gql, tree):
    draft = add_child(tree["about"], ContentPage(title="Draft", slug="draft"), publish=False)
    for locale in [None, "fr", "es"]:
        result = gql.execute(NAV, {"root": draft.pk, "locale": locale})
        assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_unknown_locale_is_a_typed_error(gql, tree):
    result = gql.execute(NAV, {"locale": "xx"})
    assert result["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
    assert result["data"] is None


def add_sections(parent, first: int, last: int, children: int):
    for s in range(first, last):
        section = add_child(
            parent, SectionPage(title=f"Section {s}", slug=f"s{s}", show_in_menus=True)
        )
        for c in range(children):
            add_child(section, ContentPage(title=f"Page {s}.{c}", slug=f"p{c}", show_in_menus=True))


def test_query_count_is_the_same_for_few_and_many_items(gql, home):
    french_home = translate(home, "fr", title="Accueil")
    add_sections(french_home, 0, 1, children=2)  # FEW items: a section and its 2 pages
    add_sections(home, 0, 1, children=0)
    gql.data(NAV, {"locale": "fr"})  # warm per-process caches (content types)
    few, few_count = gql.count_queries(NAV, {"locale": "fr"})
    add_sections(french_home, 1, 4, children=2)  # MANY items: four sections of 2 pages
    many, many_count = gql.count_queries(NAV, {"locale": "fr"})
    _, english_count = gql.count_queries(NAV)
    assert sum(1 + len(item["children"]) for item in few["navigation"]) == FEW
    assert sum(1 + len(item["children"]) for item in many["navigation"]) == MANY
    assert {item["locale"] for item in many["navigation"]} == {"fr"}
    assert (few_count, many_count, english_count) == (4, 4, 4)
