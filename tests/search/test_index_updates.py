"""The index follows the database: background updates, retries after an outage, commands."""

import socket
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from search.client import get_client
from search.indexing import drift
from search.models import PendingIndexUpdate
from tests.search.queries import notice_codes, search, titles

pytestmark = pytest.mark.usefixtures("elasticsearch")


@pytest.fixture
def es_library(elasticsearch, home):
    """The library, indexed; the home page predates the test's index, so start with a rebuild."""
    from search.indexing import rebuild
    from tests.search.conftest import Library

    library = Library(home)
    rebuild()
    return library


def dead_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def run_worker():
    call_command(
        "db_worker", "--backend", "search", "--batch", "--no-startup-delay", "--interval", "0"
    )


def test_publish_is_indexed_at_once_and_leaves_nothing_pending(gql, es_library):
    es_library.product("Tenure security", summary="tenure")
    assert PendingIndexUpdate.objects.count() == 0
    assert drift().clean
    assert search(gql, q="tenure")["engine"] == "elasticsearch"


def test_moved_page_follows_its_new_parents_visibility(gql, es_library):
    from wagtail.models import PageViewRestriction

    from home.models import SectionPage
    from tests.conftest import add_child
    from tests.search.conftest import restrict

    page = es_library.product("Tenure security", summary="tenure")
    private = add_child(es_library.home, SectionPage(title="Private", slug="private"))
    restrict(private, PageViewRestriction.LOGIN)
    es_library.knowledge.move(private, pos="last-child")
    assert search(gql, q="tenure")["total"] == 0
    assert drift().clean
    assert page.pk not in drift().extra


def test_search_server_down_answers_from_the_database(gql, es_library, settings):
    es_library.product("Tenure security", summary="tenure")
    settings.ELASTICSEARCH_URL = dead_url()
    result = search(gql, q="tenure")
    assert result["engine"] == "database"
    assert titles(result) == ["Tenure security"]
    assert notice_codes(result)[0] == "ENGINE_FALLBACK"


def test_missing_index_answers_from_the_database(gql, es_library, settings):
    es_library.product("Tenure security", summary="tenure")
    settings.SEARCH_ELASTICSEARCH_INDEX = "no-such-index"
    result = search(gql, q="tenure")
    assert (result["engine"], titles(result)) == ("database", ["Tenure security"])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_update_lost_to_an_outage_is_retried_until_the_index_matches(gql, es_library, settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "search": {"BACKEND": "django_tasks_db.DatabaseBackend"},
    }
    live_url = settings.ELASTICSEARCH_URL
    settings.ELASTICSEARCH_URL = dead_url()

    page = es_library.product("Tenure security", summary="tenure")  # publishing succeeds
    assert page.live
    run_worker()
    pending = PendingIndexUpdate.objects.get(page_id=page.pk)
    assert pending.attempts == 1 and pending.last_error
    retry = DBTaskResult.objects.filter(status="READY").get()
    assert retry.run_after > timezone.now()  # retried later, not in a busy loop

    settings.ELASTICSEARCH_URL = live_url  # the server is back
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())  # time passes
    run_worker()
    assert not PendingIndexUpdate.objects.exists()
    assert drift().clean
    result = search(gql, q="tenure")
    assert (result["engine"], titles(result)) == ("elasticsearch", ["Tenure security"])


def test_a_page_with_a_pending_update_is_kept_out_of_elasticsearch_answers(gql, es_library):
    page = es_library.product("Tenure security", summary="tenure")
    PendingIndexUpdate.objects.create(page_id=page.pk)  # e.g. made private, not yet synced
    assert search(gql, q="tenure")["total"] == 0


def test_rebuild_swaps_the_alias_to_a_new_complete_index(es_library, settings):
    for n in range(3):
        es_library.product(f"Tenure report {n}", summary="tenure")
    client = get_client()
    before = set(client.indices.get_alias(name=settings.SEARCH_ELASTICSEARCH_INDEX).body)
    out = StringIO()
    call_command("search_index", "rebuild", stdout=out)
    after = set(client.indices.get_alias(name=settings.SEARCH_ELASTICSEARCH_INDEX).body)
    assert len(after) == 1 and after != before
    assert not client.indices.exists(index=before.pop())
    assert "Indexed 7 of 7 visible pages" in out.getvalue()  # home, 3 sections, 3 products
    assert drift().clean


def test_check_reports_drift_and_fix_repairs_it(es_library, settings):
    page = es_library.product("Tenure security", summary="tenure")
    get_client().delete(index=settings.SEARCH_ELASTICSEARCH_INDEX, id=page.pk, refresh=True)
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("search_index", "check", stdout=out)
    assert f"1 missing from the index: {page.pk}" in out.getvalue()
    call_command("search_index", "check", "--fix", stdout=StringIO())
    out = StringIO()
    call_command("search_index", "check", stdout=out)
    assert "No drift." in out.getvalue()
