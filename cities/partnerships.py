"""City-to-city partnerships seen from one city, whichever side the editor recorded them on.

A partnership is stored once, on the city whose editor entered it (`CityPartnership.city`), and
points at the other city (`partner`). Frontends want "this city's partners", so both directions
are merged here, and a link whose other city may not be shown (draft, restricted) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import F

from cms.visibility import visible_pages

# Attributes `load_partnerships` fills, read by `links_for` instead of querying again.
OUTGOING_ATTR = "prefetched_partnerships_out"
INCOMING_ATTR = "prefetched_partnerships_in"


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

    return (
        CityPartnership.objects.filter(partner__in=_visible_cities())
        .select_related("partner__region", "partner__lead_image")
        .prefetch_related("partner__lead_image__renditions")
    )


def incoming_queryset():
    """Partnerships recorded on another, visible city that name this city as partner."""
    from .models import CityPartnership

    return (
        CityPartnership.objects.filter(city__in=_visible_cities())
        .select_related("city__region", "city__lead_image")
        .prefetch_related("city__lead_image__renditions")
    )


def load_partnerships(cities: list, code: str) -> list:
    """Fetch the partnerships of `cities` from both sides, with each other city shown in locale
    `code` when a visible translation exists; a fixed number of queries for any page size.
    Returns the other cities as shown.

    Partnerships are synchronised child rows, so a translated city carries copies pointing at
    the source partners, and a partnership names the partner's source page: links are matched
    by translation group on both sides, and duplicates from copies are merged in `links_for`.
    """
    from cms.localization import translations_in

    keys = {city.translation_key for city in cities}
    outgoing = list(outgoing_queryset().filter(city__in=[city.pk for city in cities]))
    incoming = list(
        incoming_queryset()
        .filter(partner__translation_key__in=keys)
        .annotate(partner_key=F("partner__translation_key"))
    )
    others = [p.partner for p in outgoing] + [p.city for p in incoming]
    swap = translations_in(others, code, _visible_cities_with_images())
    for partnership in outgoing:
        partnership.shown_other = swap(partnership.partner)
    for partnership in incoming:
        partnership.shown_other = swap(partnership.city)
    for city in cities:
        setattr(city, OUTGOING_ATTR, [p for p in outgoing if p.city_id == city.pk])
        setattr(city, INCOMING_ATTR, [p for p in incoming if p.partner_key == city.translation_key])
    return [partnership.shown_other for partnership in outgoing + incoming]


def _visible_cities_with_images():
    return (
        _visible_cities()
        .select_related("region", "lead_image")
        .prefetch_related("lead_image__renditions")
    )


def links_for(city) -> list[PartnershipLink]:
    """The city's visible partnerships from both sides, oldest first, then by partner name."""
    if not hasattr(city, OUTGOING_ATTR):
        load_partnerships([city], city.locale.language_code)

    links: dict[tuple, PartnershipLink] = {}
    partnerships = getattr(city, OUTGOING_ATTR) + getattr(city, INCOMING_ATTR)
    for partnership in partnerships:
        other = partnership.shown_other
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
