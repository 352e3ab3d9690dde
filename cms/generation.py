"""The content generation (cms.models.ContentGeneration) as the answer cache reads it: on every
anonymous request, cache hits above all, so cheaply, and never stale in any process.

- **A shared cache (Redis, REDIS_URL)** keeps a copy of the number, read with one cache call.
  Every advance raises the copy after its commit to the number the database then holds, and
  only ever raises it (an atomic maximum in Redis), so two publishes finishing in either order
  leave the newest. A copy the cache lost is read again from the database. The copy expires
  with the answers (GRAPHQL_RESPONSE_CACHE_SECONDS): if Redis failed just when a publish tried to
  raise it, the answers it guards are stale no longer than their own time limit.
- **A per-process cache (the local-memory default)** cannot hold it: another worker's publish
  would never reach it. The database stays the only copy every worker sees. On a SQLite file,
  each thread keeps one connection open for this read alone (Django opens and closes one per
  request, which on a WAL database costs milliseconds; the read itself costs microseconds);
  each read is its own read transaction, so it sees every commit of every process.
- Anything else (PostgreSQL without Redis), and a request inside a transaction (tests; only the
  transaction's own connection sees its writes), reads through Django's connection.
"""

import hashlib
import os
import sqlite3
import threading

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connections, router

from .models import ContentGeneration
from .models.content_generation import SINGLETON_PK

# Set KEYS[1] to ARGV[1] unless it already holds a larger number; return what it then holds.
RAISE = """
local held = tonumber(redis.call('GET', KEYS[1]))
local number = tonumber(ARGV[1])
if held ~= nil and held >= number then return held end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
return number
"""
_readers = threading.local()


def current() -> int:
    connection = connections[router.db_for_read(ContentGeneration)]
    if connection.in_atomic_block:
        return ContentGeneration.current()
    cache = caches[settings.GRAPHQL_CACHE]
    if is_redis(cache):
        number = cache.get(copy_key(connection))
        return number if isinstance(number, int) else raise_copy(ContentGeneration.current())
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        return read_sqlite(connection.settings_dict["NAME"])
    return ContentGeneration.current()


def after_advance() -> None:
    """Called on commit of every advance: raise the shared copy to the committed number."""
    if is_redis(caches[settings.GRAPHQL_CACHE]):
        raise_copy(ContentGeneration.current())


def raise_copy(number: int) -> int:
    cache = caches[settings.GRAPHQL_CACHE]
    key = cache.make_and_validate_key(copy_key(connections[router.db_for_read(ContentGeneration)]))
    seconds = max(settings.GRAPHQL_RESPONSE_CACHE_SECONDS, 1)
    return int(redis_client(cache).eval(RAISE, 1, key, number, seconds))


def copy_key(connection) -> str:
    """Per database: two sites sharing a Redis database must not raise each other's number."""
    database = connection.settings_dict
    where = f"{database['ENGINE']}|{database['HOST']}|{database['PORT']}|{database['NAME']}"
    return f"graphql:generation:{hashlib.sha256(where.encode()).hexdigest()[:16]}"


def is_redis(cache) -> bool:
    """Django's Redis backend, or django-redis's."""
    return isinstance(cache, RedisCache) or hasattr(getattr(cache, "client", None), "get_client")


def redis_client(cache):
    if isinstance(cache, RedisCache):
        return cache._cache.get_client(write=True)
    return cache.client.get_client(write=True)


def read_sqlite(path) -> int:
    """The number in the SQLite file at `path`, through this thread's own open connection
    (opened again after a fork, or when the file was replaced)."""
    stat = os.stat(path)
    identity = (os.getpid(), str(path), stat.st_dev, stat.st_ino)
    reader = getattr(_readers, "reader", None)
    if reader is None or reader[0] != identity:
        if reader is not None and reader[0][0] == os.getpid():
            reader[1].close()
        database = sqlite3.connect(path, isolation_level=None)
        database.execute("PRAGMA query_only = 1")
        reader = _readers.reader = (identity, database)
    table = ContentGeneration._meta.db_table
    # fetchall() steps the statement to its end, which ends the read transaction: the next read
    # takes a new snapshot instead of seeing this one.
    rows = reader[1].execute(f'SELECT number FROM "{table}" WHERE id = ?', (SINGLETON_PK,))
    found = rows.fetchall()
    return found[0][0] if found else 0
