"""Batch loading of city profiles, whichever path lists them (`cities`, `pages`, `children`,
search hits): one set of queries per list (see `cms.graphql.batch.prepares`)."""

from django.db.models import prefetch_related_objects

from cms.graphql.batch import prepares

from ..models import CityProfilePage
from ..partnerships import load_partnerships


@prepares(CityProfilePage, "region", "contact", "partnerships")
def prepare_cities(cities: list, code: str) -> list:
    """Returns the partner cities, loaded with their region and lead image."""
    prefetch_related_objects(cities, "locale", "region", "contact__photo")
    return load_partnerships(cities, code)
