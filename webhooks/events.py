"""The changes a frontend can subscribe to, named as they appear in each payload's `event`."""

from django.db import models


class WebhookEvent(models.TextChoices):
    PAGE_PUBLISHED = "page.published", "Page published"
    PAGE_UNPUBLISHED = "page.unpublished", "Page unpublished"
    PAGE_MOVED = "page.moved", "Page moved"
    PAGE_DELETED = "page.deleted", "Page deleted"
    PRIVACY_CHANGED = "page.privacy_changed", "Page privacy changed"
    TRANSLATION_PUBLISHED = "translation.published", "Translation published"
    DOCUMENT_CHANGED = "document.changed", "Document changed"
    IMAGE_CHANGED = "image.changed", "Image changed"


# Events about a page: an endpoint's locale and content type filters apply to them.
PAGE_EVENTS = frozenset(
    {
        WebhookEvent.PAGE_PUBLISHED,
        WebhookEvent.PAGE_UNPUBLISHED,
        WebhookEvent.PAGE_MOVED,
        WebhookEvent.PAGE_DELETED,
        WebhookEvent.PRIVACY_CHANGED,
        WebhookEvent.TRANSLATION_PUBLISHED,
    }
)
