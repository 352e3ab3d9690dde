"""The Elasticsearch 8 engine: per-language analysis, typo tolerance, highlights, facets.

Facet counts use one filter aggregation per facet holding every active filter but its own;
the hits themselves are filtered by a post_filter, so each facet shows what choosing one of
its values would give.
"""

from __future__ import annotations

import logging

from elastic_transport import TransportError
from elasticsearch import ApiError

from .. import conf
from ..client import get_client
from ..documents import HIGHLIGHTED, TEXT_FIELDS, field_name
from ..facets import FACETS
from ..languages import analyzed_languages
from ..ranking import NAVIGATION_TYPES, NAVIGATION_WEIGHT
from ..works import by_preference
from .base import (
    Bucket,
    Capabilities,
    EngineUnavailable,
    Facet,
    Highlight,
    Hit,
    SearchEngine,
    SearchRequest,
    SearchResponse,
    Suggestion,
)

logger = logging.getLogger(__name__)

FACET_SIZE = 50
UNSTEMMED_BOOST = 0.5
# Copies of one work a hit can list: one per content language is the most there can be.
MAX_COPIES = 20
# Below this many works Elasticsearch counts distinct values exactly (40,000 is its maximum).
EXACT_COUNT = 40_000
SORTS = {
    "newest": [{"date": {"order": "desc", "missing": "_last"}}, "_score"],
    "oldest": [{"date": {"order": "asc", "missing": "_last"}}, "_score"],
    "title": [{"sort_title": "asc"}],
}


def text_fields() -> list[str]:
    return [
        f"{field_name(field, group)}^{boost:g}"
        for field, boost in TEXT_FIELDS.items()
        for group in analyzed_languages()
    ]


def text_query(request: SearchRequest) -> dict:
    """Words match with typo tolerance in any field; "quoted phrases" must appear as written."""
    fields = text_fields()
    must = [
        {"multi_match": {"query": phrase, "type": "phrase", "fields": fields}}
        for phrase in request.query.phrases
    ]
    should = []
    words = request.query.free_text
    if words:
        # Each word may match in any field, with typos; most words must match somewhere.
        per_word = [
            {
                "multi_match": {
                    "query": word,
                    # `spell` holds the words unstemmed: a typo is a few letters from the word
                    # as written, often further from its stem ("sanitaton" / "sanit").
                    "fields": [*fields, f"spell^{UNSTEMMED_BOOST:g}"],
                    "type": "best_fields",
                    "fuzziness": "AUTO",
                    "prefix_length": 1,
                    # A stopword ("du", "de") must not make the whole query fail.
                    "zero_terms_query": "all",
                }
            }
            for word in request.query.words
        ]
        must.append({"bool": {"should": per_word, "minimum_should_match": "3<75%"}})
        # Words that appear together rank above the same words scattered.
        should.append(
            {"multi_match": {"query": words, "type": "phrase", "slop": 2, "fields": fields}}
        )
    return {"bool": {"must": must, "should": should}}


def weighted(query: dict) -> dict:
    """Navigation pages (home, section and index pages) count for less than content."""
    navigation = {"terms": {"content_type": list(NAVIGATION_TYPES)}}
    return {
        "function_score": {
            "query": query,
            "functions": [{"filter": navigation, "weight": NAVIGATION_WEIGHT}],
            "score_mode": "multiply",
            "boost_mode": "multiply",
        }
    }


def facet_filter(name: str, values: tuple[str, ...]) -> dict:
    return {"terms": {f"facet_{name}": list(values)}}


def base_filters(request: SearchRequest) -> list[dict]:
    filters = []
    if request.locale:
        filters.append({"term": {"locale": request.locale}})
    if request.exclude_ids:
        filters.append({"bool": {"must_not": {"ids": {"values": sorted(request.exclude_ids)}}}})
    return filters


def works() -> dict:
    """Distinct translation groups: what totals and facet buckets count."""
    return {"cardinality": {"field": "translation_key", "precision_threshold": EXACT_COUNT}}


def filtered(filters: list[dict]) -> dict:
    return {"bool": {"filter": filters}} if filters else {"match_all": {}}


def aggregations(request: SearchRequest) -> dict:
    active = [facet_filter(n, v) for n, v in request.filters.items() if v]
    aggs = {"works": {"filter": filtered(active), "aggs": {"count": works()}}}
    for name in FACETS:
        others = [facet_filter(n, v) for n, v in request.filters.items() if n != name and v]
        terms = {
            "field": f"facet_{name}",
            "size": FACET_SIZE,
            "order": [{"works": "desc"}, {"_key": "asc"}],
        }
        aggs[name] = {
            "filter": filtered(others),
            "aggs": {"values": {"terms": terms, "aggs": {"works": works()}}},
        }
    return aggs


def collapse(request: SearchRequest) -> dict:
    """One hit per work; its matching copies come along to pick the language shown (and its
    highlights)."""
    copies = {"name": "copies", "size": MAX_COPIES, "_source": False, "fields": ["locale"]}
    if request.query:
        copies["highlight"] = highlight_spec()
    return {"field": "translation_key", "inner_hits": copies}


