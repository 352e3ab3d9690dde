"""The facets researchers filter by, defined once for both engines.

A facet is a list of sources: a model and the `values()` path from it to the facet's value.
The same definitions build the facet fields of Elasticsearch documents (`page_values`), filter
pages in the database engine (`filter_q`) and count buckets there with GROUP BY (`count`), so
both engines agree on what "theme: housing" means. Values reached through another page (a
product's related cities) only come from visible pages: a draft city never shows as a bucket.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Q, QuerySet
from wagtail.models import TranslatableMixin

from cms.localization import fallback_chain
from cms.visibility import visible_pages

from .languages import primary

CHUNK = 2000
KNOWLEDGE = "knowledge.KnowledgeProductPage"
NEWS = "news.NewsArticle"
EVENT = "events.EventPage"
CITY = "cities.CityProfilePage"
FORUM = "forums.ForumPage"


@dataclass(frozen=True)
class Source:
    model: str
    lookup: str
    visible_through: str = ""  # relation to pages that must be visible for the value to count
    exclude: tuple[str, ...] = ()  # page types left out (for sources on the base Page model)

    @property
    def model_class(self):
        return apps.get_model(self.model)

    def queryset(self, **conditions) -> QuerySet:
        """Rows of the source model; `conditions` share one join with the visibility check."""
        if self.visible_through:
            conditions[f"{self.visible_through}__in"] = visible_pages().values("pk")
        queryset = self.model_class._default_manager.filter(**conditions)
        if self.exclude:
            excluded = [ContentType.objects.get_for_model(apps.get_model(m)) for m in self.exclude]
            queryset = queryset.exclude(content_type__in=excluded)
        return queryset


def _text(value) -> str:
    return str(value)


@dataclass(frozen=True)
class Facet:
    name: str
    sources: tuple[Source, ...]
    to_value: Callable[[object], str] = _text  # database value -> bucket value
    to_db: Callable[[list[str]], list] = list  # bucket values -> database values to filter on
    # bucket values, locale -> labels in that locale's language (or its fallbacks)
    labels: Callable[[list[str], str], dict[str, str]] = field(default=lambda values, locale: {})


def content_type_value(pk) -> str:
    content_type = ContentType.objects.get_for_id(pk)
    return f"{content_type.app_label}.{content_type.model}"


def content_type_ids(values: list[str]) -> list[int]:
    ids = []
    for value in values:
        app_label, _, model = value.partition(".")
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type:
            ids.append(content_type.pk)
    return ids


def content_type_labels(values: list[str], locale: str) -> dict[str, str]:
    labels = {}
    for value in values:
        model = apps.get_model(value) if "." in value else None
        labels[value] = str(model._meta.verbose_name).capitalize() if model else value
    return labels


def product_type_labels(values: list[str], locale: str) -> dict[str, str]:
    choices = dict(apps.get_model(KNOWLEDGE).ProductType.choices)
    return {value: str(choices.get(value, value)) for value in values}


def slug_labels(model: str) -> Callable[[list[str], str], dict[str, str]]:
    """Names by slug; for a translatable snippet (a theme has one row per locale, all with the
    same slug) the name of the first locale of `locale`'s fallback chain that has one."""

    def labels(values: list[str], locale: str) -> dict[str, str]:
        model_class = apps.get_model(model)
        rows = model_class.objects.filter(slug__in=values)
        if not issubclass(model_class, TranslatableMixin):
            return dict(rows.values_list("slug", "name"))
        chain = fallback_chain(locale)
        rank = {code: position for position, code in enumerate(chain)}
        best: dict[str, tuple[int, str]] = {}
        for slug, code, name in rows.order_by("pk").values_list(
            "slug", "locale__language_code", "name"
        ):
            position = rank.get(code, len(chain))
            if slug not in best or position < best[slug][0]:
                best[slug] = (position, name)
        return {slug: name for slug, (_, name) in best.items()}

    return labels


def country_labels(values: list[str], locale: str) -> dict[str, str]:
    from cities.countries import country_name

    return {value: country_name(value) or value for value in values}


def city_labels(values: list[str], locale: str) -> dict[str, str]:
    ids = [int(value) for value in values if value.isdigit()]
    cities = visible_pages(apps.get_model(CITY).objects.filter(pk__in=ids))
    return {str(pk): name for pk, name in cities.values_list("pk", "city_name")}


def language_codes(values: list[str]) -> list[str]:
    """Language filter values (primary subtags) -> every stored code they cover."""
    wanted = {primary(value) for value in values}
    from wagtail.models import Locale

    codes = set(wanted)
    codes |= {code for code in Locale.objects.values_list("language_code", flat=True)}
    return [code for code in codes if primary(code) in wanted]


