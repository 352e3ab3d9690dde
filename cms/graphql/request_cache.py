"""Per-request memo for resolvers: shared lookups are computed once per GraphQL request."""

from collections.abc import Callable
from typing import Any


def request_cache(info, key: str, compute: Callable[[], Any]) -> Any:
    """Return `compute()` memoised on the request object (info.context) under `key`."""
    store = getattr(info.context, "_graphql_cache", None)
    if store is None:
        store = {}
        try:
            info.context._graphql_cache = store
        except AttributeError:  # a context that takes no attributes (schema.execute in a shell)
            return compute()
    if key not in store:
        store[key] = compute()
    return store[key]
