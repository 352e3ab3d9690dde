"""Wagtail admin listings where moderators review topics and posts, filter and act on them."""

from urllib.parse import urlencode

import django_filters
from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from .models import ForumPage, ModerationStatus, Post, PostReport, Topic
from .moderation import open_report_count, pending_counts
from .sanitise import clean_html

ROW_ACTIONS = [
    ("publish", "Publish", "check", ModerationStatus.PUBLISHED),
    ("hide", "Hide", "no-view", ModerationStatus.HIDDEN),
]


class TopicFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=ModerationStatus.choices)
    forum = django_filters.ModelChoiceFilter(queryset=ForumPage.objects.all())

    class Meta:
        model = Topic
        fields = ["status", "forum"]


class PostFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=ModerationStatus.choices)
    forum = django_filters.ModelChoiceFilter(
        field_name="topic__forum", queryset=ForumPage.objects.all(), label="Forum"
    )

    class Meta:
        model = Post
        fields = ["status"]


class ModerationIndexView(IndexView):
    """A listing with bulk-action checkboxes and per-row Publish / Hide actions."""

    template_name = "forums/moderation/index.html"
    select_related: tuple[str, ...] = ()

    def get_base_queryset(self):
        return super().get_base_queryset().select_related(*self.select_related)

    @cached_property
    def columns(self):
        obj_type = self.model._meta.model_name
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type=obj_type), *super().columns]

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        obj_type = self.model._meta.model_name
        return super()._get_title_column(
            field_name,
            column_class,
            get_title_id=lambda instance: f"{obj_type}_{quote(instance.pk)}_title",
            **kwargs,
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        opts = self.model._meta
        # Back to the full listing with the same filters (not to the AJAX results fragment).
        listing = reverse(self.index_url_name)
        if self.request.GET:
            listing = f"{listing}?{self.request.GET.urlencode()}"
        query = urlencode({"id": instance.pk, "next": listing})
        for action, label, icon, status in ROW_ACTIONS:
            if instance.status != status:
                url = reverse("wagtail_bulk_action", args=(opts.app_label, opts.model_name, action))
                buttons.append(MenuItem(label, f"{url}?{query}", icon_name=icon, priority=5))
        return buttons


class TopicIndexView(ModerationIndexView):
    select_related = ("forum", "author")


class PostIndexView(ModerationIndexView):
    select_related = ("topic__forum", "author")


class SanitisedHtmlPanel(FieldPanel):
    """A stored HTML field shown as readers see it; use with read_only=True. The HTML passes
    the sanitiser again on the way out, whatever wrote it to the database."""

    def format_value_for_display(self, value):
        return mark_safe(clean_html(value))


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Topics, posts and reports come from members over the API: the admin moderates them but
    never creates one (a post made here would speak for someone else)."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


class ModerationViewSet(ModelViewSet):
    """Shows how many items wait for a moderator in its menu label, e.g. "Posts (3 pending)"."""

    copy_view_enabled = False
    add_to_admin_menu = False
    counted_as = ""
    waiting_word = "pending"

    def waiting_count(self) -> int:
        return pending_counts()[self.counted_as]

    @cached_property
    def menu_item_class(self):
        viewset = self

        class WaitingCountMenuItem(super().menu_item_class):
            def render_component(self, request):
                component = super().render_component(request)
                waiting = viewset.waiting_count()
                if waiting:
                    component.label = f"{self.label} ({waiting} {viewset.waiting_word})"
                return component

        return WaitingCountMenuItem


class TopicViewSet(ModerationViewSet):
    model = Topic
    icon = "comment"
    menu_label = "Topics"
    counted_as = "topics"
    url_namespace = "topic_moderation"
    url_prefix = "forums/topics"
    index_view_class = TopicIndexView
    filterset_class = TopicFilterSet
    search_fields = ["title"]
    list_display = ["title", "forum", "author", "status", "is_pinned", "last_activity_at"]
    ordering = ["-last_activity_at"]
    # Who started a topic is a fact, not a moderator's choice: shown, never a form field.
    panels = [
        FieldPanel("forum"),
        FieldPanel("title"),
        FieldPanel("author", read_only=True),
        FieldPanel("status"),
        FieldPanel("is_pinned"),
        FieldPanel("is_locked"),
    ]


class PostViewSet(ModerationViewSet):
    model = Post
    icon = "comment"
    menu_label = "Posts"
    counted_as = "posts"
    url_namespace = "post_moderation"
    url_prefix = "forums/posts"
    index_view_class = PostIndexView
    filterset_class = PostFilterSet
    search_fields = ["body"]
    list_display = ["excerpt", "topic", "forum", "author", "status", "created_at"]
    ordering = ["-created_at"]
    # A moderator publishes or hides what a member wrote; they do not rewrite it, move it or
    # change who wrote it, so only the status is a form field.
    panels = [
        FieldPanel("topic", read_only=True),
        FieldPanel("author", read_only=True),
        SanitisedHtmlPanel("body", read_only=True),
        FieldPanel("status"),
    ]


class ReportFilterSet(WagtailFilterSet):
    post_status = django_filters.ChoiceFilter(
        field_name="post__status", choices=ModerationStatus.choices, label="Post status"
    )

    class Meta:
        model = PostReport
        fields = []


class ReportIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("post__topic__forum", "reporter")

    def get_list_more_buttons(self, instance):
        """A report is dealt with from its row: hide the reported post (its confirmation page
        comes back here), or delete the report to dismiss it."""
        buttons = super().get_list_more_buttons(instance)
        if instance.post.status != ModerationStatus.HIDDEN:
            url = reverse("wagtail_bulk_action", args=("forums", "post", "hide"))
            query = urlencode({"id": instance.post_id, "next": self.request.get_full_path()})
            buttons.append(MenuItem("Hide the post", f"{url}?{query}", icon_name="no-view"))
        return buttons


class ReportViewSet(ModerationViewSet):
    """Posts members reported; open reports are those whose post readers can still see.
    Hiding the post (Posts listing, or hidePost over the API) deals with a report; deleting
    the report dismisses it."""

    model = PostReport
    icon = "warning"
    menu_label = "Reports"
    waiting_word = "open"
    url_namespace = "report_moderation"
    url_prefix = "forums/reports"
    index_view_class = ReportIndexView
    filterset_class = ReportFilterSet
    search_fields = ["reason", "post__body"]
    list_display = ["post", "post_status", "forum", "reporter", "reason", "created_at"]
    ordering = ["-created_at"]
    form_fields = ["reason"]

    def waiting_count(self) -> int:
        return open_report_count()


class ForumModerationGroup(ModelViewSetGroup):
    menu_label = "Forum moderation"
    menu_icon = "comment"
    items = (TopicViewSet, PostViewSet, ReportViewSet)


class PendingModerationPanel(Component):
    """Dashboard panel: how many topics and posts wait for a moderator, with links to them."""

    name = "forum_moderation"
    order = 150
    template_name = "forums/moderation/dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        pending = pending_counts()
        query = urlencode({"status": ModerationStatus.PENDING})
        return {
            "pending_topics": pending["topics"],
            "pending_posts": pending["posts"],
            "topics_url": f"{reverse('topic_moderation:index')}?{query}",
            "posts_url": f"{reverse('post_moderation:index')}?{query}",
        }
