"""Batch loading of events, whichever path lists them (`events`, `pages`, `children`, search
hits): one set of queries per list (see `cms.graphql.batch.prepares`)."""

from django.db.models import prefetch_related_objects

from cms.graphql.batch import prepares
from cms.graphql.related import ShownPagesLoader
from events.models import VISIBLE_CITY_ATTR, EventPage

from .resolvers import listing_prefetches, visible_cities


@prepares(EventPage, "themes", "city")
def prepare_events(events: list, code: str) -> None:
    prefetch_related_objects(events, *listing_prefetches())


class HostCityLoader(ShownPagesLoader):
    """The visible host cities of the listed events, each in its event's language when
    translated, with their region and lead image."""

    def related_of(self, page):
        city = getattr(page, VISIBLE_CITY_ATTR, None) if isinstance(page, EventPage) else None
        return [city] if city is not None else []

    def queryset(self):
        return visible_cities()
