"""Publish or hide many topics or posts at once from the moderation listings (also per item)."""

from django.contrib.admin.utils import quote
from django.urls import reverse
from django.utils.text import capfirst
from wagtail.admin.views.bulk_action import BulkAction

from .models import ModerationStatus, Post, Topic
from .moderation import set_status


class ModerationBulkAction(BulkAction):
    models = [Topic, Post]
    template_name = "forums/moderation/confirm_bulk_moderation.html"
    target_status: str = ""
    verb = ""

    def check_perm(self, obj):
        return self.request.user.has_perm(f"forums.change_{self.model._meta.model_name}")

    def object_context(self, obj):
        return {
            "item": obj,
            "edit_url": reverse(
                f"{self.model._meta.model_name}_moderation:edit", args=(quote(obj.pk),)
            ),
        }

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "verb": self.verb}

    @classmethod
    def execute_action(cls, objects, **kwargs):
        return set_status(objects, cls.target_status), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        noun = (
            self.model._meta.verbose_name
            if num_parent_objects == 1
            else self.model._meta.verbose_name_plural
        )
        return f"{capfirst(self.verb)} {num_parent_objects} {noun}."


class PublishBulkAction(ModerationBulkAction):
    display_name = "Publish"
    action_type = "publish"
    aria_label = "Publish the selected items"
    action_priority = 10
    target_status = ModerationStatus.PUBLISHED
    verb = "published"


class HideBulkAction(ModerationBulkAction):
    display_name = "Hide"
    action_type = "hide"
    aria_label = "Hide the selected items from readers"
    action_priority = 20
    classes = {"serious"}
    target_status = ModerationStatus.HIDDEN
    verb = "hidden"
