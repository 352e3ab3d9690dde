"""Every root field with a `locale` argument checks it, and answers an untranslated locale
from the fallback chain, saying so. Domain tests pin each field's own rules; this one makes
sure no root field is left out (a new one must be added to OPERATIONS)."""

import datetime

import pytest

from events.models import EventIndexPage, EventPage
from home.models import ContentPage, SectionPage
from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage
from news.models import NewsArticle, NewsIndexPage
from tests.conftest import add_child

# Root field -> an operation taking $locale, and where in the answer `isFallback` is found
# for a reader of a locale nothing was translated into (None: the field does not fall back).
OPERATIONS = {
    "page": ('page(urlPath: "/about/", locale: $locale) { isFallback }', "page"),
    "pages": ("pages(locale: $locale) { isFallback }", "pages.0"),
    "navigation": ("navigation(locale: $locale) { isFallback }", "navigation.0"),
    "breadcrumbs": (
        'breadcrumbs(urlPath: "/about/team/", locale: $locale) { isFallback }',
        "breadcrumbs.0",
    ),
    "siteSettings": ("siteSettings(locale: $locale) { isFallback }", "siteSettings"),
    "newsArticles": ("newsArticles(locale: $locale) { isFallback }", "newsArticles"),
    "events": ("events(locale: $locale) { isFallback }", "events"),
    "cities": ("cities(locale: $locale) { isFallback }", "cities"),
    "knowledgeProducts": ("knowledgeProducts(locale: $locale) { isFallback }", "knowledgeProducts"),
    "forums": ("forums(locale: $locale) { __typename }", None),
    "forum": ("forum(id: 1, locale: $locale) { __typename }", None),
    "forumTopic": ("forumTopic(id: 1, locale: $locale) { __typename }", None),
    "themes": ("themes(locale: $locale) { isFallback }", "themes.0"),
    "organisations": ("organisations(locale: $locale) { __typename }", None),
    "search": ('search(query: "team", locale: $locale) { total }', None),
    "suggest": ('suggest(prefix: "te", locale: $locale) { text }', None),
    "sitemap": ("sitemap(locale: $locale) { total }", None),
    "pageListing": ("pageListing(locale: $locale) { total }", None),
}


def run(gql, field: str, locale: str) -> dict:
    selection, _ = OPERATIONS[field]
    return gql.execute(f"query ($locale: String) {{ {selection} }}", {"locale": locale})


def dig(data, path: str):
    for part in path.split("."):
        data = data[int(part)] if part.isdigit() else data[part]
    return data


@pytest.fixture
def english_only(home, theme, make_city):
    """One item of every kind, in English only."""
    section = add_child(home, SectionPage(title="About", slug="about", show_in_menus=True))
    add_child(section, ContentPage(title="Team", slug="team", show_in_menus=True))
    theme("housing")
    make_city("Lyon")
    news = add_child(home, NewsIndexPage(title="News", slug="news"))
    add_child(news, NewsArticle(title="Summit opens", slug="summit"))
    events = add_child(home, EventIndexPage(title="Events", slug="events"))
    start = datetime.datetime(2030, 6, 1, 9, tzinfo=datetime.UTC)
    add_child(events, EventPage(title="Mayors forum", slug="forum", start=start))
    knowledge = add_child(home, KnowledgeIndexPage(title="Knowledge", slug="knowledge"))
    product = KnowledgeProductPage(
        title="Report", slug="report", publication_date=datetime.date(2020, 1, 1)
    )
    add_child(knowledge, product)


def test_every_root_field_with_a_locale_is_listed_here():
    from cms.graphql.schema import schema

    with_locale = {
        name
        for name, field in schema.graphql_schema.query_type.fields.items()
        if "locale" in field.args
    }
    assert with_locale == set(OPERATIONS)


@pytest.mark.django_db
@pytest.mark.parametrize("field", sorted(OPERATIONS))
def test_an_unknown_locale_is_a_typed_error(gql, field):
    result = run(gql, field, "klingon")
    assert result["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
    assert "Known locales: en, fr, es, ar, zh-hans, ru" in result["errors"][0]["message"]


@pytest.mark.parametrize("field", sorted(name for name, (_, path) in OPERATIONS.items() if path))
def test_an_untranslated_locale_is_answered_by_the_fallback(gql, english_only, field):
    _, path = OPERATIONS[field]
    for locale, fallback in [("en", False), ("es", True), ("ar", True)]:
        result = run(gql, field, locale)
        assert not result.get("errors"), result
        answer = dig(result["data"], path)
        assert answer["isFallback"] is fallback, (field, locale, answer)
