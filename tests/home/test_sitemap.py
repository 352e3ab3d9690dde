"""The `sitemap` root field: what a frontend turns into sitemap.xml with hreflang alternates."""

from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SectionPage
from tests.conftest import restrict_with_password

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
SITEMAP = """
query ($locale: String, $page: Int, $perPage: Int) {
  sitemap(locale: $locale, page: $page, perPage: $perPage) {
    total pages hasNext locale
    items { id title pageType url lastModified alternates { locale url } }
  }
}
"""


@pytest.fixture
def site(home, make_page, make_translation):
    about = make_page(home, SectionPage(title="About", slug="about"))
    history = make_page(about, ContentPage(title="History", slug="history"))
    make_page(about, ContentPage(title="Draft plans", slug="plans"), publish=False)
    restrict_with_password(make_page(about, ContentPage(title="Board minutes", slug="board")))
    members = make_page(about, SectionPage(title="Members area", slug="members"))
    restriction = PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Members"))
    make_page(members, ContentPage(title="Member directory", slug="directory"))
    hidden_parent = make_page(home, SectionPage(title="Old section", slug="old"))
    make_page(hidden_parent, ContentPage(title="Orphaned page", slug="orphan"))
    hidden_parent.unpublish()
    make_translation(about, "fr", title="À propos", slug="a-propos")
    make_translation(history, "fr", publish=False, title="Histoire", slug="histoire")
    return {"about": about, "history": history}


@pytest.mark.django_db
def test_lists_visible_pages_with_urls_dates_and_visible_alternates(gql, home, site):
    sitemap = gql.data(SITEMAP)["sitemap"]

    by_title = {item["title"]: item for item in sitemap["items"]}
    assert list(by_title) == [home.title, "About", "History"]
    assert sitemap["total"] == 3
    about = by_title["About"]
    assert about["url"] == "/about/"
    assert about["pageType"] == "SectionPage"
    assert about["lastModified"].startswith(str(site["about"].last_published_at.date()))
    assert about["alternates"] == [
        {"locale": "en", "url": "/about/"},
        {"locale": "fr", "url": "/fr/a-propos/"},
    ]
    # The French history is a draft: no alternate points at it.
    assert by_title["History"]["alternates"] == [{"locale": "en", "url": "/about/history/"}]


@pytest.mark.django_db
def test_drafts_restricted_pages_and_pages_under_a_draft_are_absent(gql, site):
    printed = str(gql.data(SITEMAP)) + str(gql.data(SITEMAP, {"locale": "fr"}))

    for hidden in ("Draft plans", "Board minutes", "Members area", "Member directory"):
        assert hidden not in printed
    for hidden in ("Old section", "Orphaned page", "Histoire", "histoire"):
        assert hidden not in printed


@pytest.mark.django_db
def test_each_locale_lists_its_own_pages(gql, site):
    french = gql.data(SITEMAP, {"locale": "fr"})["sitemap"]

    assert french["locale"] == "fr"
    assert [item["url"] for item in french["items"]] == ["/fr/", "/fr/a-propos/"]
    assert french["items"][1]["alternates"][0] == {"locale": "en", "url": "/about/"}


@pytest.mark.django_db
def test_paginated_like_other_listings(gql, home, make_page):
    for number in range(5):
        make_page(home, ContentPage(title=f"Page {number}", slug=f"page-{number}"))

    first = gql.data(SITEMAP, {"perPage": 4})["sitemap"]
    second = gql.data(SITEMAP, {"perPage": 4, "page": 2})["sitemap"]

    assert (first["total"], first["pages"], first["hasNext"]) == (6, 2, True)
    assert len(first["items"]) == 4
    assert second["hasNext"] is False
    assert len(second["items"]) == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("variables", "field"),
    [({"locale": "xx"}, "locale"), ({"perPage": 1000}, "perPage"), ({"page": 0}, "page")],
)
def test_bad_arguments_are_typed_errors(gql, site, variables, field):
    error = gql.execute(SITEMAP, variables)["errors"][0]

    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == field


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_pages(gql, home, make_page, make_translation):
    def add_pages(count: int, start: int):
        for number in range(start, start + count):
            page = make_page(home, ContentPage(title=f"Page {number}", slug=f"page-{number}"))
            make_translation(page, "fr", title=f"Page fr {number}")

    add_pages(3, 0)
    few, few_queries = gql.count_queries(SITEMAP)
    add_pages(9, 3)
    many, many_queries = gql.count_queries(SITEMAP)

    assert (few["sitemap"]["total"], many["sitemap"]["total"]) == (4, 13)
    assert all(len(item["alternates"]) == 2 for item in many["sitemap"]["items"][1:])
    assert [few_queries, many_queries] == [5] * 2


@pytest.mark.django_db
def test_the_reference_site_serves_sitemap_xml_with_hreflang_alternates(client, home, site):
    response = client.get("/site/sitemap.xml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    body = response.content.decode()
    tree = ElementTree.fromstring(response.content)
    locs = [loc.text for loc in tree.iter(f"{{{SITEMAP_NS}}}loc")]
    assert locs == [
        "http://testserver/site/",
        "http://testserver/site/about/",
        "http://testserver/site/about/history/",
        "http://testserver/site/fr/",  # the French home wagtail-localize made for the French page
        "http://testserver/site/fr/a-propos/",
    ]
    about = next(url for url in tree if url.find(f"{{{SITEMAP_NS}}}loc").text.endswith("/about/"))
    alternates = {
        link.get("hreflang"): link.get("href") for link in about.iter(f"{{{XHTML_NS}}}link")
    }
    assert alternates == {
        "en": "http://testserver/site/about/",
        "fr": "http://testserver/site/fr/a-propos/",
        "x-default": "http://testserver/site/about/",
    }
    for hidden in ("plans", "board", "members", "directory", "old", "orphan", "histoire"):
        assert f"/{hidden}/" not in body
