"""The `navigation` root field: the menu tree a frontend renders in its header."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SectionPage
from news.models import NewsIndexPage
from tests.query_counts import FEW, MANY

NAV = """query ($depth: Int, $root: ID) {
  navigation(depth: $depth, root: $root) {
    id title slug url pageType level
    children { title url level children { title children { title } } }
  }
}"""


def titles(items):
    return [item["title"] for item in items]


@pytest.fixture
def site(home, make_page):
    about = make_page(home, SectionPage(title="About", slug="about", show_in_menus=True))
    make_page(about, ContentPage(title="Mission", slug="mission", show_in_menus=True))
    history = make_page(about, ContentPage(title="History", slug="history", show_in_menus=True))
    make_page(history, ContentPage(title="Lyon 1998", slug="lyon", show_in_menus=True))
    make_page(about, ContentPage(title="Not in menus", slug="quiet"))
    make_page(about, ContentPage(title="Draft", slug="draft", show_in_menus=True), publish=False)
    password = make_page(about, ContentPage(title="Password", slug="password", show_in_menus=True))
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    members = make_page(home, SectionPage(title="Members", slug="members", show_in_menus=True))
    restriction = PageViewRestriction.objects.create(
        page=members, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Members")[0])
    make_page(members, ContentPage(title="Members area", slug="area", show_in_menus=True))
    hidden_parent = make_page(home, SectionPage(title="Off menu", slug="off"))
    make_page(hidden_parent, ContentPage(title="Under off menu", slug="under", show_in_menus=True))
    make_page(home, NewsIndexPage(title="News", slug="news", show_in_menus=True))
    return {"about": about, "history": history}


@pytest.mark.django_db
def test_default_menu_has_two_levels_of_visible_menu_pages_in_tree_order(gql, site):
    menu = gql.data(NAV)["navigation"]
    assert titles(menu) == ["About", "News"]
    about = menu[0]
    assert about["url"] == "/about/"
    assert about["pageType"] == "SectionPage"
    assert about["level"] == 1
    assert titles(about["children"]) == ["Mission", "History"]
    assert about["children"][1] == {
        "title": "History",
        "url": "/about/history/",
        "level": 2,
        "children": [],
    }


@pytest.mark.django_db
def test_depth_controls_how_deep_the_tree_goes(gql, site):
    assert all(item["children"] == [] for item in gql.data(NAV, {"depth": 1})["navigation"])
    deep = gql.data(NAV, {"depth": 3})["navigation"]
    history = deep[0]["children"][1]
    assert titles(history["children"]) == ["Lyon 1998"]


@pytest.mark.django_db
def test_order_follows_the_admin_tree(gql, site):
    site["history"].move(site["about"], pos="first-child")
    menu = gql.data(NAV)["navigation"]
    assert titles(menu[0]["children"]) == ["History", "Mission"]


@pytest.mark.django_db
@pytest.mark.parametrize("depth", [0, 6, -1])
def test_depth_out_of_range_is_a_typed_error(gql, site, depth):
    result = gql.execute(NAV, {"depth": depth})
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert result["data"] is None


@pytest.mark.django_db
def test_root_argument_starts_the_menu_below_that_page(gql, site):
    menu = gql.data(NAV, {"root": site["about"].pk, "depth": 2})["navigation"]
    assert titles(menu) == ["Mission", "History"]
    assert menu[1]["level"] == 1
    assert titles(menu[1]["children"]) == ["Lyon 1998"]


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["draft", "password", "members", "area"])
def test_hidden_root_is_not_found(gql, site, slug):
    from wagtail.models import Page

    page = Page.objects.get(slug=slug)
    result = gql.execute(NAV, {"root": page.pk})
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"
    assert result["data"] is None


@pytest.mark.django_db
def test_hidden_pages_never_appear(gql, site):
    body = str(gql.data(NAV, {"depth": 5}))
    for hidden in ["Draft", "Password", "Members", "Not in menus", "Off menu", "Under off"]:
        assert hidden not in body


@pytest.mark.django_db
def test_unpublishing_a_section_removes_it_and_its_children(gql, site):
    site["about"].unpublish()
    assert titles(gql.data(NAV)["navigation"]) == ["News"]


def add_sections(home, make_page, first: int, last: int, children: int):
    for s in range(first, last):
        section = make_page(
            home, SectionPage(title=f"Section {s}", slug=f"s{s}", show_in_menus=True)
        )
        for c in range(children):
            make_page(section, ContentPage(title=f"Page {s}.{c}", slug=f"p{c}", show_in_menus=True))


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_tree(gql, home, make_page):
    add_sections(home, make_page, 0, 1, children=2)  # FEW items: a section and its 2 pages
    gql.data(NAV)  # warm per-process caches (content types)
    small, small_count = gql.count_queries(NAV)
    add_sections(home, make_page, 1, 4, children=2)  # MANY items: four sections of 2 pages
    large, large_count = gql.count_queries(NAV)
    assert sum(1 + len(item["children"]) for item in small["navigation"]) == FEW
    assert sum(1 + len(item["children"]) for item in large["navigation"]) == MANY
    assert len(large["navigation"]) == 4
    assert [small_count, large_count] == [4] * 2
