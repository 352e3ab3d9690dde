"""City-to-city partnerships seen from one city, whichever side the editor recorded them on.

A partnership is stored once, on the city whose editor entered it (`CityPartnership.city`), and
points at the other city (`partner`). Frontends want "this city's partners", so both directions
are merged here, and a link whose other city may not be shown (draft, restricted) is dropped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import F

from cms.visibility import visible_pages


@dataclass(frozen=True)
class PartnershipLink:
    """One cooperation link as seen from a city: the other city and what they work on."""

    partner: object
    topic: str
    start_year: int | None
    end_year: int | None
    description: str


def _visible_cities():
    from .models import CityProfilePage

    return visible_pages(CityProfilePage.objects.all())


def outgoing_queryset():
    """Partnerships recorded on a city, whose partner may be shown."""
    from .models import CityPartnership

    return CityPartnership.objects.filter(partner__in=_visible_cities()).select_related(
        "partner__region"
    )


def incoming_queryset():
    """Partnerships recorded on another, visible city that name this city as partner."""
    from .models import CityPartnership

    return CityPartnership.objects.filter(city__in=_visible_cities()).select_related("city__region")


def partnerships_of(cities: list, code: str) -> dict[int, list[PartnershipLink]]:
    """City id -> the visible partnerships of that city (one of `cities`) from both sides, each
    other city shown in locale `code` when a visible translation exists; a fixed number of
    queries for any number of cities.

    Partnerships are synchronised child rows, so a translated city carries copies pointing at
    the source partners, and a partnership names the partner's source page: links are matched
    by translation group on both sides, and duplicates from copies are merged in `_merged`.
    """
    from cms.localization import translations_in

    keys = {city.translation_key for city in cities}
    outgoing = list(outgoing_queryset().filter(city__in=[city.pk for city in cities]))
    incoming = list(
        incoming_queryset()
        .filter(partner__translation_key__in=keys)
        .annotate(partner_key=F("partner__translation_key"))
    )
    swap = translations_in(
        [p.partner for p in outgoing] + [p.city for p in incoming],
        code,
        _visible_cities().select_related("region"),
    )
    by_city: dict = defaultdict(list)
    for partnership in outgoing:
        by_city[partnership.city_id].append((swap(partnership.partner), partnership))
    by_group: dict = defaultdict(list)
    for partnership in incoming:
        by_group[partnership.partner_key].append((swap(partnership.city), partnership))
    return {city.pk: _merged(by_city[city.pk] + by_group[city.translation_key]) for city in cities}


def _merged(partnerships: list[tuple]) -> list[PartnershipLink]:
    """(other city as shown, partnership) pairs as links, each cooperation once, oldest first,
    then by partner name."""
    links: dict[tuple, PartnershipLink] = {}
    for other, partnership in partnerships:
        # Two editors may record the same cooperation on both cities, and a translated city
        # carries a copy of its partnerships: show each cooperation once.
        key = (other.translation_key, partnership.topic.strip().lower(), partnership.start_year)
        links.setdefault(
            key,
            PartnershipLink(
                partner=other,
                topic=partnership.topic,
                start_year=partnership.start_year,
                end_year=partnership.end_year,
                description=partnership.description,
            ),
        )
    return sorted(
        links.values(), key=lambda link: (link.start_year or 0, link.partner.city_name, link.topic)
    )
