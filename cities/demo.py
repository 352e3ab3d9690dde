"""Demo member cities: several hundred real cities (geonames data) and partnerships between them.

Loading is idempotent (pages are found by slug, partnerships by city pair and topic) and fast:
city pages are created published in one save each, without the revision and publish machinery
a human edit goes through (the first edit in the admin creates the first revision), updates
and partnerships are written in bulk, and the search index is updated in one batch.
"""

from __future__ import annotations

import random
from collections import Counter
from contextlib import contextmanager
from functools import cache

from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page
from wagtail.search.backends import get_search_backends
from wagtail.search.signal_handlers import post_save_signal_handler

from cms.demo_utils import demo_data, demo_image, paragraph, progress, upsert_index
from cms.models import Region

from .countries import country_name
from .models import CityIndexPage, CityPartnership, CityProfilePage
from .world import ANCHOR_CITIES, FOUNDING_CITIES, WorldCity, member_cities

DEFAULT_SIZE = 400
PARTNERSHIPS_PER_CITY = 0.375  # about 150 for 400 cities
CURRENT_YEAR = 2025
SOUTH = {"africa", "arab-states", "asia-pacific", "latin-america-caribbean"}
FIXED_FIELDS = ["city", "partner", "topic", "start_year", "end_year", "description"]


@cache
def data() -> dict:
    """`demo/cities.json`: the index, partnership topics and texts, notes on some cities."""
    return demo_data("cities")


def load(home, size: int = DEFAULT_SIZE) -> str:
    index = upsert_index(home, CityIndexPage, data()["index"])
    world = member_cities(size)
    cities, created = _upsert_cities(index, world)
    partnerships = _upsert_partnerships(cities, world)
    return (
        f"{len(cities)} member cities ({created} new) in {len(set(c.country for c in world))} "
        f"countries, {partnerships} partnerships"
    )


def _slugs(world: list[WorldCity]) -> dict[int, str]:
    """City slugs: the name, with the country code only where two members share a name."""
    names = Counter(slugify(city.name) for city in world)
    slugs = {}
    for city in world:
        base = slugify(city.name) or str(city.geonameid)
        slugs[city.geonameid] = f"{base}-{city.country.lower()}" if names[base] > 1 else base
    return slugs


def _membership(city: WorldCity) -> tuple[str, int]:
    """A plausible status and year, the same on every run (seeded by the geonames ID)."""
    rng = random.Random(city.geonameid)
    if city.geonameid in FOUNDING_CITIES:
        return CityProfilePage.Membership.FOUNDING, 1997
    draw = rng.random()
    if draw < 0.03:
        return CityProfilePage.Membership.FOUNDING, 1997
    if draw < 0.82 or city.geonameid in ANCHOR_CITIES:
        return CityProfilePage.Membership.MEMBER, rng.randint(1998, CURRENT_YEAR - 1)
    if draw < 0.93:
        return CityProfilePage.Membership.OBSERVER, rng.randint(2015, CURRENT_YEAR)
    return CityProfilePage.Membership.FORMER, rng.randint(1998, 2012)


def _fields(city: WorldCity, region: Region, image) -> dict:
    status, since = _membership(city)
    country = country_name(city.country)
    label = CityProfilePage.Membership(status).label.lower()
    paragraphs = [
        f"{city.name} ({country}) is a {label} of the alliance since {since}. About "
        f"{city.population:,} people live in the city, which belongs to the alliance's "
        f"{region.name} region."
    ]
    note = data()["city_notes"].get(str(city.geonameid))
    if note:
        paragraphs.append(note)
    return {
        "title": city.name,
        "city_name": city.name,
        "country": city.country,
        "region": region,
        "latitude": city.latitude,
        "longitude": city.longitude,
        "population": city.population,
        "membership_status": status,
        "member_since": since,
        "lead_image": image,
        "summary": f"{city.name}, {country}: {label} since {since}.",
        "body": [paragraph(*paragraphs)],
    }


UPDATED_FIELDS = [
    "title",
    "city_name",
    "country",
    "region",
    "latitude",
    "longitude",
    "population",
    "membership_status",
    "member_since",
    "lead_image",
    "summary",
    "body",
]


