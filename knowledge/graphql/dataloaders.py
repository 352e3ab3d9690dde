"""Batch loading of knowledge products, whichever path lists them (`knowledgeProducts`,
`pages`, `children`, search hits): one set of queries per list (see
`cms.graphql.batch.prepares`)."""

from django.db.models import prefetch_related_objects

from cms.graphql.batch import prepares
from cms.graphql.related import ShownPagesLoader

from ..models import VISIBLE_CITIES_ATTR, KnowledgeProductPage
from .resolvers import listing_prefetches, visible_cities


@prepares(
    KnowledgeProductPage,
    *("authors", "publisher", "themes", "regions", "relatedCities", "documents", "citation"),
)
def prepare_products(products: list, code: str) -> None:
    prefetch_related_objects(products, *listing_prefetches())


class RelatedCitiesLoader(ShownPagesLoader):
    """The visible cities of the listed products, each in its product's language when
    translated, with their region and lead image."""

    def related_of(self, page):
        if not isinstance(page, KnowledgeProductPage):
            return []
        return getattr(page, VISIBLE_CITIES_ATTR, [])

    def queryset(self):
        return visible_cities()
