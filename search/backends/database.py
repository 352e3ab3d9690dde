"""The embedded engine: Wagtail's database search backend (SQLite FTS5, PostgreSQL full text).

Full-text matching comes from Wagtail's backend (its index includes the stored text of
products' PDFs); ranking is search.ranking's, with the same field weights as Elasticsearch;
highlights are search.highlighting's, in Elasticsearch's shape. Facet filters are SQL subqueries
and facet counts GROUP BY queries (search.facets); hits, totals and counts are per work
(translation group, search.works). Misspelled words are corrected against the site's own
vocabulary (search.spelling). What this engine cannot do (per-language analysis) is stated in
the response's capabilities and notices.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import chain

from django.db.models import Q, QuerySet
from wagtail.models import Locale, Page
from wagtail.search.query import And, Or, Phrase, PlainText

from cms.visibility import visible_pages

from .. import facets as facet_defs
from .. import ranking, spelling
from ..dates import sort_date_expression
from ..highlighting import highlights
from ..text import WORD
from ..works import by_preference, first_works, in_batches
from .base import (
    Bucket,
    Capabilities,
    Facet,
    Highlight,
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


def highlight(hits: list[Hit], words: set[str]) -> None:
    """Fragments of each hit's title, summary, body and PDF text where `words` occur."""
    rows = Page.objects.filter(pk__in=[hit.page_id for hit in hits])
    pages = {pk: (title, ct) for pk, title, ct in rows.values_list("pk", "title", "content_type")}
    texts = ranking.page_texts([(pk, ct) for pk, (_, ct) in pages.items()])
    for hit in hits:
        title, _ = pages[hit.page_id]
        fields = {"title": title, **texts[hit.page_id]}
        hit.highlights = [Highlight(name, found) for name, found in highlights(fields, words)]


class DatabaseEngine(SearchEngine):
    name = "database"
    capabilities = Capabilities(
        highlights=True,
        suggestions=True,
        typo_tolerance=True,
        language_analysis=False,
        attachment_text=True,
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
        query = scorer = None
        if request.query:
            vocabulary = spelling.vocabulary()
            corrected = spelling.correct(request.query.words, vocabulary)
            if corrected != list(request.query.words):
                suggestion = spelling.corrected_text(
                    request.query.text, request.query.words, corrected
                )
            words = [spelling.variants(word, vocabulary) for word in corrected]
            query = wagtail_query(request.query, words)
            scorer = ranking.Scorer(words, request.query.phrases, vocabulary)
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
        total = selected.values("translation_key").distinct().count()
        hits = self.page_of_hits(request, scope, selected, query, scorer, conditions)
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
        self, request: SearchRequest, scope, selected, query, scorer, conditions: dict[str, Q]
    ) -> list[Hit]:
        """One hit per work (translation group), ranked by its best-ranked matching copy."""
        stop = request.offset + request.per_page
        batch = max(2 * stop, 100)
        scores: dict[str, float] = {}
        if request.sort == "relevance" and query is not None:
            filtered = scope.filter(*conditions.values()) if conditions else scope
            results = filtered.search(query, order_by_relevance=True)
            ranked = ranking.rank(list(results[: ranking.RANK_WINDOW]), scorer)
            for page, score in ranked:
                scores.setdefault(str(page.translation_key), score)
            # Matches past the scored window follow in the database's order.
            rest = in_batches(results, batch, start=ranking.RANK_WINDOW)
            pages = chain((page for page, _ in ranked), rest)
            keys = first_works((str(page.translation_key) for page in pages), stop)
            keys = keys[request.offset :]
        else:
            ordering = ORDERINGS.get(request.sort, ORDERINGS["newest"])
            pages = selected.annotate(sort_date=sort_date_expression()).order_by(*ordering)
            ranked = (
                str(key)
                for key in in_batches(pages.values_list("translation_key", flat=True), batch)
            )
            keys = first_works(ranked, stop)[request.offset :]
        copies = defaultdict(list)
        rows = selected.filter(translation_key__in=keys).values_list(
            "pk", "translation_key", "locale__language_code"
        )
        for pk, key, code in rows:
            copies[str(key)].append((pk, code))
        hits = []
        for key in filter(copies.get, keys):
            chosen, *others = by_preference(copies[key], request.preference)
            hits.append(Hit(chosen, scores.get(key), other_page_ids=others))
        if scorer is not None:
            highlight(hits, scorer.marked)
        return hits

    def suggest(
        self, prefix: str, locale: str | None, limit: int, exclude_ids: frozenset[int] = frozenset()
    ) -> list[Suggestion]:
        prefix = " ".join(WORD.findall(prefix))
        if not prefix:
            return []
        results = self.scope(locale).autocomplete(prefix)[:limit]
        return [Suggestion(page.title, page.pk) for page in results]