def work_hit(raw: dict, preference: tuple[str, ...]) -> Hit:
    """The hit of one collapsed work: its copy in the most preferred language, the others listed."""
    copies = raw["inner_hits"]["copies"]["hits"]["hits"] or [raw]
    by_id = {int(copy["_id"]): copy for copy in copies}
    located = [(page_id, copy["fields"]["locale"][0]) for page_id, copy in by_id.items()]
    chosen, *others = by_preference(located, preference)
    shown = by_id[chosen].get("highlight") or {}
    return Hit(chosen, raw.get("_score"), highlights(shown), other_page_ids=others)


def highlight_spec() -> dict:
    fields = {
        field_name(field, group): {"number_of_fragments": 0 if field == "title" else 3}
        for field in HIGHLIGHTED
        for group in analyzed_languages()
    }
    return {
        "fields": fields,
        "pre_tags": ["<mark>"],
        "post_tags": ["</mark>"],
        "encoder": "html",
        "fragment_size": 160,
        "require_field_match": False,
    }


def highlights(raw: dict) -> list[Highlight]:
    merged: dict[str, list[str]] = {}
    for name, fragments in (raw or {}).items():
        field = name.rsplit("_", 1)[0]
        merged.setdefault(field, [])
        merged[field] += [f for f in fragments if f not in merged[field]]
    return [Highlight(field, merged[field]) for field in HIGHLIGHTED if field in merged]


def facets(request: SearchRequest, raw: dict) -> list[Facet]:
    result = []
    for name in FACETS:
        buckets = raw.get(name, {}).get("values", {}).get("buckets", [])
        selected = set(request.filters.get(name, ()))
        result.append(
            Facet(
                name,
                [
                    Bucket(str(b["key"]), b["works"]["value"], selected=str(b["key"]) in selected)
                    for b in buckets
                ],
            )
        )
    return result


def suggestion(text: str, raw: list[dict]) -> str | None:
    """Each misspelled word replaced by the index's most likely correction."""
    corrected = text
    for entry in sorted(raw or [], key=lambda e: e["offset"], reverse=True):
        if entry["options"]:
            start, end = entry["offset"], entry["offset"] + entry["length"]
            corrected = corrected[:start] + entry["options"][0]["text"] + corrected[end:]
    return corrected if corrected.lower() != text.lower() else None


class ElasticsearchEngine(SearchEngine):
    name = "elasticsearch"
    capabilities = Capabilities(
        highlights=True,
        suggestions=True,
        typo_tolerance=True,
        language_analysis=True,
        attachment_text=True,
    )

    def __init__(self, client=None, index: str | None = None):
        self.client = client or get_client()
        self.index = index or conf.index_alias()

    def body(self, request: SearchRequest) -> dict:
        query = {"bool": {"filter": base_filters(request)}}
        if request.query:
            query["bool"]["must"] = [weighted(text_query(request))]
        body = {
            "query": query,
            "from": request.offset,
            "size": request.per_page,
            "track_total_hits": True,
            "_source": False,
            "aggs": aggregations(request),
            "collapse": collapse(request),
        }
        active = [facet_filter(n, v) for n, v in request.filters.items() if v]
        if active:
            body["post_filter"] = {"bool": {"filter": active}}
        sort = SORTS.get(request.sort) or (None if request.query else SORTS["newest"])
        if sort:
            body["sort"] = sort
        if request.query.words:
            # `missing`: only a word the index does not hold gets a correction; `popular` also
            # "corrected" real words to commoner lookalikes ("forum" -> "from").
            body["suggest"] = {
                "text": request.query.free_text,
                "spelling": {"term": {"field": "spell", "suggest_mode": "missing"}},
            }
        return body

    def search(self, request: SearchRequest) -> SearchResponse:
        try:
            raw = self.client.search(index=self.index, **self.body(request)).body
        except (ApiError, TransportError) as error:
            raise EngineUnavailable(str(error)) from error
        hits = [work_hit(hit, request.preference) for hit in raw["hits"]["hits"]]
        spelling = raw.get("suggest", {}).get("spelling")
        return SearchResponse(
            total=raw["aggregations"]["works"]["count"]["value"],
            hits=hits,
            facets=facets(request, raw.get("aggregations", {})),
            engine=self.name,
            capabilities=self.capabilities,
            suggestion=suggestion(request.query.free_text, spelling) if spelling else None,
        )

    def suggest(
        self, prefix: str, locale: str | None, limit: int, exclude_ids: frozenset[int] = frozenset()
    ) -> list[Suggestion]:
        request = SearchRequest(query=None, locale=locale, exclude_ids=exclude_ids)
        body = {
            "query": {
                "bool": {
                    "must": [{"match": {"autocomplete": {"query": prefix, "operator": "and"}}}],
                    "filter": base_filters(request),
                }
            },
            "size": limit,
            "_source": ["title"],
        }
        try:
            raw = self.client.search(index=self.index, **body).body
        except (ApiError, TransportError) as error:
            raise EngineUnavailable(str(error)) from error
        return [Suggestion(hit["_source"]["title"], int(hit["_id"])) for hit in raw["hits"]["hits"]]
