"""No root field, relation or count ever reveals drafts, restricted pages or unpublished revisions.

Every secret carries the marker SECRET in a field a query would print; each operation's whole JSON
response is searched for it, so a leak through any field (title, url, slug, summary) fails.
"""

import json
from datetime import date

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, PageViewRestriction

from cities.models import CityIndexPage, CityPartnership, CityProfilePage
from home.models import ContentPage, SectionPage
from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage
from news.models import NewsArticle, NewsIndexPage
from tests.conftest import add_child, translate
from tests.hidden_cities import assert_answered_as_missing

# Privacy holds on production's engine too: this is the walk over every root field and relation.
pytestmark = pytest.mark.both_engines

PAGE_FIELDS = "id title slug url urlPath summary"


@pytest.fixture
def tree(home):
    section = add_child(
        home, SectionPage(title="Public section", slug="section", show_in_menus=True)
    )
    public = add_child(section, ContentPage(title="Open page", slug="open", summary="visible"))
    add_child(section, ContentPage(title="SECRET draft", slug="secret-draft"), publish=False)
    password = add_child(section, ContentPage(title="SECRET password", slug="secret-password"))
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    login = add_child(section, ContentPage(title="SECRET login", slug="secret-login"))
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    group_only = add_child(section, SectionPage(title="SECRET members", slug="secret-members"))
    restriction = PageViewRestriction.objects.create(
        page=group_only, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Members"))
    add_child(group_only, ContentPage(title="SECRET under members", slug="secret-under-members"))

    revised = add_child(section, ContentPage(title="Revised page", slug="revised"))
    revised.title = "SECRET revision"
    revised.summary = "SECRET unpublished summary"
    revised.save_revision()  # a draft of a live page: must never be served

    draft_parent = add_child(home, SectionPage(title="SECRET parent", slug="secret-parent"))
    orphan = add_child(draft_parent, ContentPage(title="Orphan child", slug="orphan"))
    draft_parent.unpublish()

    news = add_child(home, NewsIndexPage(title="News", slug="news"))
    article = add_child(news, NewsArticle(title="SECRET article", slug="secret-article"))
    article.tags.add("SECRET-tag")
    article.save_revision()
    article.unpublish()

    cities = add_child(home, CityIndexPage(title="Member cities", slug="member-cities"))
    lyon = add_child(
        cities, CityProfilePage(title="Lyon", slug="lyon", city_name="Lyon", country="FR")
    )
    hidden_city = add_child(
        cities,
        CityProfilePage(
            title="SECRET city", slug="secret-city", city_name="SECRET city", country="FR"
        ),
        publish=False,
    )
    CityPartnership.objects.create(city=lyon, partner=hidden_city, topic="SECRET link")
    CityPartnership.objects.create(city=hidden_city, partner=lyon, topic="SECRET reverse link")
    knowledge = add_child(home, KnowledgeIndexPage(title="Knowledge", slug="knowledge"))
    report = KnowledgeProductPage(title="Report", slug="report", publication_date=date(2020, 1, 1))
    report.related_cities = [lyon, hidden_city]
    add_child(knowledge, report)
    add_child(
        knowledge,
        KnowledgeProductPage(
            title="SECRET report", slug="secret-report", publication_date=date(2021, 1, 1)
        ),
        publish=False,
    )

    # Translations: a French tree with a draft translation, a draft under a live one, and an
    # unpublished revision of a live translation.
    translate(section, "fr", title="Rubrique publique")
    translate(public, "fr", publish=False, title="SECRET brouillon")
    # from the stored page: `revised` in memory still holds its unpublished draft values
    french_revised = translate(Page.objects.get(pk=revised.pk), "fr", title="Page revue")
    french_revised.title = "SECRET révision"
    french_revised.save_revision()
    translate(login, "fr", publish=False, title="SECRET connexion")
    Redirect.objects.create(old_path="/old-secret", redirect_page=login)
    Redirect.objects.create(old_path="/old-open", redirect_page=public)
    hidden_ids = [p.pk for p in Page.objects.filter(title__startswith="SECRET")]
    hidden_ids += [p.pk for p in Page.objects.filter(live=False, locale__language_code="fr")]
    return {
        "home": home,
        "section": section,
        "public": public,
        "orphan": orphan,
        "revised": revised,
        "hidden_city": hidden_city,
        "hidden_ids": hidden_ids,
    }


def sweep_operations(tree) -> list[tuple[str, dict]]:
    """One operation per way of reaching a page (the coverage test keeps this complete)."""
    relations = (
        f"children {{ {PAGE_FIELDS} }} descendants {{ {PAGE_FIELDS} }} "
        f"siblings {{ {PAGE_FIELDS} }} ancestors {{ {PAGE_FIELDS} }} "
        f"breadcrumbs {{ {PAGE_FIELDS} }} parent {{ {PAGE_FIELDS} }}"
    )
    operations = [
        ("{ sitemap(perPage: 100) { total items { id title url alternates { url } } } }", {}),
        (f"{{ pages(limit: 40) {{ {PAGE_FIELDS} {relations} }} }}", {}),
        (f'{{ pages(searchQuery: "SECRET") {{ {PAGE_FIELDS} }} }}', {}),
        (f"{{ pageListing(perPage: 40) {{ total items {{ {PAGE_FIELDS} {relations} }} }} }}", {}),
        (
            f'{{ search(query: "SECRET") {{ total suggestion hits {{ page {{ {PAGE_FIELDS} }} }} '
            f"facets {{ name buckets {{ value label count }} }} }} }}",
            {},
        ),
        (f'{{ search(query: "page") {{ total hits {{ page {{ {PAGE_FIELDS} }} }} }} }}', {}),
        ('{ suggest(prefix: "SECR") { text page { title } } }', {}),
        ("{ me { __typename } }", {}),
        ("{ redirects { oldPath newUrl page { title url } } }", {}),
        ("{ tags { name } }", {}),
        ("{ sites { rootPage { title } pages { title } } }", {}),
        (f"{{ page(id: {tree['orphan'].pk}) {{ {PAGE_FIELDS} {relations} }} }}", {}),
        (f"{{ page(id: {tree['revised'].pk}) {{ {PAGE_FIELDS} }} }}", {}),
        (f"{{ page(id: {tree['section'].pk}) {{ {PAGE_FIELDS} {relations} }} }}", {}),
    ]
    listing = f"total items {{ {PAGE_FIELDS} }}"
    operations += [
        (f"{{ newsArticles(perPage: 100) {{ {listing} }} }}", {}),
        ("{ newsArticles(perPage: 100) { items { relatedCities { title } } } }", {}),
        (f"{{ events(when: ALL, perPage: 100) {{ {listing} }} }}", {}),
        (
            "{ navigation(depth: 5) { title url children { title url children { title url } } } }",
            {},
        ),
        ("{ siteSettings { name footerLinks { label url } } }", {}),
        (
            '{ site { rootPage { title } pages { title } page(slug: "secret-login") { title } } }',
            {},
        ),
        ("{ settings { ... on SiteSettings { footerLinks { label url } } } }", {}),
        ('{ setting(name: "SiteSettings") { ... on SiteSettings { name } } }', {}),
        (
            f"{{ cities(perPage: 100) {{ {listing} items {{ partnerships "
            f"{{ topic partner {{ {PAGE_FIELDS} }} }} }} }} }}",
            {},
        ),
        (
            f"{{ knowledgeProducts(perPage: 100) {{ {listing} items "
            f"{{ relatedCities {{ {PAGE_FIELDS} }} }} }} }}",
            {},
        ),
        (
            f"{{ page(id: {tree['section'].pk}) "
            f"{{ ... on SectionPage {{ listing {{ {listing} }} }} }} }}",
            {},
        ),
    ]
    for locale in ["fr", "es"]:  # a translated locale, and one that falls back to English
        operations += [
            (f'{{ pages(locale: "{locale}", limit: 40) {{ {PAGE_FIELDS} {relations} }} }}', {}),
            (f'{{ page(urlPath: "/section/open/", locale: "{locale}") {{ {PAGE_FIELDS} }} }}', {}),
            (
                f'{{ page(urlPath: "/section/revised/", locale: "{locale}") {{ {PAGE_FIELDS} }} }}',
                {},
            ),
            (f'{{ page(id: {tree["public"].pk}, locale: "{locale}") {{ {PAGE_FIELDS} }} }}', {}),
            (
                f'{{ page(id: {tree["section"].pk}, locale: "{locale}") '
                f"{{ {PAGE_FIELDS} {relations} translations {{ title url }} }} }}",
                {},
            ),
            (f'{{ search(query: "SECRET", locale: "{locale}") {{ total }} }}', {}),
            (
                f'{{ pageListing(locale: "{locale}", perPage: 100) '
                f"{{ total items {{ {PAGE_FIELDS} }} }} }}",
                {},
            ),
            (
                f'{{ sitemap(locale: "{locale}", perPage: 100) {{ total items '
                "{ id title url alternates { locale url } } } }",
                {},
            ),
        ]
    for pk in tree["hidden_ids"]:
        operations.append((f"{{ breadcrumbs(id: {pk}) {{ title url }} }}", {}))
    for pk in tree["hidden_ids"]:
        operations.append((f"{{ page(id: {pk}) {{ {PAGE_FIELDS} {relations} }} }}", {}))
    for slug in ["secret-draft", "secret-password", "secret-login", "secret-under-members"]:
        operations.append((f'{{ page(slug: "{slug}") {{ title }} }}', {}))
        operations.append((f'{{ page(urlPath: "/section/{slug}/") {{ title }} }}', {}))
    return operations


@pytest.mark.django_db
def test_no_operation_reveals_hidden_content(gql, tree):
    for query, variables in sweep_operations(tree):
        result = gql.execute(query, variables)
        codes = {error.get("extensions", {}).get("code") for error in result.get("errors", [])}
        assert codes <= {"NOT_FOUND"}, f"{query} failed: {result['errors']}"
        body = json.dumps(result)
        assert "SECRET" not in body, f"leak in {query}: {body[:400]}"


@pytest.mark.django_db
def test_filtering_by_a_hidden_city_is_answered_as_a_missing_city(gql, tree):
    for field in ("knowledgeProducts", "newsArticles", "events"):
        query = f"query ($city: ID) {{ {field}(city: $city) {{ total }} }}"
        assert_answered_as_missing(gql, query, tree["hidden_city"])


@pytest.mark.django_db
def test_visible_pages_are_still_served(gql, tree):
    titles = {p["title"] for p in gql.data("{ pages(limit: 100) { title } }")["pages"]}
    assert {"Home", "Public section", "Open page", "Revised page"} <= titles
    assert "Orphan child" not in titles  # live, but its URL would reveal the draft parent
    redirects = gql.data("{ redirects { oldPath } }")["redirects"]
    assert [r["oldPath"] for r in redirects] == ["/old-open"]


@pytest.mark.django_db
def test_live_page_serves_its_published_revision_not_the_draft(gql, tree):
    page = gql.data(f"{{ page(id: {tree['revised'].pk}) {{ title summary }} }}")["page"]
    assert page == {"title": "Revised page", "summary": ""}


@pytest.mark.django_db
def test_live_page_under_a_draft_parent_is_not_served(gql, tree):
    page = gql.data(f"{{ page(id: {tree['orphan'].pk}) {{ title url }} }}")
    assert page["page"] is None


def test_page_types_do_not_expose_editor_internals():
    from cms.graphql.schema import schema

    sdl = str(schema)
    for field in [
        "draftTitle",
        "hasUnpublishedChanges",
        "latestRevisionCreatedAt",
        "aliasOf",
        "lockedAt",
        "goLiveAt",
    ]:
        assert f"  {field}:" not in sdl, field


# Root fields whose privacy is pinned elsewhere, or that serve no page content at all.
ROOT_FIELDS_TESTED_ELSEWHERE = {
    "search": "tests/search/test_privacy.py (both engines)",
    "forumTopic": "tests/forums/test_forum_privacy.py",
    "forums": "tests/forums (members-only forums per requester)",
    "forum": "tests/forums (members-only forums per requester)",
}
ROOT_FIELDS_WITHOUT_PAGES = {
    # Snippets, images, documents and collections have no draft state; documents in
    # view-restricted collections are filtered by grapple itself.
    "collections",
    "document",
    "documentType",
    "documents",
    "documentListing",
    "image",
    "imageType",
    "images",
    "imageListing",
    "snippets",
    "tag",
    "themes",
    "organisations",
    "locales",
}


@pytest.mark.django_db
def test_every_root_field_is_swept_or_accounted_for(tree):
    from cms.graphql.schema import schema

    swept = " ".join(query for query, _ in sweep_operations(tree))
    unaccounted = [
        name
        for name in schema.graphql_schema.query_type.fields
        if f"{name}(" not in swept.replace(" (", "(")
        and f"{{ {name} " not in swept
        and name not in ROOT_FIELDS_TESTED_ELSEWHERE
        and name not in ROOT_FIELDS_WITHOUT_PAGES
    ]
    assert not unaccounted, f"add these root fields to the leak sweep: {unaccounted}"


# Root fields that serve no translatable content, so take no `locale`.
ROOT_FIELDS_WITHOUT_LOCALE = {
    "collections": "language-independent media",
    "document": "language-independent media",
    "documentType": "language-independent media",
    "documents": "language-independent media",
    "documentListing": "language-independent media",
    "image": "language-independent media",
    "imageType": "language-independent media",
    "images": "language-independent media",
    "imageListing": "language-independent media",
    "locales": "lists the locales themselves",
    "me": "the signed-in member's own account",
    "redirects": "old paths are per site, not per language",
    "setting": "grapple's generic settings: siteSettings is the localized one",
    "settings": "grapple's generic settings: siteSettings is the localized one",
    "site": "sites are language-independent; their pages are reached through page(locale)",
    "sites": "sites are language-independent; their pages are reached through page(locale)",
    "snippets": "grapple's raw snippets of every locale; themes and organisations are localized",
    "tag": "tags are free keywords shared by all languages",
    "tags": "tags are free keywords shared by all languages",
}


def test_every_content_root_field_takes_a_locale():
    from cms.graphql.schema import schema

    missing = [
        name
        for name, field in schema.graphql_schema.query_type.fields.items()
        if "locale" not in field.args and name not in ROOT_FIELDS_WITHOUT_LOCALE
    ]
    assert not missing, f"these root fields need a locale argument: {missing}"
