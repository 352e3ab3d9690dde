"""City pages shown inside a localized listing, in the listing's locale.

Relations to cities are language-independent: a French article or event points at the same
city rows as its source (they are synchronised fields, see the page models). A French listing
should still show the French city profile, so after a page of results is fetched, the related
cities of all its items are swapped for their visible translations in one query, whatever the
number of items. A city with no visible translation stays the source page, marked as a fallback.
"""

from __future__ import annotations

from django.db.models import QuerySet

from cms.localization import locale_codes, mark


def _cities_of(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def translations_in(cities: list, code: str, queryset: QuerySet | None = None):
    """A function giving each of `cities` in locale `code`: its visible translation (found
    through `queryset`, with what is shown of a city prefetched) when there is one, else the
    city itself marked as a fallback. One query for all of them, none if all are in `code`."""
    if queryset is None:
        from cms.visibility import visible_pages

        from .models import CityProfilePage

        queryset = visible_pages(CityProfilePage.objects.all())
    codes = locale_codes() if cities else {}
    keys = {city.translation_key for city in cities if codes[city.locale_id] != code}
    translated = {}
    if keys:
        translated = {
            city.translation_key: mark(city, code, code)
            for city in queryset.filter(translation_key__in=keys, locale__language_code=code)
        }

    def swap(city):
        if codes[city.locale_id] == code:
            return city
        if city.translation_key in translated:
            return translated[city.translation_key]
        return mark(city, code, codes[city.locale_id])

    return swap


def localize_related(items: list, attr: str, code: str, cities: QuerySet | None = None) -> None:
    """Replace the city (or list of cities) prefetched into `attr` of each item by its visible
    translation in locale `code` (see `translations_in`)."""
    swap = translations_in(
        [city for item in items for city in _cities_of(getattr(item, attr, None))], code, cities
    )
    for item in items:
        value = getattr(item, attr, None)
        if isinstance(value, list):
            setattr(item, attr, [swap(city) for city in value])
        elif value is not None:
            setattr(item, attr, swap(value))
