"""Registers forum moderation in the Wagtail admin: listings, bulk actions, dashboard panel."""

from wagtail import hooks

from .bulk_actions import HideBulkAction, PublishBulkAction
from .moderation_views import ForumModerationGroup, PendingModerationPanel


@hooks.register("register_admin_viewset")
def register_moderation_viewsets():
    return ForumModerationGroup()


hooks.register("register_bulk_action", PublishBulkAction)
hooks.register("register_bulk_action", HideBulkAction)


@hooks.register("construct_homepage_panels")
def add_pending_moderation_panel(request, panels):
    if request.user.has_perm("forums.change_post") or request.user.has_perm("forums.change_topic"):
        panels.append(PendingModerationPanel())
