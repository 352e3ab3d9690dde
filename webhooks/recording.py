"""Turning a change into delivery rows, in the transaction of the change, sent after commit.

The rows commit (or roll back) with the change itself; the delivery tasks are queued only once
it has committed, so a receiver never hears of a change the database does not hold, and a
publish never waits for a receiver.
"""

from __future__ import annotations

from collections.abc import Callable

from django.db import transaction

from .models import WebhookDelivery, WebhookEndpoint
from .payloads import envelope


def subscribed(event: str, locale_id=None, content_type_id=None) -> list[WebhookEndpoint]:
    endpoints = WebhookEndpoint.objects.filter(is_active=True).prefetch_related(
        "locales", "content_types"
    )
    return [e for e in endpoints if e.wants(event, locale_id, content_type_id)]


def record(
    event: str,
    subject: Callable[[], dict],
    object_id: int | None,
    locale_id: int | None = None,
    content_type_id: int | None = None,
) -> list[WebhookDelivery]:
    """One delivery per subscribed endpoint; `subject` is only built when someone listens.
    A paused endpoint's deliveries are held, to be sent when it is resumed."""
    endpoints = subscribed(event, locale_id, content_type_id)
    if not endpoints:
        return []
    body = envelope(event, subject())
    deliveries = WebhookDelivery.objects.bulk_create(
        WebhookDelivery(
            endpoint=endpoint,
            event=event,
            object_id=object_id,
            body=body,
            status=WebhookDelivery.Status.HELD
            if endpoint.paused_at
            else WebhookDelivery.Status.PENDING,
        )
        for endpoint in endpoints
    )
    send_after_commit([d.pk for d in deliveries if d.status == WebhookDelivery.Status.PENDING])
    return deliveries


def send_after_commit(delivery_ids: list[int]) -> None:
    from .tasks import deliver

    def enqueue():
        for pk in delivery_ids:
            deliver.enqueue(pk)

    if delivery_ids:
        transaction.on_commit(enqueue)


def redeliver(delivery: WebhookDelivery) -> WebhookDelivery:
    """A fresh delivery of the same body (the log keeps the old one and its attempts)."""
    again = WebhookDelivery.objects.create(
        endpoint=delivery.endpoint,
        event=delivery.event,
        object_id=delivery.object_id,
        body=delivery.body,
        status=WebhookDelivery.Status.HELD
        if delivery.endpoint.paused_at
        else WebhookDelivery.Status.PENDING,
    )
    if again.status == WebhookDelivery.Status.PENDING:
        send_after_commit([again.pk])
    return again


def resume(endpoint: WebhookEndpoint) -> int:
    """Unpause `endpoint` and send what was held for it; returns how many."""
    endpoint.resume()
    held = endpoint.deliveries.filter(status=WebhookDelivery.Status.HELD)
    ids = list(held.values_list("pk", flat=True))
    held.update(status=WebhookDelivery.Status.PENDING)
    send_after_commit(ids)
    return len(ids)
