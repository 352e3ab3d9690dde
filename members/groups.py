"""The "Members" group: every member is in it (members.signals), and it is what a members-only
forum's view restriction admits (forums.access), so Wagtail's privacy does the gatekeeping."""

from django.contrib.auth.models import Group

MEMBERS_GROUP_NAME = "Members"


def members_group() -> Group:
    """The group whose users may read members-only forums (created the first time it's needed)."""
    group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    return group
