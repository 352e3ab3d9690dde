"""`breadcrumbs(locale)`: the trail of a page's translation, within the locale's own tree."""

import pytest
from wagtail.models import Locale

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, restrict_with_password, translate

pytestmark = pytest.mark.django_db

BY_ID = """query ($id: ID, $locale: String) {
  breadcrumbs(id: $id, locale: $locale) { title url locale direction isFallback }
}"""
BY_PATH = """query ($path: String, $locale: String) {
  breadcrumbs(urlPath: $path, locale: $locale) { title url locale isFallback }
}"""


def summary(trail):
    return [(crumb["title"], crumb["locale"], crumb["isFallback"]) for crumb in trail]


@pytest.fixture
def pages(home):
    about = add_child(home, SectionPage(title="About", slug="about"))
    history = add_child(about, ContentPage(title="History", slug="history"))
    translate(home, "fr", title="Accueil")
    translate(about, "fr", title="À propos", slug="a-propos")
    french_history = translate(history, "fr", title="Histoire", slug="histoire")
    translate(history, "ar", title="التاريخ")  # home and about become aliases in Arabic
    return {"home": home, "about": about, "history": history, "french_history": french_history}


def test_id_and_locale_give_the_trail_of_the_translation(gql, pages):
    trail = gql.data(BY_ID, {"id": pages["history"].pk, "locale": "fr"})["breadcrumbs"]
    assert summary(trail) == [
        ("Accueil", "fr", False),
        ("À propos", "fr", False),
        ("Histoire", "fr", False),
    ]
    assert [crumb["url"] for crumb in trail] == ["/fr/", "/fr/a-propos/", "/fr/a-propos/histoire/"]


def test_id_without_locale_is_the_pages_own_trail(gql, pages):
    trail = gql.data(BY_ID, {"id": pages["french_history"].pk})["breadcrumbs"]
    assert [crumb["title"] for crumb in trail] == ["Accueil", "À propos", "Histoire"]
    trail = gql.data(BY_ID, {"id": pages["history"].pk})["breadcrumbs"]
    assert summary(trail) == [
        ("Home", "en", False),
        ("About", "en", False),
        ("History", "en", False),
    ]


@pytest.mark.parametrize(
    "variables",
    [
        {"path": "/a-propos/histoire/", "locale": "fr"},
        {"path": "/fr/a-propos/histoire/"},
        {"path": "/about/history/", "locale": "fr"},  # a language switcher's English path
    ],
)
def test_url_path_resolves_in_the_locales_tree(gql, pages, variables):
    trail = gql.data(BY_PATH, variables)["breadcrumbs"]
    assert [crumb["title"] for crumb in trail] == ["Accueil", "À propos", "Histoire"]


def test_english_path_is_not_found_in_the_french_tree_without_a_locale(gql, pages):
    result = gql.execute(BY_PATH, {"path": "/a-propos/histoire/"})
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"


def test_missing_translation_falls_back_and_says_so(gql, pages):
    trail = gql.data(BY_ID, {"id": pages["history"].pk, "locale": "es"})["breadcrumbs"]
    assert summary(trail) == [("Home", "en", True), ("About", "en", True), ("History", "en", True)]
    assert trail[-1]["url"] == "/about/history/"


def test_arabic_trail_is_right_to_left_and_marks_untranslated_ancestors(gql, pages):
    trail = gql.data(BY_ID, {"id": pages["history"].pk, "locale": "ar"})["breadcrumbs"]
    # Home and About were copied into the Arabic tree as aliases: English text, so fallbacks.
    assert summary(trail) == [("Home", "en", True), ("About", "en", True), ("التاريخ", "ar", False)]
    assert trail[-1]["direction"] == "RTL"
    assert trail[-1]["url"].startswith("/ar/")


def test_draft_translation_is_never_shown(gql, pages):
    mandate = add_child(pages["about"], ContentPage(title="Mandate", slug="mandate"))
    translate(mandate, "fr", publish=False, title="SECRET mandat", slug="mandat")
    trail = gql.data(BY_ID, {"id": mandate.pk, "locale": "fr"})["breadcrumbs"]
    assert summary(trail)[-1] == ("Mandate", "en", True)
    result = gql.execute(BY_PATH, {"path": "/fr/a-propos/mandat/"})
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert "SECRET" not in str(result)


def test_unpublished_translated_ancestor_hides_the_translation_below_it(gql, pages):
    """The French page under an unpublished French parent is hidden: English stands in."""
    pages["about"].get_translation(Locale.objects.get(language_code="fr")).unpublish()
    trail = gql.data(BY_ID, {"id": pages["history"].pk, "locale": "fr"})["breadcrumbs"]
    assert [crumb["title"] for crumb in trail] == ["Home", "About", "History"]


@pytest.mark.parametrize("locale", ["fr", "es", "ar"])
def test_hidden_pages_stay_not_found_in_every_locale(gql, pages, locale):
    locked = add_child(pages["about"], ContentPage(title="Locked", slug="locked"))
    restrict_with_password(locked)
    draft = add_child(pages["about"], ContentPage(title="Draft", slug="draft"), publish=False)
    for page in [locked, draft]:
        result = gql.execute(BY_ID, {"id": page.pk, "locale": locale})
        assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"
        result = gql.execute(BY_PATH, {"path": f"/about/{page.slug}/", "locale": locale})
        assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"


@pytest.mark.parametrize("query", [BY_ID, BY_PATH])
def test_unknown_locale_is_a_typed_error(gql, pages, query):
    result = gql.execute(query, {"id": pages["history"].pk, "path": "/about/", "locale": "xx"})
    assert result["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
