"""Words of page bodies (the StreamField prose of `body` and `intro`) for the database vocabulary.

Bodies are most of a site's text and the costliest part to read, so they are read in bulk (one
`values_list` query per page type, never page by page) and the words of each page are kept in
the cache with the published version they came from: after a publish only the pages whose
version changed are read again. Only pages passed in (the visible ones) are read or returned,
so a page that became private or was unpublished drops out at once.
"""

from __future__ import annotations

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from .text import BODY_FIELDS, flatten, words_of

CACHE_KEY = "search:body-words"
CACHE_SECONDS = 24 * 3600
CHUNK = 500  # ids per query, well under SQLite's limit of bound parameters


def body_fields(model) -> list[str]:
    names = {field.name for field in model._meta.concrete_fields}
    return [name for name in BODY_FIELDS if name in names]


def read_words(pages: list[tuple[int, int]]) -> dict[int, frozenset[str]]:
    """Words of each page's body fields; `pages` holds (page id, content type id) pairs."""
    ids_by_type: dict[int, list[int]] = defaultdict(list)
    for pk, content_type_id in pages:
        ids_by_type[content_type_id].append(pk)
    words: dict[int, frozenset[str]] = {pk: frozenset() for pk, _ in pages}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        fields = body_fields(model) if model else []
        if not fields:
            continue
        for start in range(0, len(ids), CHUNK):
            rows = model.objects.filter(pk__in=ids[start : start + CHUNK]).values_list(
                "pk", *fields
            )
            for pk, *values in rows:
                words[pk] = frozenset(
                    word for value in values for text in flatten(value) for word in words_of(text)
                )
    return words


def body_words(pages) -> dict[int, frozenset[str]]:
    """Words of the body of each page of the queryset `pages`, keyed by page id."""
    rows = pages.values_list("pk", "content_type_id", "live_revision_id", "last_published_at")
    versions = {
        pk: (content_type_id, (revision, published))
        for pk, content_type_id, revision, published in rows
    }
    kept = cache.get(CACHE_KEY) or {}
    current = {
        pk: kept[pk]
        for pk, (_, version) in versions.items()
        if pk in kept and kept[pk][0] == version
    }
    stale = [
        (pk, content_type_id) for pk, (content_type_id, _) in versions.items() if pk not in current
    ]
    if stale or len(current) != len(kept):
        for pk, words in read_words(stale).items():
            current[pk] = (versions[pk][1], words)
        cache.set(CACHE_KEY, current, CACHE_SECONDS)
    return {pk: words for pk, (_, words) in current.items()}
