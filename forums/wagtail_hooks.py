"""Registers forum moderation in the Wagtail admin: listings, bulk actions, dashboard panel, and
the permission policy that lets moderators change but never add topics, posts or reports."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .bulk_actions import HideBulkAction, PublishBulkAction
from .models import Post, PostReport, Topic
from .moderation_views import (
    ForumModerationGroup,
    ModerationPermissionPolicy,
    PendingModerationPanel,
)

for model in (Topic, Post, PostReport):
    register_permission_policy(model, ModerationPermissionPolicy(model), exact_class=True)


@hooks.register("register_admin_viewset")
def register_moderation_viewsets():
    return ForumModerationGroup()


hooks.register("register_bulk_action", PublishBulkAction)
hooks.register("register_bulk_action", HideBulkAction)


@hooks.register("construct_homepage_panels")
def add_pending_moderation_panel(request, panels):
    if request.user.has_perm("forums.change_post") or request.user.has_perm("forums.change_topic"):
        panels.append(PendingModerationPanel())
