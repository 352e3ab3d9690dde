"""Webhook endpoints (managed by editors in the admin) and the log of every delivery to them.

A delivery row is written in the transaction of the change it reports and holds the exact JSON
body that will be signed and sent, so the log shows what left the system, a retry sends the
same bytes, and a rolled-back change sends nothing.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone

from .events import PAGE_EVENTS, WebhookEvent


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    name = models.CharField(max_length=100, help_text="Who receives it, e.g. Main site (Next.js)")
    url = models.URLField(max_length=500, help_text="Where changes are POSTed (http or https)")
    secret = models.CharField(
        max_length=100,
        default=new_secret,
        help_text="Shared with the receiver to verify the X-Alliance-Signature header",
    )
    events = models.JSONField(default=list, help_text="Event names this endpoint receives")
    locales = models.ManyToManyField(
        "wagtailcore.Locale", blank=True, help_text="Only pages in these languages (none: all)"
    )
    content_types = models.ManyToManyField(
        ContentType, blank=True, help_text="Only pages of these types (none: all)"
    )
    is_active = models.BooleanField(default=True, help_text="Untick to stop sending")
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)
    paused_at = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Set after too many failed attempts in a row; resume from the listing",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self):
        return self.name

    @property
    def status(self) -> str:
        if self.paused_at:
            return f"Paused after {self.consecutive_failures} failed attempts in a row"
        return "Active" if self.is_active else "Switched off"

    def wants(self, event: str, locale_id: int | None, content_type_id: int | None) -> bool:
        """Whether this endpoint subscribed to `event` about a page of that locale and type
        (media events ignore the page filters). Locale and type ids are prefetched."""
        if event not in self.events:
            return False
        if event not in PAGE_EVENTS:
            return True
        locales = {locale.pk for locale in self.locales.all()}
        types = {content_type.pk for content_type in self.content_types.all()}
        return (not locales or locale_id in locales) and (not types or content_type_id in types)

    def resume(self) -> None:
        self.paused_at = None
        self.consecutive_failures = 0
        self.save(update_fields=["paused_at", "consecutive_failures"])


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        RETRYING = "retrying", "Retrying"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed (gave up)"
        HELD = "held", "Held (endpoint paused)"

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(max_length=40, choices=WebhookEvent.choices)
    object_id = models.PositiveBigIntegerField(
        null=True, help_text="Page, document or image the event is about"
    )
    body = models.TextField(help_text="The JSON sent, byte for byte")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "webhook deliveries"

    def __str__(self):
        return f"{self.event} #{self.object_id} to {self.endpoint}"

    @property
    def gave_up(self) -> bool:
        return self.attempts >= settings.WEBHOOK_MAX_ATTEMPTS
