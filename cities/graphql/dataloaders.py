"""Batch loading of city profiles, whichever path lists them (`cities`, `pages`, `children`,
search hits): one set of queries per list (see `cms.graphql.batch.prepares`)."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import prefetch_related_objects

from cms.graphql.batch import PagesLoader, bring, loader, prepares
from cms.graphql.dataloaders import page_locale

from ..models import CityProfilePage
from ..partnerships import PartnershipLink, partnerships_of


class PartnershipsLoader(PagesLoader):
    """City id -> the city's visible partnerships from both sides, each partner city shown in
    the city's language when translated. The partners are brought into the response, so
    their own fields (lead image, region) join the response's batches."""

    def __init__(self, info):
        super().__init__(info)
        self._cities: dict[int, CityProfilePage] = {}

    def keys_in(self, page):
        if isinstance(page, CityProfilePage):
            self._cities[page.pk] = page
            yield page.pk

    def batch_load(self, keys):
        by_code: dict = defaultdict(list)
        for pk in keys:
            city = self._cities[pk]
            by_code[page_locale(self.info, city)].append(city)
        links = {}
        for code, cities in by_code.items():
            found = partnerships_of(cities, code)
            bring(self.info, [link.partner for group in found.values() for link in group], code)
            links.update(found)
        return links


def partnerships(info, city: CityProfilePage) -> list[PartnershipLink]:
    """A city's `partnerships`: loaded with those of every city in the response."""
    partnerships_loader = loader(info, PartnershipsLoader)
    return partnerships_loader.load_many(partnerships_loader.keys_in(city))[0]


# The partnerships are loaded with the rest, before any field of a city is resolved: the
# partners are then in the response before its first image batch, which includes theirs.
@prepares(CityProfilePage, "region", "contact", "partnerships", loads=[PartnershipsLoader])
def prepare_cities(cities: list, code: str) -> None:
    prefetch_related_objects(cities, "locale", "region", "contact__photo")
