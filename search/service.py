"""Answering a search: the configured engine, the database when it fails, visible pages only.

This is the only place that chooses an engine. If Elasticsearch cannot answer, the database
engine answers and the response says so: a search never fails because a server is down.
Pages with a pending index update are kept out of Elasticsearch answers (the index may still
hold their old state), and every hit is checked against the visibility rule once more.
A hit is a page in its own locale, never a stand-in for another: it is marked so
(`isFallback: false`), and facet labels (theme names) are in the searched locale's language.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from wagtail.models import Page

from cms.localization import default_language
from cms.visibility import visible_pages

from . import conf
from .backends.base import (
    EngineUnavailable,
    Notice,
    SearchEngine,
    SearchRequest,
    SearchResponse,
    Suggestion,
    get_engine,
)
from .backends.database import DatabaseEngine
from .facets import FacetLabels
from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)


def pending_page_ids() -> frozenset[int] | None:
    """Pages whose index entry may be stale; None when too many to leave out of a query."""
    ids = list(
        PendingIndexUpdate.objects.values_list("page_id", flat=True)[
            : conf.MAX_EXCLUDED_PENDING + 1
        ]
    )
    return None if len(ids) > conf.MAX_EXCLUDED_PENDING else frozenset(ids)


def fallback_notice(reason: str) -> Notice:
    return Notice(
        "ENGINE_FALLBACK",
        f"The search server could not answer ({reason}); results come from the database.",
    )


def answer(run, engine: SearchEngine | None = None):
    """Run `run(engine, exclude_ids)` on the configured engine, else on the database."""
    engine = engine or get_engine()
    if not isinstance(engine, DatabaseEngine):
        pending = pending_page_ids()
        if pending is None:
            return run(DatabaseEngine(), frozenset()), fallback_notice("index is catching up")
        try:
            return run(engine, pending), None
        except EngineUnavailable as error:
            logger.warning("Search engine %s unavailable: %s", engine.name, error)
            return run(DatabaseEngine(), frozenset()), fallback_notice("server unavailable")
    return run(engine, frozenset()), None


def search(request: SearchRequest, engine: SearchEngine | None = None) -> SearchResponse:
    def run(chosen: SearchEngine, exclude_ids: frozenset[int]) -> SearchResponse:
        return chosen.search(replace(request, exclude_ids=exclude_ids))

    response, notice = answer(run, engine)
    if notice:
        response.notices.insert(0, notice)
    attach_pages(response)
    label_buckets(response, request.locale or default_language())
    return response


def suggest(
    prefix: str, locale: str | None, limit: int, engine: SearchEngine | None = None
) -> list[Suggestion]:
    suggestions, _ = answer(lambda chosen, ids: chosen.suggest(prefix, locale, limit, ids), engine)
    pages = visible_specific_pages([s.page_id for s in suggestions])
    kept = []
    for suggestion in suggestions:
        if suggestion.page_id in pages:
            suggestion.page = pages[suggestion.page_id]
            kept.append(suggestion)
    return kept


def visible_specific_pages(ids: list[int]) -> dict[int, Page]:
    """The visible pages among `ids`, specific (each shown in its own locale)."""
    if not ids:
        return {}
    return {page.pk: page for page in visible_pages(Page.objects.filter(pk__in=ids)).specific()}


def attach_pages(response: SearchResponse) -> None:
    pages = visible_specific_pages([hit.page_id for hit in response.hits])
    others = other_language_pages([pk for hit in response.hits for pk in hit.other_page_ids])
    for hit in response.hits:
        hit.page = pages.get(hit.page_id)
        hit.others = [others[pk] for pk in hit.other_page_ids if pk in others]
    response.hits = [hit for hit in response.hits if hit.page is not None]


def other_language_pages(ids: list[int]) -> dict[int, Page]:
    """The visible pages among `ids` (other copies of hits), with their locale: one query."""
    if not ids:
        return {}
    pages = visible_pages(Page.objects.filter(pk__in=ids)).select_related("locale")
    return {page.pk: page for page in pages}


def label_buckets(response: SearchResponse, locale: str) -> None:
    labels = FacetLabels({f.name: [b.value for b in f.buckets] for f in response.facets}, locale)
    for facet in response.facets:
        for bucket in facet.buckets:
            bucket.label = labels.get(facet.name, bucket.value)
