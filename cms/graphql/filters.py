"""The arguments several listings share (`theme`, `city`, an id), parsed and applied once, so
the same argument means the same thing, and fails the same way, in every listing.

A value that names nothing is a BAD_USER_INPUT error naming the argument, never an empty page:
a frontend with a stale link or a typo learns why it got nothing. A city the requester may not
see is answered exactly as one that does not exist, so the filter cannot tell a hidden city
from a missing one, nor what a hidden city is linked to.

Relations go through `pk__in` subqueries, so an item matching twice (two translations of a
related city, a theme slug used in two locales) is still listed and counted once.
"""

from __future__ import annotations

from django.db.models import QuerySet

from cms.models import Theme
from cms.visibility import visible_pages

from .errors import UserInputError


def parse_id(value, field: str, what: str = "page") -> int:
    """The database id `value` of a `what`; anything but a number is refused (whether a row
    has that id is for the caller to say)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        raise UserInputError(f"{field} must be a {what} id (a number), not {value!r}.", field)
    return number


def filter_by_theme(queryset: QuerySet, slug: str | None, relation: str = "themes") -> QuerySet:
    """Items on the theme `slug`, in any locale (a slug names the same theme everywhere)."""
    if not slug:
        return queryset
    themes = list(Theme.objects.filter(slug=slug).values_list("pk", flat=True))
    if not themes:
        known = ", ".join(sorted(set(Theme.objects.values_list("slug", flat=True))))
        raise UserInputError(f"Unknown theme {slug!r}; known themes: {known}.", "theme")
    return related_to(queryset, relation, themes)


def filter_by_city(queryset: QuerySet, city_id, relation: str) -> QuerySet:
    """Items related (through `relation`) to a visible city profile or any translation of it.

    Related cities are synchronised from the source item, so a French article points at the
    English city rows: the city is matched by its translation group, not its id."""
    if city_id is None:
        return queryset
    pk = parse_id(city_id, "city", "city profile")
    cities = queryset.model._meta.get_field(relation).related_model
    group = list(visible_pages(cities.objects.filter(pk=pk)).values_list("translation_key"))
    if not group:
        raise UserInputError(f"No city profile with id {pk}.", "city")
    translations = cities.objects.filter(translation_key__in=[key for (key,) in group])
    return related_to(queryset, relation, translations.values("pk"))


def related_to(queryset: QuerySet, relation: str, targets) -> QuerySet:
    """The items of `queryset` whose `relation` points at one of `targets` (ids or a query)."""
    matching = queryset.model.objects.filter(**{f"{relation}__in": targets})
    return queryset.filter(pk__in=matching.values("pk"))
