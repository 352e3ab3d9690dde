"""Automatic persisted queries, Apollo's protocol: a client sends only the sha256 of its query
(`extensions.persistedQuery.sha256Hash`, in a POST body or as the `extensions` parameter of a GET);
when the server does not know it yet, the answer is PERSISTED_QUERY_NOT_FOUND and the client
sends the query once with its hash. Short GET URLs are what lets a CDN cache GraphQL answers.

Queries are kept in the GraphQL cache (GRAPHQL_CACHE): per process by default, Redis with
REDIS_URL. Losing one costs a client one retry, never a wrong answer: a query is stored only
under its own hash.
"""

import hashlib
import json
import re

from django.conf import settings
from django.core.cache import caches

from .errors import BAD_REQUEST, PERSISTED_QUERY_NOT_FOUND

SHA256 = re.compile(r"[0-9a-f]{64}")


class PersistedQueryError(Exception):
    def __init__(self, message: str, code: str, status: int):
        super().__init__(message)
        self.code = code
        self.status = status

    def as_graphql_error(self) -> dict:
        return {"message": str(self), "extensions": {"code": self.code}}


def bad_request(message: str) -> PersistedQueryError:
    return PersistedQueryError(message, BAD_REQUEST, 400)


def requested_hash(request, data) -> str | None:
    """The sha256 the request names, None when it does not use persisted queries."""
    extensions = data.get("extensions") or request.GET.get("extensions")
    if not extensions:
        return None
    if isinstance(extensions, str):
        try:
            extensions = json.loads(extensions)
        except ValueError:
            raise bad_request("`extensions` is not valid JSON.") from None
    persisted = extensions.get("persistedQuery") if isinstance(extensions, dict) else None
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise bad_request("Unsupported persisted query version: use version 1.")
    digest = persisted.get("sha256Hash")
    if not isinstance(digest, str) or not SHA256.fullmatch(digest):
        raise bad_request("`sha256Hash` must be 64 lower-case hexadecimal digits.")
    return digest


def resolve(request, data):
    """`data` with the query filled in from the store for a hash-only request; a query sent with
    its hash is checked against it and stored."""
    digest = requested_hash(request, data)
    if digest is None:
        return data
    store = caches[settings.GRAPHQL_CACHE]
    key = f"graphql:apq:{digest}"
    query = request.GET.get("query") or data.get("query")
    if query:
        if hashlib.sha256(query.encode()).hexdigest() != digest:
            raise bad_request("The provided sha256Hash does not match the query.")
        store.add(key, query, timeout=settings.GRAPHQL_PERSISTED_QUERY_SECONDS)
        return data
    query = store.get(key)
    if query is None:
        raise PersistedQueryError("PersistedQueryNotFound", PERSISTED_QUERY_NOT_FOUND, 200)
    return {**dict(data.items()), "query": query}
