"""How the answer cache reads the content generation (cms.generation): cheaply on a cache hit,
and never a number older than the last commit, whichever process made it.

The other processes' side is tested on gunicorn's workers in test_production_server."""

import json
import sqlite3

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms import generation
from cms.models import ContentGeneration
from home.models import ContentPage
from tests.conftest import add_child

QUERY = "query ($id: ID) { page(id: $id) { title } }"


def ask(client, page):
    body = json.dumps({"query": QUERY, "variables": {"id": page.pk}})
    response = client.post("/graphql/", data=body, content_type="application/json")
    assert response.status_code == 200
    return response["X-Cache"], response.json()["data"]["page"]["title"]


def write_generation(path, number: int) -> None:
    """What a publish in another process commits."""
    with sqlite3.connect(path) as other:
        other.execute(
            f"UPDATE {ContentGeneration._meta.db_table} SET number = ? WHERE id = 1", (number,)
        )


def test_the_kept_sqlite_connection_sees_every_later_commit(tmp_path):
    path = tmp_path / "site.sqlite3"
    with sqlite3.connect(path) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute(f"CREATE TABLE {ContentGeneration._meta.db_table} (id, number)")
        setup.execute(f"INSERT INTO {ContentGeneration._meta.db_table} VALUES (1, 7)")
    assert generation.read_sqlite(path) == 7
    write_generation(path, 8)
    assert generation.read_sqlite(path) == 8
    # A database file replaced under a running server (a demo reset) is opened again.
    path.unlink()
    with sqlite3.connect(path) as fresh:
        fresh.execute(f"CREATE TABLE {ContentGeneration._meta.db_table} (id, number)")
    assert generation.read_sqlite(path) == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_with_redis_a_hit_asks_the_database_nothing_and_a_publish_is_seen_at_once(
    client, home, redis_cache
):
    page = add_child(home, ContentPage(title="Water", slug="water"))
    assert ask(client, page) == ("MISS", "Water")
    with CaptureQueriesContext(connection) as hit:
        assert ask(client, page) == ("HIT", "Water")
    assert hit.captured_queries == []

    page.title = "Water and sanitation"
    page.save_revision().publish()
    assert ask(client, page) == ("MISS", "Water and sanitation")
    assert redis_cache.get(generation.copy_key(connection)) == ContentGeneration.current()

    # Redis lost the copy (evicted, restarted): it is read again from the database.
    redis_cache.delete(generation.copy_key(connection))
    assert ask(client, page) == ("HIT", "Water and sanitation")
    assert redis_cache.get(generation.copy_key(connection)) == ContentGeneration.current()


@pytest.mark.django_db
def test_the_redis_copy_only_ever_rises(redis_cache):
    """Two publishes whose commits finish in either order leave the newer number."""
    assert generation.raise_copy(8) == 8
    assert generation.raise_copy(7) == 8
    assert redis_cache.get(generation.copy_key(connection)) == 8


def test_redis_cache_calls_share_one_client(redis_cache):
    """Django's backend built a Redis client (and its callback table) for every cache call."""
    redis_cache.set("graphql:probe", 1)
    assert redis_cache.get("graphql:probe") == 1
    assert redis_cache._cache.get_client() is redis_cache._cache.get_client(write=True)
