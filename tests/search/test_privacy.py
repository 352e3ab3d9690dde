"""Nothing unpublished, private, restricted or members-only is ever found, not even counted."""

import json

from wagtail.models import PageViewRestriction

from cities.models import CityProfilePage
from tests.conftest import add_child
from tests.search.conftest import restrict
from tests.search.queries import SUGGEST, facet, search, titles


def secret_free(gql, library):
    """Search and suggest responses for SECRET, serialised, after any hidden page was made."""
    bodies = [
        json.dumps(search(gql, q="SECRET")),
        json.dumps(search(gql, q="secret tenure")),
        json.dumps(search(gql)),
        json.dumps(gql.data(SUGGEST, {"prefix": "SECR"})),
    ]
    return all("SECRET" not in body for body in bodies)


def test_drafts_restricted_and_members_only_pages_never_appear(gql, library, engine):
    library.product("Open tenure report", summary="secure tenure for all")
    library.product("SECRET draft tenure", summary="secret tenure draft", publish=False)
    password = library.product("SECRET password tenure", summary="secret tenure")
    restrict(password, PageViewRestriction.PASSWORD)
    login = library.product("SECRET login tenure", summary="secret tenure")
    restrict(login, PageViewRestriction.LOGIN)
    members = library.product("SECRET members tenure", summary="secret tenure")
    restrict(members, PageViewRestriction.GROUPS)
    revised = library.product("Revised tenure", summary="tenure")
    revised.title = "SECRET revision"
    revised.save_revision()

    assert secret_free(gql, library)
    result = search(gql, q="tenure")
    assert sorted(titles(result)) == ["Open tenure report", "Revised tenure"]
    assert result["total"] == 2
    assert sum(facet(result, "contentType").values()) == 2


def test_a_page_under_a_restricted_section_is_hidden(gql, library, engine):
    restrict(library.knowledge, PageViewRestriction.GROUPS)
    library.product("SECRET under members-only library", summary="secret tenure")
    assert secret_free(gql, library)


def test_unpublished_page_disappears_from_results_and_counts(gql, library, engine):
    page = library.product("Tenure security", summary="tenure")
    assert search(gql, q="tenure")["total"] == 1
    page.unpublish()
    result = search(gql, q="tenure")
    assert (result["total"], result["hits"]) == (0, [])


def test_page_made_private_after_publishing_disappears(gql, library, engine):
    page = library.product("Tenure security", summary="tenure")
    assert search(gql, q="tenure")["total"] == 1
    restrict(page, PageViewRestriction.PASSWORD)
    assert search(gql, q="tenure")["total"] == 0


def test_section_made_members_only_hides_its_pages(gql, library, engine):
    library.product("Tenure security", summary="tenure")
    restrict(library.knowledge, PageViewRestriction.GROUPS)
    assert search(gql, q="tenure")["total"] == 0


def test_deleted_page_disappears(gql, library, engine):
    page = library.product("Tenure security", summary="tenure")
    page.delete()
    assert search(gql, q="tenure")["total"] == 0


def test_draft_city_is_never_a_facet_bucket(gql, library, engine):
    draft = CityProfilePage(
        title="SECRET city", slug="secret-city", city_name="SECRET city", country="NO"
    )
    add_child(library.cities, draft, publish=False)
    library.product("Tenure security", summary="tenure", cities=[draft])
    result = search(gql, q="tenure")
    assert facet(result, "city") == {} and facet(result, "country") == {}
    assert "SECRET" not in json.dumps(result)
