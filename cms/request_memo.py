"""Facts read once per request, by whichever code asks for them, with or without `info`.

The GraphQL view opens a scope around each request's execution; inside it, `per_request`
computes a fact on first use and hands the same value to every later caller (the anonymous
privacy policy's facts, the locale table). Outside a scope (a management command, a signal
handler, a test calling a helper directly) every call computes afresh, so nothing outlives the
request that read it and nothing is ever stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_FACTS: ContextVar[dict | None] = ContextVar("request_facts", default=None)


@contextmanager
def request_scope() -> Iterator[None]:
    token = _FACTS.set({})
    try:
        yield
    finally:
        _FACTS.reset(token)


def per_request(key: str, compute: Callable[[], Any]) -> Any:
    facts = _FACTS.get()
    if facts is None:
        return compute()
    if key not in facts:
        facts[key] = compute()
    return facts[key]
