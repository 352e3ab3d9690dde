"""GraphQL types of search results: hits with their page, facets, suggestions, engine facts."""

import graphene
from grapple.types.interfaces import get_page_interface


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
    code = graphene.String(required=True, description="e.g. ENGINE_FALLBACK, NO_HIGHLIGHTS")
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


class SearchSuggestion(graphene.ObjectType):
    text = graphene.String(required=True)
    page = graphene.Field(graphene.NonNull(get_page_interface))
