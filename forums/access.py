"""Members-only forums are hidden by a Wagtail view restriction, never by an ad hoc check.

`ForumPage.members_only` is the editor's switch; this module keeps a GROUPS restriction for the
"Members" group on the page in step with it, so `cms.visibility` (live().public()) hides the
forum, its topics and its posts from every API path, listing and search at once.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

MEMBERS_GROUP_NAME = "Members"


def members_group() -> Group:
    """The group whose users may read members-only forums (created the first time it's needed)."""
    group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    return group


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
