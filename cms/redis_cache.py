"""Django's Redis cache backend, with one Redis client per server instead of one per call.

Django's backend builds a new `redis.Redis` for every cache call, and redis-py fills a table of
about 170 response callbacks each time: on a cached answer (two cache reads) that was about as
much work as the two round trips to Redis. A client is safe to share between threads (each
command takes a connection from the shared pool) and after a fork (the pool reconnects).
"""

from django.core.cache.backends import redis


class ReusedClients(redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:
                self._pools[index] = self._pool_class.from_url(
                    self._servers[index], **self._pool_options
                )
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClients
