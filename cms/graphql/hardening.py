"""Remove Wagtail internals that grapple exposes on every page type.

Grapple turns every `wagtailcore.Page` column into a GraphQL field. Several describe unpublished
work (`draftTitle`, `hasUnpublishedChanges`, `latestRevisionCreatedAt`, scheduled `goLiveAt`),
count hidden children (`numchild`), point at pages that may be drafts (`aliasOf`) or are editor
bookkeeping (`locked`, `lockedAt`, `path`). None of it is for frontends, so none of it is served.
"""

from grapple.registry import registry

INTERNAL_PAGE_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision_created_at",
    "latest_revision",
    "live_revision",
    "go_live_at",
    "expire_at",
    "expired",
    "numchild",
    "alias_of",
    "locked",
    "locked_at",
    "locked_by",
    "owner",
    "path",
}


def strip_internal_page_fields(page_interface) -> None:
    for graphene_type in [page_interface, *registry.pages.values()]:
        for name in INTERNAL_PAGE_FIELDS:
            graphene_type._meta.fields.pop(name, None)