def _upsert_cities(index, world: list[WorldCity]) -> tuple[dict[int, CityProfilePage], int]:
    regions = {region.slug: region for region in Region.objects.all()}
    images = {
        slug: demo_image(f"Member cities in {region.name}", width=1200, height=675)
        for slug, region in regions.items()
    }
    slugs = _slugs(world)
    existing = {page.slug: page for page in CityProfilePage.objects.child_of(index)}
    pages: dict[int, CityProfilePage] = {}
    new_pages, changed_pages = [], []
    for city in world:
        fields = _fields(city, regions[city.region], images[city.region])
        page = existing.get(slugs[city.geonameid])
        if page is None:
            page = CityProfilePage(slug=slugs[city.geonameid], **fields)
            new_pages.append(page)
        else:
            for name, value in fields.items():
                setattr(page, name, value)
            changed_pages.append(page)
        pages[city.geonameid] = page
    with _search_indexing_deferred(CityProfilePage):
        _add_published_children(index, new_pages)
        CityProfilePage.objects.bulk_update(changed_pages, UPDATED_FIELDS, batch_size=200)
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(CityProfilePage, list(pages.values()))
    return pages, len(new_pages)


def _add_published_children(index, pages: list[CityProfilePage]) -> None:
    """Insert `pages` as live children of `index`, the way treebeard's `add_child` does, but
    with the tree position computed once and without per-page validation of generated data:
    two inserts per page instead of some thirty queries (this matters on PostgreSQL)."""
    if not pages:
        return
    now = timezone.now()
    last = index.get_last_child()
    position = last._get_lastpos_in_path() if last else 0
    for page in progress(pages, "Member cities"):
        position += 1
        page.depth = index.depth + 1
        page.path = index._get_path(index.path, page.depth, position)
        page.numchild = 0
        page._cached_parent_obj = index  # what add_child sets, so save() needs no lookup
        page.locale_id = index.locale_id
        page.draft_title = page.title
        page.live, page.has_unpublished_changes = True, False
        page.first_published_at = page.last_published_at = now
        page.save(clean=False)
    Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
    index.refresh_from_db(fields=["numchild"])


@contextmanager
def _search_indexing_deferred(model):
    """Skip the search backend's index update on each save of `model`; the caller indexes the
    pages in one batch afterwards (the database backend recomputes its statistics on every
    single insert, which makes hundreds of one-by-one updates slow)."""
    post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        post_save.connect(post_save_signal_handler, sender=model)


def _partnership_specs(world: list[WorldCity]) -> list[tuple]:
    """(city, partner, topic, start, end, description) tuples, the same on every run.

    Mostly South-South and North-South pairs: the alliance's focus is cooperation between
    cities of the Global South and triangular cooperation with northern cities.
    """
    ids = {city.geonameid for city in world}
    fixed = [tuple(spec[key] for key in FIXED_FIELDS) for spec in data()["fixed_partnerships"]]
    specs = [spec for spec in fixed if spec[0] in ids and spec[1] in ids]
    south = [city for city in world if city.region in SOUTH]
    north = [city for city in world if city.region not in SOUTH]
    since = {city.geonameid: _membership(city)[1] for city in world}
    rng = random.Random(f"partnerships-{len(world)}")
    wanted = round(len(world) * PARTNERSHIPS_PER_CITY)
    pairs = {frozenset(spec[:2]) for spec in specs}
    attempts = 0
    while len(specs) < wanted and attempts < wanted * 20 and south:
        attempts += 1
        first = rng.choice(south)
        second = rng.choice(south if rng.random() < 0.6 or not north else north)
        pair = frozenset((first.geonameid, second.geonameid))
        if len(pair) < 2 or pair in pairs:
            continue
        pairs.add(pair)
        topic = rng.choice(data()["partnership_topics"])
        start = rng.randint(max(since[first.geonameid], since[second.geonameid]), CURRENT_YEAR)
        end = start + rng.randint(2, 6) if rng.random() < 0.4 else None
        end = end if end is None or end <= CURRENT_YEAR else None
        description = rng.choice(data()["partnership_descriptions"]).format(
            a=first.name, b=second.name, topic=topic.lower()
        )
        specs.append((first.geonameid, second.geonameid, topic, start, end, description))
    return specs


def _upsert_partnerships(pages: dict[int, CityProfilePage], world: list[WorldCity]) -> int:
    specs = _partnership_specs(world)
    existing = {
        (p.city_id, p.partner_id, p.topic): p
        for p in CityPartnership.objects.filter(city__in=[page.pk for page in pages.values()])
    }
    to_create, to_update = [], []
    for city_id, partner_id, topic, start, end, description in specs:
        city, partner = pages[city_id], pages[partner_id]
        found = existing.get((city.pk, partner.pk, topic))
        values = {"start_year": start, "end_year": end, "description": description}
        if found is None:
            to_create.append(CityPartnership(city=city, partner=partner, topic=topic, **values))
        else:
            for name, value in values.items():
                setattr(found, name, value)
            to_update.append(found)
    CityPartnership.objects.bulk_create(to_create, batch_size=500)
    CityPartnership.objects.bulk_update(
        to_update, ["start_year", "end_year", "description"], batch_size=500
    )
    return len(specs)
