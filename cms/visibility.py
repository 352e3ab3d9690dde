"""The one answer to "what may this requester see": every query path, listing and index uses it.

Privacy rules: only live pages, never the tree root, never pages under a view restriction
(password, login or group: members-only forums are group restrictions). A restriction covers
every translation of the restricted page too: restricting the English page must not leave its
French translation public until someone syncs it. Drafts and unpublished revisions never reach
the API because only the live, published column values are read.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Q, QuerySet
from wagtail.models import Page, PageViewRestriction


def restricted_paths() -> list[str]:
    """Tree paths of restricted pages and of all their translations (one query)."""
    keys = PageViewRestriction.objects.values("page__translation_key")
    return list(Page.objects.filter(translation_key__in=keys).values_list("path", flat=True))


def visible_pages(queryset: QuerySet | None = None, request=None) -> QuerySet:
    """Live, public pages (never the root) from `queryset` (default: all pages)."""
    queryset = Page.objects.all() if queryset is None else queryset
    queryset = queryset.live().filter(depth__gt=1)
    paths = restricted_paths()
    if paths:
        queryset = queryset.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))
    return queryset


def is_page_visible(page: Page, request=None) -> bool:
    """Whether a single page instance may be shown (same rule as `visible_pages`)."""
    if page is None or not page.live or page.depth <= 1:
        return False
    lineage = Page.objects.filter(
        path__in=[page.path[:i] for i in range(Page.steplen, len(page.path) + 1, Page.steplen)]
    ).values("translation_key")
    return not PageViewRestriction.objects.filter(page__translation_key__in=lineage).exists()
