"""The `breadcrumbs` root field: the trail from the home page to the page being shown."""

import pytest
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SectionPage

CRUMBS_BY_ID = "query ($id: ID) { breadcrumbs(id: $id) { id title url } }"
CRUMBS_BY_PATH = "query ($path: String) { breadcrumbs(urlPath: $path) { title url } }"


@pytest.fixture
def pages(home, make_page):
    about = make_page(home, SectionPage(title="About", slug="about"))
    history = make_page(about, ContentPage(title="History", slug="history"))
    forum = make_page(history, ContentPage(title="Lyon forum", slug="lyon"))
    draft = make_page(about, ContentPage(title="Draft", slug="draft"), publish=False)
    locked = make_page(about, ContentPage(title="Locked", slug="locked"))
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    under_locked = make_page(locked, ContentPage(title="Under locked", slug="under"))
    return locals()


@pytest.mark.django_db
def test_trail_runs_from_home_to_the_page_itself(gql, pages):
    trail = gql.data(CRUMBS_BY_ID, {"id": pages["forum"].pk})["breadcrumbs"]
    assert trail == [
        {"id": str(pages["home"].pk), "title": "Home", "url": "/"},
        {"id": str(pages["about"].pk), "title": "About", "url": "/about/"},
        {"id": str(pages["history"].pk), "title": "History", "url": "/about/history/"},
        {"id": str(pages["forum"].pk), "title": "Lyon forum", "url": "/about/history/lyon/"},
    ]


@pytest.mark.django_db
def test_home_page_trail_is_just_home(gql, pages):
    assert gql.data(CRUMBS_BY_ID, {"id": pages["home"].pk})["breadcrumbs"] == [
        {"id": str(pages["home"].pk), "title": "Home", "url": "/"}
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/about/history/", "about/history", "/about/history"])
def test_url_path_is_relative_to_the_site(gql, pages, path):
    trail = gql.data(CRUMBS_BY_PATH, {"path": path})["breadcrumbs"]
    assert [crumb["title"] for crumb in trail] == ["Home", "About", "History"]


@pytest.mark.django_db
def test_root_path_is_the_home_page(gql, pages):
    assert gql.data(CRUMBS_BY_PATH, {"path": "/"})["breadcrumbs"] == [{"title": "Home", "url": "/"}]


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["draft", "locked", "under_locked"])
def test_hidden_page_is_not_found_like_a_missing_one(gql, pages, name):
    hidden = gql.execute(CRUMBS_BY_ID, {"id": pages[name].pk})
    missing = gql.execute(CRUMBS_BY_ID, {"id": 987654})
    assert hidden["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert hidden["errors"][0]["message"] == missing["errors"][0]["message"]
    assert hidden["data"] is None
    by_path = gql.execute(CRUMBS_BY_PATH, {"path": pages[name].url_path[len("/home") :]})
    assert by_path["errors"][0]["extensions"]["code"] == "NOT_FOUND"


@pytest.mark.django_db
def test_page_under_an_unpublished_ancestor_has_no_trail(gql, pages):
    """The page itself is hidden (its URL would reveal the draft's slug), so no crumbs."""
    pages["history"].unpublish()
    result = gql.execute(CRUMBS_BY_ID, {"id": pages["forum"].pk})
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "variables",
    [{}, {"id": 1, "path": "/about/"}, {"id": "abc"}],
)
def test_bad_arguments_are_typed_errors(gql, pages, variables):
    query = "query ($id: ID, $path: String) { breadcrumbs(id: $id, urlPath: $path) { title } }"
    result = gql.execute(query, variables)
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
