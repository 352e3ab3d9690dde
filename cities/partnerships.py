"""City-to-city partnerships seen from one city, whichever side the editor recorded them on.

A partnership is stored once, on the city whose editor entered it (`CityPartnership.city`), and
points at the other city (`partner`). Frontends want "this city's partners", so both directions
are merged here, and a link whose other city may not be shown (draft, restricted) is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Prefetch

from cms.visibility import visible_pages

# Attributes the listing prefetches fill, read by `links_for` instead of querying again.
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


def partnership_prefetches() -> list[Prefetch]:
    """Prefetches for a city listing: both directions in two queries, whatever the page size."""
    return [
        Prefetch("partnerships", queryset=outgoing_queryset(), to_attr=OUTGOING_ATTR),
        Prefetch("partnerships_as_partner", queryset=incoming_queryset(), to_attr=INCOMING_ATTR),
    ]


def links_for(city) -> list[PartnershipLink]:
    """The city's visible partnerships from both sides, oldest first, then by partner name."""
    outgoing = getattr(city, OUTGOING_ATTR, None)
    if outgoing is None:
        outgoing = list(outgoing_queryset().filter(city_id=city.pk))
    incoming = getattr(city, INCOMING_ATTR, None)
    if incoming is None:
        incoming = list(incoming_queryset().filter(partner_id=city.pk))

    links: dict[tuple, PartnershipLink] = {}
    for partnership, other in [(p, p.partner) for p in outgoing] + [(p, p.city) for p in incoming]:
        # Two editors may record the same cooperation on both cities: show it once.
        key = (other.pk, partnership.topic.strip().lower(), partnership.start_year)
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
