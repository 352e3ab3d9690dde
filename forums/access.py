"""Members-only forums are hidden by a Wagtail view restriction, never by an ad hoc check.

`ForumPage.members_only` is the editor's switch; this module keeps a GROUPS restriction for the
"Members" group on the page in step with it, so cms.privacy's policy hides the forum, its
topics and its posts (and every translation of them) from every API path, listing, e-mail and
search at once, and opens them to members in the forum fields.
"""

from __future__ import annotations

from wagtail.models import PageViewRestriction

from members.groups import MEMBERS_GROUP_NAME, members_group


def members_restrictions(page):
    """GROUPS restrictions on `page` that admit the Members group."""
    return PageViewRestriction.objects.filter(
        page=page,
        restriction_type=PageViewRestriction.GROUPS,
        groups__name=MEMBERS_GROUP_NAME,
    )


def ensure_members_restriction(page) -> None:
    if not members_restrictions(page).exists():
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(members_group())


def remove_members_restriction(page) -> None:
    """Open the forum again: drop the Members group from its restrictions (and emptied ones)."""
    for restriction in members_restrictions(page):
        if restriction.groups.count() == 1:
            restriction.delete()
        else:
            restriction.groups.remove(members_group())
