"""Which attached documents may be listed: none from a collection under a view restriction."""

from __future__ import annotations

from django.db.models import Q
from wagtail.models import CollectionViewRestriction


def restricted_collections_q(prefix: str = "document__collection__") -> Q:
    """Matches documents in a restricted collection or any collection below one."""
    q = Q(pk__in=[])
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        q |= Q(**{f"{prefix}path__startswith": path})
    return q


def public_attachments(queryset):
    """`KnowledgeDocument`s whose file anyone may download, with the file row joined."""
    return queryset.exclude(restricted_collections_q()).select_related("document")
