"""Replaces grapple's root `search`, which searched drafts and restricted pages too."""

import graphene
from grapple.types.interfaces import get_page_interface
from wagtail.models import Page

from cms.visibility import visible_pages


class SearchQuery:
    search = graphene.List(
        graphene.NonNull(get_page_interface),
        query=graphene.String(required=True),
        limit=graphene.Int(default_value=20),
        required=True,
        description="Full-text search over visible pages only",
    )

    def resolve_search(self, info, query, limit=20):
        query = query.strip()
        if not query:
            return []
        limit = max(1, min(limit, 100))
        results = visible_pages(Page.objects.all()).search(query)[:limit]
        return list(Page.objects.filter(pk__in=[p.pk for p in results]).specific())
