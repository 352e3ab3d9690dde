"""Root fields of search: `search` (full text, facets, did-you-mean) and `suggest` (as you type)."""

import graphene

from cms.graphql.pagination import pagination_args

from .resolvers import SUGGEST_LIMIT, resolve_search, resolve_suggest
from .types import SearchFilters, SearchResults, SearchSort, SearchSuggestion


class SearchQuery:
    search = graphene.Field(
        graphene.NonNull(SearchResults),
        query=graphene.String(description='Words, and "quoted phrases" that must appear as typed'),
        locale=graphene.String(
            description="Only pages in this locale, e.g. fr; every language when omitted"
        ),
        filters=SearchFilters(),
        sort=SearchSort(default_value=SearchSort.RELEVANCE.value),
        **pagination_args(),
        description="Full-text search over published, public pages, with facets",
    )
    suggest = graphene.Field(
        graphene.NonNull(graphene.List(graphene.NonNull(SearchSuggestion))),
        prefix=graphene.String(required=True),
        locale=graphene.String(
            description="Only pages in this locale; every language when omitted"
        ),
        limit=graphene.Int(default_value=SUGGEST_LIMIT),
        description="Titles starting with what was typed so far (search-as-you-type)",
    )

    def resolve_search(self, info, **kwargs):
        return resolve_search(info, **kwargs)

    def resolve_suggest(self, info, **kwargs):
        return resolve_suggest(info, **kwargs)
