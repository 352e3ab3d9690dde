"""The one answer to "what may this requester see": every query path, listing and index uses it.

Privacy rules (cms.privacy holds them): only live pages, never the tree root, never pages
under a page that is not live, never pages under a view restriction (password, login or
group: members-only forums are group restrictions). A restriction covers every translation of
the restricted page too: restricting the English page must not leave its French translation
public until someone syncs it. Drafts and unpublished revisions never reach the API because
only the live, published column values are read. These helpers apply the rules for an
anonymous requester; the GraphQL privacy gate applies them to every object it serves.
"""

from __future__ import annotations

from django.db.models import QuerySet
from wagtail.models import Page

from cms.privacy import anonymous_policy


def visible_pages(queryset: QuerySet | None = None, request=None) -> QuerySet:
    """Live, public pages (never the root, nor under a draft) from `queryset` (default: all)."""
    return anonymous_policy().pages(Page.objects.all() if queryset is None else queryset)
