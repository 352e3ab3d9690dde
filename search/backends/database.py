"""The embedded engine: Wagtail's database search backend (SQLite FTS5, PostgreSQL full text).

Full-text matching and ranking come from Wagtail's backend; facet filters are SQL subqueries and
facet counts GROUP BY queries (search.facets), so the answer has the same shape as
Elasticsearch's. Misspelled words are corrected against the site's own vocabulary
(search.spelling). What this engine cannot do (highlights, per-language analysis, PDF text) is
stated in the response's capabilities and notices.
"""

from __future__ import annotations

from django.db.models import Q, QuerySet
from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, Phrase, PlainText

from cms.visibility import visible_pages

from .. import facets as facet_defs
from .. import spelling
from ..dates import sort_date_expression
from ..spelling import WORD
from .base import (
    Bucket,
    Capabilities,
    Facet,
    Hit,
    Notice,
    ParsedQuery,
    SearchEngine,
    SearchRequest,
    SearchResponse,
    Suggestion,
)

FACET_SIZE = 50
ORDERINGS = {
    "newest": ("-sort_date", "-pk"),
    "oldest": ("sort_date", "pk"),
    "title": ("title", "pk"),
}


def wagtail_query(query: ParsedQuery, words: list[list[str]]):
    """Phrases must match; each word matches itself or one of its known variants."""
    # Only word characters reach the database's full-text syntax (FTS5 and tsquery operators).
    phrases = [" ".join(WORD.findall(phrase)) for phrase in query.phrases]
    parts = [Phrase(phrase) for phrase in phrases if phrase]
    cleaned = [
        [" ".join(WORD.findall(v)) for v in variants if WORD.search(v)] for variants in words
    ]
    for variants in filter(None, cleaned):
        options = [PlainText(variant) for variant in variants]
        parts.append(options[0] if len(options) == 1 else Or(options))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


class DatabaseEngine(SearchEngine):
    name = "database"
    capabilities = Capabilities(
        highlights=False,
        suggestions=True,
        typo_tolerance=True,
        language_analysis=False,
        attachment_text=False,
    )

    def scope(self, locale: str | None) -> QuerySet:
        pages = visible_pages(Page.objects.all())
        if not locale:
            return pages
        found = Locale.objects.filter(language_code=locale).first()
        return pages.filter(locale=found) if found else pages.none()

    def search(self, request: SearchRequest) -> SearchResponse:
        notices = self.unavailable_notices()
        scope = self.scope(request.locale)
        suggestion = None
        query = None
        if request.query:
            vocabulary = spelling.vocabulary()
            corrected = spelling.correct(request.query.words, vocabulary)
            if corrected != list(request.query.words):
                suggestion = spelling.corrected_text(
                    request.query.text, request.query.words, corrected
                )
            words = [spelling.variants(word, vocabulary) for word in corrected]
            query = wagtail_query(request.query, words)
        matched = (
            scope.filter(
                pk__in=scope.search(query, order_by_relevance=False).get_queryset().values("pk")
            )
            if query is not None
            else scope.none()
            if request.query
            else scope
        )
        conditions = {
            name: facet_defs.filter_q(name, values)
            for name, values in request.filters.items()
            if values
        }
        selected = matched.filter(*conditions.values()) if conditions else matched
        total = selected.count()
        hits = self.page_of_hits(request, scope, selected, query, conditions)
        facet_list = []
        for name in facet_defs.FACETS:
            others = [c for n, c in conditions.items() if n != name]
            counts = facet_defs.count(name, matched.filter(*others) if others else matched)
            chosen = set(request.filters.get(name, ()))
            buckets = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:FACET_SIZE]
            facet_list.append(
                Facet(name, [Bucket(value, n, selected=value in chosen) for value, n in buckets])
            )
        if suggestion and total:
            notices.append(Notice("CORRECTED", f"Showing results for: {suggestion}"))
        return SearchResponse(
            total=total,
            hits=hits,
            facets=facet_list,
            engine=self.name,
            capabilities=self.capabilities,
            suggestion=suggestion,
            notices=notices,
        )

    def page_of_hits(
        self, request: SearchRequest, scope, selected, query, conditions: dict[str, Q]
    ) -> list[Hit]:
        start, stop = request.offset, request.offset + request.per_page
        if request.sort == "relevance" and query is not None:
            filtered = scope.filter(*conditions.values()) if conditions else scope
            results = filtered.search(query, order_by_relevance=True).annotate_score("_score")
            return [Hit(page.pk, abs(page._score or 0.0)) for page in results[start:stop]]
        ordering = ORDERINGS.get(request.sort, ORDERINGS["newest"])
        pages = selected.annotate(sort_date=sort_date_expression()).order_by(*ordering)
        return [Hit(pk) for pk in pages.values_list("pk", flat=True)[start:stop]]

    def suggest(
        self, prefix: str, locale: str | None, limit: int, exclude_ids: frozenset[int] = frozenset()
    ) -> list[Suggestion]:
        prefix = " ".join(WORD.findall(prefix))
        if not prefix:
            return []
        results = self.scope(locale).autocomplete(prefix)[:limit]
        return [Suggestion(page.title, page.pk) for page in results]
