"""Batch loading of news articles, whichever path lists them (`newsArticles`, `pages`,
`children`, search hits): one set of queries per list (see `cms.graphql.batch.prepares`)."""

from django.db.models import prefetch_related_objects

from cms.graphql.batch import prepares
from cms.graphql.related import ShownPagesLoader
from news.models import VISIBLE_CITIES_ATTR, NewsArticle

from .resolvers import listing_prefetches, visible_cities


@prepares(NewsArticle, "themes", "tags", "relatedCities")
def prepare_articles(articles: list, code: str) -> None:
    prefetch_related_objects(articles, *listing_prefetches())


class RelatedCitiesLoader(ShownPagesLoader):
    """The visible cities of the listed articles, each in its article's language when
    translated, with their region and lead image."""

    def related_of(self, page):
        return getattr(page, VISIBLE_CITIES_ATTR, []) if isinstance(page, NewsArticle) else []

    def queryset(self):
        return visible_cities()
