"""Themes and organisations in the reader's language: root fields, fallbacks, nested in pages."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.models import Organisation, Theme
from news.models import NewsArticle, NewsIndexPage
from tests.conftest import add_child, translate
from tests.query_counts import FEW, MANY

THEMES = "themes(locale: $locale) { slug name description locale isFallback }"


def translate_snippet(snippet, code: str, **fields):
    translated = snippet.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


@pytest.fixture
def housing(db):
    theme = Theme.objects.create(name="Housing", slug="housing", description="Homes for all")
    translate_snippet(theme, "fr", name="Logement", description="Un toit pour tous")
    translate_snippet(theme, "ar", name="الإسكان", description="مسكن للجميع")
    return theme


@pytest.fixture
def water(db):
    return Theme.objects.create(name="Water", slug="water", description="Taps and pipes")


def themes(gql, locale):
    data = gql.data(f"query($locale: String) {{ {THEMES} }}", {"locale": locale})
    return {theme["slug"]: theme for theme in data["themes"]}


def test_themes_answer_in_the_requested_locale_with_the_same_slug(gql, housing, water):
    french = themes(gql, "fr")
    assert french["housing"] == {
        "slug": "housing",
        "name": "Logement",
        "description": "Un toit pour tous",
        "locale": "fr",
        "isFallback": False,
    }
    assert themes(gql, "ar")["housing"]["name"] == "الإسكان"
    assert Theme.objects.filter(slug="housing").count() == 3  # one row per locale, one slug


def test_each_theme_is_listed_once_and_untranslated_ones_fall_back(gql, housing, water):
    french = gql.data('{ themes(locale: "fr") { slug } }')["themes"]
    assert sorted(theme["slug"] for theme in french) == ["housing", "water"]
    assert themes(gql, "fr")["water"] == {
        "slug": "water",
        "name": "Water",
        "description": "Taps and pipes",
        "locale": "en",
        "isFallback": True,
    }


def test_spanish_falls_back_to_english(gql, housing):
    theme = themes(gql, "es")["housing"]
    assert (theme["name"], theme["locale"], theme["isFallback"]) == ("Housing", "en", True)


def test_without_locale_the_default_language_answers(gql, housing):
    theme = themes(gql, None)["housing"]
    assert (theme["name"], theme["locale"], theme["isFallback"]) == ("Housing", "en", False)


def test_unknown_locale_is_a_clear_error(gql, housing):
    for field in ("themes", "organisations"):
        result = gql.execute(f'{{ {field}(locale: "xx") {{ name }} }}')
        error = result["errors"][0]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
        assert "xx" in error["message"] and "fr" in error["message"]


def test_organisations_answer_in_the_requested_locale(gql, db):
    unhabitat = Organisation.objects.create(name="UN-Habitat", description="UN agency")
    translate_snippet(unhabitat, "fr", name="ONU-Habitat", description="Agence de l'ONU")
    Organisation.objects.create(name="Slum Dwellers International")
    query = "query($l: String) { organisations(locale: $l) { name description locale isFallback } }"
    french = gql.data(query, {"l": "fr"})["organisations"]
    assert {org["name"]: (org["locale"], org["isFallback"]) for org in french} == {
        "ONU-Habitat": ("fr", False),
        "Slum Dwellers International": ("en", True),
    }
    english = gql.data(query, {"l": "en"})["organisations"]
    assert [org["name"] for org in english] == ["Slum Dwellers International", "UN-Habitat"]


@pytest.fixture
def news_index(home):
    return add_child(home, NewsIndexPage(title="News", slug="news"))


def article(news_index, title: str, themes, day: int = 1, slug: str = "") -> NewsArticle:
    page = add_child(
        news_index,
        NewsArticle(title=title, slug=slug or f"a-{day}", date=datetime.date(2024, 1, day)),
        publish=False,
    )
    page.themes.set(themes)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


PAGE_THEMES = """query($id: ID, $locale: String) {
  page(id: $id, locale: $locale) {
    title locale ... on NewsArticle { themes { slug name locale isFallback } }
  }
}"""


def test_a_french_page_names_its_themes_in_french(gql, news_index, housing, water):
    source = article(news_index, "Slum upgrading", [housing, water])
    translated = translate(source, "fr", title="Amélioration des bidonvilles")
    assert set(translated.themes.all()) == {housing, water}  # the source-locale rows

    page = gql.data(PAGE_THEMES, {"id": source.pk, "locale": "fr"})["page"]
    assert (page["title"], page["locale"]) == ("Amélioration des bidonvilles", "fr")
    assert {t["slug"]: (t["name"], t["locale"], t["isFallback"]) for t in page["themes"]} == {
        "housing": ("Logement", "fr", False),
        "water": ("Water", "en", True),
    }
    english = gql.data(PAGE_THEMES, {"id": source.pk, "locale": "en"})["page"]
    assert {t["name"] for t in english["themes"]} == {"Housing", "Water"}


def test_theme_filter_finds_french_articles_by_the_shared_slug(gql, news_index, housing):
    translate(article(news_index, "Slum upgrading", [housing]), "fr", title="Bidonvilles")
    query = '{ newsArticles(locale: "fr", theme: "housing") { items { title } } }'
    assert gql.data(query)["newsArticles"]["items"] == [{"title": "Bidonvilles"}]


LISTING = """query($perPage: Int) {
  themes(locale: "fr") { name locale isFallback }
  organisations(locale: "fr") { name }
  newsArticles(locale: "fr", perPage: $perPage) {
    items { title themes { name locale isFallback } }
  }
}"""


def seed(news_index, start: int, stop: int) -> None:
    """Themes, organisations and articles numbered start..stop-1, each also in French."""
    for n in range(start, stop):
        theme = Theme.objects.create(name=f"Theme {n}", slug=f"theme-{n}")
        translate_snippet(theme, "fr", name=f"Thème {n}")
        organisation = Organisation.objects.create(name=f"Organisation {n}")
        translate_snippet(organisation, "fr", name=f"Organisation {n} (fr)")
        source = article(news_index, f"Article {n}", [theme], day=1 + n % 28, slug=f"article-{n}")
        translate(source, "fr", title=f"Article {n} (fr)")


def queries_for(gql, per_page: int) -> int:
    gql.data(LISTING, {"perPage": per_page})  # warm-up: renditions, site root paths
    with CaptureQueriesContext(connection) as ctx:
        data = gql.data(LISTING, {"perPage": per_page})
    items = data["newsArticles"]["items"]
    assert len(items) == per_page
    assert all(
        (theme["name"].startswith("Thème"), theme["locale"]) == (True, "fr")
        for item in items
        for theme in item["themes"]
    )
    assert len(data["themes"]) == len(data["organisations"]) >= per_page
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_snippets_and_pages(gql, news_index):
    seed(news_index, 0, FEW)
    few = queries_for(gql, FEW)
    seed(news_index, FEW, MANY)
    assert [few, queries_for(gql, MANY)] == [13] * 2
