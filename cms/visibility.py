"""The one answer to "what may this requester see": every query path, listing and index uses it.

Privacy rules: only live pages, never the tree root, never pages under a view restriction
(password, login or group: members-only forums are group restrictions). Drafts and unpublished
revisions never reach the API because only the live, published column values are read.
"""

from __future__ import annotations

from django.db.models import QuerySet
from wagtail.models import Page, PageViewRestriction


def visible_pages(queryset: QuerySet | None = None, request=None) -> QuerySet:
    """Live, public pages (never the root) from `queryset` (default: all pages)."""
    queryset = Page.objects.all() if queryset is None else queryset
    return queryset.live().public().filter(depth__gt=1)


def is_page_visible(page: Page, request=None) -> bool:
    """Whether a single page instance may be shown (same rule as `visible_pages`)."""
    if page is None or not page.live or page.depth <= 1:
        return False
    return not PageViewRestriction.objects.filter(
        page__path__in=[
            page.path[:i] for i in range(Page.steplen, len(page.path) + 1, Page.steplen)
        ]
    ).exists()
