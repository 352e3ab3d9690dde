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
    """The restrictions this module owns on `page`: GROUPS restrictions for the Members group."""
    return PageViewRestriction.objects.filter(
        page=page,
        restriction_type=PageViewRestriction.GROUPS,
        groups__name=MEMBERS_GROUP_NAME,
    )


def sync_members_restriction(page, members_only: bool) -> None:
    """Add or remove the Members restriction so that it matches the `members_only` flag."""
    if members_only:
        if not members_restrictions(page).exists():
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.add(members_group())
    else:
        for restriction in members_restrictions(page):
            if restriction.groups.count() == 1:
                restriction.delete()
            else:
                restriction.groups.remove(members_group())
