"""Server-side cache of anonymous GraphQL answers, per query, variables, operation, address and
language.

Answers are stored under the current content generation (cms.models.ContentGeneration, read as
cms.generation says), which cms.content_changes advances on every publish, unpublish, move,
delete, privacy change and document or image change: a stored answer can never outlive the
content it shows. Saving a draft changes nothing a reader sees and keeps the cache. Answers to
signed-in members (an Authorization header, valid or not), previews and mutations are never
stored; nor are answers with errors.
The time limit (GRAPHQL_RESPONSE_CACHE_SECONDS) bounds answers that depend on the clock
(upcoming events).
"""

import hashlib
import json

from django.conf import settings
from django.core.cache import caches
from django.utils.translation import get_language

from cms import generation


def enabled() -> bool:
    return settings.GRAPHQL_RESPONSE_CACHE_SECONDS > 0


def is_anonymous(request) -> bool:
    return not request.META.get("HTTP_AUTHORIZATION")


def mark_private(info) -> None:
    """Called by resolvers whose answer is for one person only (a preview of a draft)."""
    info.context._graphql_private = True


def is_private(request) -> bool:
    return getattr(request, "_graphql_private", False)


def cache_key(request, query: str, variables, operation_name) -> str:
    identity = json.dumps(
        [query, variables, operation_name, request.build_absolute_uri("/"), get_language()],
        sort_keys=True,
        default=str,
    )
    digest = hashlib.sha256(identity.encode()).hexdigest()
    return f"graphql:answer:{generation.current()}:{digest}"


def get(key: str) -> str | None:
    return caches[settings.GRAPHQL_CACHE].get(key)


def store(key: str, answer: str) -> None:
    caches[settings.GRAPHQL_CACHE].set(key, answer, timeout=settings.GRAPHQL_RESPONSE_CACHE_SECONDS)
