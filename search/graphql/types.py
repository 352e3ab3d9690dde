"""GraphQL types of search results: hits with their page, facets, suggestions, engine facts."""

import graphene
from grapple.types.interfaces import get_page_interface

from cms.graphql.batch import listed
from cms.graphql.translations import PageTranslation, describe
from knowledge.graphql.citations import CitationFormatEnum

from .citations import EXPORT_LIMIT, export_citations


class SearchSort(graphene.Enum):
    RELEVANCE = "relevance"
    NEWEST = "newest"
    OLDEST = "oldest"
    TITLE = "title"


class SearchFilters(graphene.InputObjectType):
    """Values within one filter are alternatives (OR); different filters all apply (AND)."""

    content_type = graphene.List(
        graphene.NonNull(graphene.String), description="e.g. knowledge.knowledgeproductpage"
    )
    product_type = graphene.List(graphene.NonNull(graphene.String), description="e.g. report")
    theme = graphene.List(graphene.NonNull(graphene.String), description="Theme slugs")
    region = graphene.List(graphene.NonNull(graphene.String), description="Region slugs")
    country = graphene.List(graphene.NonNull(graphene.String), description="ISO 3166 codes")
    city = graphene.List(graphene.NonNull(graphene.String), description="City profile page ids")
    year = graphene.List(graphene.NonNull(graphene.String), description="e.g. 2021")
    year_from = graphene.Int(description="First year of a range, included (with or without yearTo)")
    year_to = graphene.Int(description="Last year of a range, included")
    language = graphene.List(graphene.NonNull(graphene.String), description="e.g. fr")
    author = graphene.List(graphene.NonNull(graphene.String), description="Author names")


class SearchHighlight(graphene.ObjectType):
    field = graphene.String(required=True, description="title, summary, body or attachment")
    fragments = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="HTML-escaped text with matches wrapped in <mark>",
    )


class SearchHit(graphene.ObjectType):
    page = graphene.Field(graphene.NonNull(get_page_interface))
    score = graphene.Float(description="Relevance; only comparable within one response")
    highlights = graphene.List(graphene.NonNull(SearchHighlight), required=True)
    other_languages = graphene.List(
        graphene.NonNull(PageTranslation),
        required=True,
        description="The same work's other translations that match too, in order of preference "
        "(the searched locale or Accept-Language, then the fallback chain)",
    )

    @staticmethod
    def resolve_other_languages(hit, info):
        return [describe(info, page) for page in hit.others]


class SearchFacetBucket(graphene.ObjectType):
    value = graphene.String(required=True, description="What to pass in filters")
    label = graphene.String(required=True)
    count = graphene.Int(
        required=True, description="Hits if this value were chosen, with the other filters"
    )
    selected = graphene.Boolean(required=True)


class SearchFacet(graphene.ObjectType):
    name = graphene.String(required=True, description="The filter it belongs to, e.g. productType")
    buckets = graphene.List(graphene.NonNull(SearchFacetBucket), required=True)


class SearchNotice(graphene.ObjectType):
    code = graphene.String(
        required=True, description="e.g. ENGINE_FALLBACK, NO_LANGUAGE_ANALYSIS, CORRECTED"
    )
    message = graphene.String(required=True)


class SearchCapabilities(graphene.ObjectType):
    highlights = graphene.Boolean(required=True)
    suggestions = graphene.Boolean(required=True)
    typo_tolerance = graphene.Boolean(required=True)
    language_analysis = graphene.Boolean(required=True)
    attachment_text = graphene.Boolean(required=True)


class SearchResults(graphene.ObjectType):
    total = graphene.Int(required=True, description="Hits on all pages")
    page = graphene.Int(required=True)
    per_page = graphene.Int(required=True)
    pages = graphene.Int(required=True)
    hits = graphene.List(graphene.NonNull(SearchHit), required=True)
    facets = graphene.List(graphene.NonNull(SearchFacet), required=True)
    suggestion = graphene.String(description="Did you mean: the query with misspellings fixed")
    engine = graphene.String(required=True, description="elasticsearch or database")
    capabilities = graphene.Field(graphene.NonNull(SearchCapabilities))
    notices = graphene.List(graphene.NonNull(SearchNotice), required=True)
    citations = graphene.String(
        required=True,
        format=graphene.Argument(graphene.NonNull(CitationFormatEnum)),
        description=f"The hits of every page (the first {EXPORT_LIMIT}, in this order) as "
        "one file for a reference manager: publications, and other pages as web pages",
    )

    @staticmethod
    def resolve_hits(results, info):
        """The hits' pages are listed like any list of pages: loaded in one batch."""
        listed(info, [hit.page for hit in results.hits])
        return results.hits

    @staticmethod
    def resolve_citations(results, info, format):  # noqa: A002 (the GraphQL argument)
        return export_citations(info, results.request, format)


class SearchSuggestion(graphene.ObjectType):
    text = graphene.String(required=True)
    page = graphene.Field(graphene.NonNull(get_page_interface))
