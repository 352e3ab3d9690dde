"""A section (Plone's Folder) lists its visible children, a page of results at a time."""

import pytest
from wagtail.models import PageViewRestriction

from cms.demo_utils import demo_image
from home.models import ContentPage, SectionPage
from tests.query_counts import FEW, MANY

LISTING = """query ($id: ID, $page: Int, $perPage: Int) {
  page(id: $id) {
    ... on SectionPage {
      listing(page: $page, perPage: $perPage) {
        total page perPage pages hasNext hasPrevious
        items {
          id title url pageType
          ... on ContentPage { summary leadImage { url srcSet(sizes: [320, 640]) } }
        }
      }
    }
  }
}"""


@pytest.fixture
def section(home, make_page):
    return make_page(home, SectionPage(title="About", slug="about"))


def listing(gql, section, **variables):
    return gql.data(LISTING, {"id": section.pk, **variables})["page"]["listing"]


@pytest.mark.django_db
def test_lists_visible_children_in_admin_order(gql, section, make_page):
    image = demo_image("Mission picture", 800, 450)
    make_page(section, ContentPage(title="Mission", slug="mission", lead_image=image))
    make_page(section, ContentPage(title="History", slug="history", summary="Since 1996"))
    make_page(section, SectionPage(title="Governance", slug="governance"))
    make_page(section, ContentPage(title="Draft", slug="draft"), publish=False)
    locked = make_page(section, ContentPage(title="Locked", slug="locked"))
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    revised = make_page(section, ContentPage(title="Revised", slug="revised"))
    revised.title = "Unpublished title"
    revised.save_revision()

    result = listing(gql, section)
    assert [item["title"] for item in result["items"]] == [
        "Mission",
        "History",
        "Governance",
        "Revised",
    ]
    assert result["total"] == 4
    assert result["items"][0]["leadImage"]["url"].endswith(".jpg")
    assert result["items"][1]["summary"] == "Since 1996"
    assert result["items"][2]["pageType"] == "SectionPage"


@pytest.mark.django_db
def test_pagination(gql, section, make_page):
    for i in range(5):
        make_page(section, ContentPage(title=f"Page {i}", slug=f"page-{i}"))
    result = listing(gql, section, page=2, perPage=2)
    assert [item["title"] for item in result["items"]] == ["Page 2", "Page 3"]
    assert {k: v for k, v in result.items() if k != "items"} == {
        "total": 5,
        "page": 2,
        "perPage": 2,
        "pages": 3,
        "hasNext": True,
        "hasPrevious": True,
    }
    assert listing(gql, section, page=4, perPage=2)["items"] == []


@pytest.mark.django_db
@pytest.mark.parametrize("variables", [{"page": 0}, {"perPage": 1000}, {"perPage": 0}])
def test_bad_pagination_is_a_typed_error(gql, section, variables):
    result = gql.execute(LISTING, {"id": section.pk, **variables})
    assert result["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


@pytest.mark.django_db
def test_content_pages_list_their_children_too(gql, section, make_page):
    parent = make_page(section, ContentPage(title="Governance", slug="governance"))
    make_page(parent, ContentPage(title="Steering committee", slug="committee"))
    query = (
        "query ($id: ID) { page(id: $id) { ... on ContentPage { listing { items { title } } } } }"
    )
    items = gql.data(query, {"id": parent.pk})["page"]["listing"]["items"]
    assert items == [{"title": "Steering committee"}]


def add_children(section, make_page, first, last):
    """Children numbered first..last-1: pictured content pages and folders, in turn."""
    for i in range(first, last):
        if i % 2:
            make_page(section, SectionPage(title=f"Folder {i}", slug=f"folder-{i}"))
            continue
        image = demo_image(f"Listing picture {i}", 64, 36)
        image.get_renditions("width-320", "width-640")
        make_page(section, ContentPage(title=f"Page {i}", slug=f"page-{i}", lead_image=image))


@pytest.mark.django_db
def test_query_count_is_pinned_for_few_and_many_children(gql, section, make_page):
    add_children(section, make_page, 0, FEW)
    gql.data(LISTING, {"id": section.pk, "perPage": 100})
    few, few_count = gql.count_queries(LISTING, {"id": section.pk, "perPage": 100})
    add_children(section, make_page, FEW, MANY)
    many, many_count = gql.count_queries(LISTING, {"id": section.pk, "perPage": 100})
    assert len(few["page"]["listing"]["items"]) == FEW
    assert len(many["page"]["listing"]["items"]) == MANY
    assert [few_count, many_count] == [15] * 2
