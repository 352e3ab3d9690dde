"""From GraphQL arguments to a search request, with typed errors for bad input."""

from __future__ import annotations

import datetime
from types import SimpleNamespace

from django.conf import settings

from cms.graphql.errors import UserInputError
from cms.graphql.locales import check_locale, requested_locale

from .. import service
from ..backends.base import ParsedQuery, SearchRequest
from ..works import preferred_locales

MAX_QUERY_LENGTH = 300
MAX_WINDOW = 10_000  # Elasticsearch's default max_result_window
MAX_FILTER_VALUES = 50
# An open year range runs from EARLIEST_YEAR, or up to a few years ahead (announced events).
EARLIEST_YEAR, YEARS_AHEAD = 1900, 10
SUGGEST_LIMIT = 8


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def searched_locale(info, locale: str | None) -> str | None:
    """The one locale searched, or None for every language (researchers search across them).

    Nested fields (theme names of hits, facet labels) answer in it, or in the default language
    when every language is searched.
    """
    code = check_locale(locale)
    requested_locale(info, code)
    return code


def check_query(query: str | None, field: str = "query") -> str:
    query = (query or "").strip()
    if len(query) > MAX_QUERY_LENGTH:
        raise UserInputError(f"{field} is longer than {MAX_QUERY_LENGTH} characters.", field=field)
    return query


def year_range(year_from: int | None, year_to: int | None) -> list[str] | None:
    """The years of `yearFrom`..`yearTo` (both included), as the year facet's values."""
    if year_from is None and year_to is None:
        return None
    for field, year in (("yearFrom", year_from), ("yearTo", year_to)):
        if year is not None and not 1000 <= year <= 9999:
            raise UserInputError(f"{field} must be a year of four digits.", field=field)
    first = year_from if year_from is not None else EARLIEST_YEAR
    last = year_to if year_to is not None else datetime.date.today().year + YEARS_AHEAD
    if first > last:
        raise UserInputError("yearFrom is after yearTo.", field="yearFrom")
    return [str(year) for year in range(first, last + 1)]


def build_request(
    query, locale, filters, sort, page, per_page, accept_language: str = ""
) -> SearchRequest:
    if page < 1:
        raise UserInputError("page starts at 1.", field="page")
    if not 1 <= per_page <= settings.GRAPHQL_MAX_PAGE_SIZE:
        raise UserInputError(
            f"perPage must be between 1 and {settings.GRAPHQL_MAX_PAGE_SIZE}.", field="perPage"
        )
    if page * per_page > MAX_WINDOW:
        raise UserInputError(f"Only the first {MAX_WINDOW} hits can be paged through.", "page")
    filters = dict(filters or {})
    years = year_range(filters.pop("year_from", None), filters.pop("year_to", None))
    if years is not None:
        listed = filters.get("year")
        filters["year"] = [y for y in years if y in listed] if listed else years
        filters["year"] = filters["year"] or ["0"]  # nothing in both: no hit, not no filter
    chosen = {}
    for name, values in filters.items():
        values = tuple(dict.fromkeys(str(v).strip() for v in values or () if str(v).strip()))
        if len(values) > MAX_FILTER_VALUES and name != "year":
            raise UserInputError(f"At most {MAX_FILTER_VALUES} values per filter.", camel(name))
        if values:
            chosen[name] = values
    return SearchRequest(
        query=ParsedQuery.parse(check_query(query)),
        locale=locale,
        filters=chosen,
        sort=getattr(sort, "value", sort) or "relevance",
        page=page,
        per_page=per_page,
        preference=preferred_locales(locale, accept_language),
    )


def resolve_search(info, query=None, locale=None, filters=None, sort=None, page=1, per_page=20):
    accept_language = getattr(info.context, "META", {}).get("HTTP_ACCEPT_LANGUAGE", "")
    locale = searched_locale(info, locale)
    request = build_request(query, locale, filters, sort, page, per_page, accept_language)
    response = service.search(request)
    for facet in response.facets:
        facet.name = camel(facet.name)
    return SimpleNamespace(
        total=response.total,
        page=page,
        per_page=per_page,
        pages=max(1, -(-response.total // per_page)),
        hits=response.hits,
        facets=response.facets,
        suggestion=response.suggestion,
        engine=response.engine,
        capabilities=response.capabilities,
        notices=response.notices,
        request=request,  # for `citations`, which exports every page of the same request
    )


def resolve_suggest(info, prefix, locale=None, limit=SUGGEST_LIMIT):
    locale = searched_locale(info, locale)
    prefix = check_query(prefix, "prefix")
    if not prefix:
        return []
    if not 1 <= limit <= 20:
        raise UserInputError("limit must be between 1 and 20.", field="limit")
    return service.suggest(prefix, locale, limit)