def language_labels(values: list[str], locale: str) -> dict[str, str]:
    names = {primary(code): str(name) for code, name in settings.LANGUAGES}
    return {value: names.get(value, value) for value in values}


def integers(values: list[str]) -> list[int]:
    return [int(value) for value in values if value.isdigit()]


FACETS: dict[str, Facet] = {
    facet.name: facet
    for facet in [
        Facet(
            "content_type",
            (Source("wagtailcore.Page", "content_type"),),
            to_value=content_type_value,
            to_db=content_type_ids,
            labels=content_type_labels,
        ),
        Facet("product_type", (Source(KNOWLEDGE, "product_type"),), labels=product_type_labels),
        Facet(
            "theme",
            (
                Source(KNOWLEDGE, "themes__slug"),
                Source(NEWS, "themes__slug"),
                Source(EVENT, "themes__slug"),
                Source(FORUM, "theme__slug"),
            ),
            labels=slug_labels("cms.Theme"),
        ),
        Facet(
            "region",
            (
                Source(KNOWLEDGE, "regions__slug"),
                Source(CITY, "region__slug"),
                Source(EVENT, "city__region__slug", visible_through="city"),
            ),
            labels=slug_labels("cms.Region"),
        ),
        Facet(
            "country",
            (
                Source(CITY, "country"),
                Source(KNOWLEDGE, "related_cities__country", visible_through="related_cities"),
                Source(NEWS, "related_cities__country", visible_through="related_cities"),
                Source(EVENT, "city__country", visible_through="city"),
            ),
            labels=country_labels,
        ),
        Facet(
            "city",
            (
                Source(CITY, "pk"),
                Source(KNOWLEDGE, "related_cities", visible_through="related_cities"),
                Source(NEWS, "related_cities", visible_through="related_cities"),
                Source(EVENT, "city", visible_through="city"),
            ),
            to_db=integers,
            labels=city_labels,
        ),
        Facet(
            "year",
            (
                Source(KNOWLEDGE, "publication_date__year"),
                Source(NEWS, "date__year"),
                Source(EVENT, "start__year"),
            ),
            to_db=integers,
        ),
        Facet(
            "language",
            (
                Source(KNOWLEDGE, "language"),
                Source("wagtailcore.Page", "locale__language_code", exclude=(KNOWLEDGE,)),
            ),
            to_value=primary,
            to_db=language_codes,
            labels=language_labels,
        ),
        Facet("author", (Source(KNOWLEDGE, "authors__name"),)),
    ]
}


def filter_q(name: str, values: Iterable[str]) -> Q:
    """Pages having any of `values` for facet `name` (a Q on the base Page model)."""
    facet = FACETS[name]
    db_values = facet.to_db([str(value) for value in values])
    condition = Q(pk__in=[])
    for source in facet.sources:
        rows = source.queryset(**{f"{source.lookup}__in": db_values})
        condition |= Q(pk__in=rows.values("pk"))
    return condition


def count(name: str, pages: QuerySet) -> dict[str, int]:
    """Works (translation groups) of `pages` per value of facet `name`: one GROUP BY query per
    source, so a report and its three translations count once."""
    facet = FACETS[name]
    counts: dict[str, int] = defaultdict(int)
    page_ids = pages.values("pk")
    for source in facet.sources:
        rows = (
            source.queryset(pk__in=page_ids)
            .values_list(source.lookup)
            .annotate(n=Count("translation_key", distinct=True))
            .order_by()
        )
        for value, n in rows:
            if value not in (None, ""):
                counts[facet.to_value(value)] += n
    return dict(counts)


def page_values(page_ids: list[int]) -> dict[int, dict[str, list[str]]]:
    """Facet values of each page, for the documents of the search index."""
    values: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for start in range(0, len(page_ids), CHUNK):
        chunk = page_ids[start : start + CHUNK]
        for facet in FACETS.values():
            for source in facet.sources:
                rows = source.queryset(pk__in=chunk).values_list("pk", source.lookup)
                for pk, value in rows:
                    if value not in (None, ""):
                        values[pk][facet.name].add(facet.to_value(value))
    return {
        pk: {name: sorted(found) for name, found in facets.items()} for pk, facets in values.items()
    }


class FacetLabels:
    """Human labels of bucket values in `locale`'s language, looked up once per facet and
    response."""

    def __init__(self, values_by_facet: dict[str, list[str]], locale: str):
        self.values_by_facet = values_by_facet
        self.locale = locale

    @cached_property
    def labels(self) -> dict[str, dict[str, str]]:
        return {
            name: FACETS[name].labels(values, self.locale) if values else {}
            for name, values in self.values_by_facet.items()
        }

    def get(self, name: str, value: str) -> str:
        return self.labels.get(name, {}).get(value, value)
