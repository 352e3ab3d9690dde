"""Plone's Folder behaviour: a page lists its visible children, a page of results at a time."""

from __future__ import annotations

from collections import defaultdict

from django.db.models import ForeignKey, prefetch_related_objects
from wagtail.images import get_image_model
from wagtail.models import Page

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
        result: PageOfResults = paginate(visible_children(self), page, per_page)
        prefetch_images(result.items)
        return result
