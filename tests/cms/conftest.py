"""Fixtures of the cms tests."""

import uuid

import pytest
from django.core.cache import caches


@pytest.fixture
def redis_cache(settings):
    """The "graphql" cache in Redis, as with REDIS_URL, under a prefix of this test's own."""
    redis = pytest.importorskip("redis")
    url = "redis://127.0.0.1:6379/15"
    server = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        server.ping()
    except redis.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    prefix = f"alliance-test-{uuid.uuid4().hex}"
    settings.CACHES = {
        **settings.CACHES,
        "graphql": {
            "BACKEND": "cms.redis_cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        },
    }
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 300
    yield caches["graphql"]
    # Only this test's keys: clear() would empty the whole Redis database.
    keys = server.keys(f"{prefix}:*")
    if keys:
        server.delete(*keys)
