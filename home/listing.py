"""Plone's Folder behaviour: a page lists its visible children, a page of results at a time.

Each locale has its own tree, so a page's children are in the page's own locale: a listing
never mixes locales. When the page itself stands in for a missing translation (it was chosen
for another locale, see cms.graphql.locale_choices), its listing says it is a fallback too.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import ForeignKey, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.graphql.locale_choices import choice_of, own_locale
from cms.graphql.pagination import DEFAULT_PER_PAGE, PageOfResults, paginate
from cms.visibility import visible_pages


def visible_children(page: Page):
    """Visible children of `page`, specific, in the order editors gave them in the admin tree."""
    return visible_pages(page.get_children()).specific().order_by("path")


def prefetch_images(pages: list[Page]) -> None:
    """Fetch every image (and its renditions) the listed pages point to, one query per kind.

    Children of a folder are of mixed types, so the lookups are found per class: the listing
    then costs the same number of queries for 10 and for 100 children.
    """
    image_model = get_image_model()
    by_class: dict[type, list[Page]] = defaultdict(list)
    for page in pages:
        by_class[type(page)].append(page)
    for model, instances in by_class.items():
        lookups = [
            f"{field.name}__renditions"
            for field in model._meta.get_fields()
            if isinstance(field, ForeignKey) and field.related_model is image_model
        ]
        if lookups:
            prefetch_related_objects(instances, *lookups)


class ChildListingMixin:
    """Gives a page type a paginated `listing` of its visible children (see home.graphql)."""

    def child_listing(self, info=None, page: int = 1, per_page: int = DEFAULT_PER_PAGE):
        served = own_locale(info, self)
        choice = choice_of(info, self)
        requested = choice.requested if choice else served
        result: PageOfResults = paginate(
            visible_children(self), page, per_page, locale=(served, requested)
        )
        prefetch_images(result.items)
        return result
