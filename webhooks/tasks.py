"""Sending deliveries on the persistent "webhooks" task backend, with retries and pausing.

`make run` runs the worker next to the web server; in production run
`python manage.py db_worker --backend webhooks`. A failed attempt (a non-2xx answer, a timeout,
a refused address) is retried after `WEBHOOK_RETRY_DELAYS` (the last delay repeats) until
`WEBHOOK_MAX_ATTEMPTS`; an endpoint that fails `WEBHOOK_PAUSE_AFTER_FAILURES` attempts in a row
is paused: its deliveries are held until an editor resumes it, so a dead receiver does not
keep the queue busy. Redirects are not followed (they could lead into a private network).
"""

from __future__ import annotations

import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from .addresses import delivery_problem
from .models import WebhookDelivery, WebhookEndpoint
from .signing import SIGNATURE_HEADER, signature_header

logger = logging.getLogger(__name__)
Status = WebhookDelivery.Status


@task(backend="webhooks")
def deliver(delivery_id: int) -> str:
    delivery = WebhookDelivery.objects.select_related("endpoint").filter(pk=delivery_id).first()
    if delivery is None or delivery.status in (Status.DELIVERED, Status.FAILED):
        return "nothing to do"
    endpoint = delivery.endpoint
    if endpoint.paused_at or not endpoint.is_active:
        delivery.status = Status.HELD
        delivery.save(update_fields=["status"])
        return "held"
    code, error = attempt(delivery)
    delivery.attempts += 1
    delivery.response_code = code
    delivery.last_error = error
    delivery.last_attempt_at = timezone.now()
    if not error:
        delivery.status = Status.DELIVERED
        delivery.delivered_at = delivery.last_attempt_at
        delivery.save()
        if endpoint.consecutive_failures:  # a write (a commit) only when a failure streak ends
            WebhookEndpoint.objects.filter(pk=endpoint.pk).update(consecutive_failures=0)
        return "delivered"
    return record_failure(delivery)


def attempt(delivery: WebhookDelivery) -> tuple[int | None, str]:
    """POST the delivery once: (response code, error text; empty on success)."""
    endpoint = delivery.endpoint
    problem = delivery_problem(endpoint.url)
    if problem:
        return None, problem
    body = delivery.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "alliance-cms-webhooks/1",
        "X-Alliance-Event": delivery.event,
        "X-Alliance-Delivery": str(delivery.pk),
        SIGNATURE_HEADER: signature_header(endpoint.secret, body),
    }
    try:
        response = requests.post(
            endpoint.url,
            data=body,
            headers=headers,
            timeout=settings.WEBHOOK_TIMEOUT_SECONDS,
            allow_redirects=False,
        )
    except requests.RequestException as error:
        return None, f"{type(error).__name__}: {error}"[:2000]
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    return response.status_code, f"HTTP {response.status_code}: {response.text[:500]}"


def record_failure(delivery: WebhookDelivery) -> str:
    endpoint = delivery.endpoint
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(
        consecutive_failures=F("consecutive_failures") + 1
    )
    endpoint.refresh_from_db(fields=["consecutive_failures", "paused_at"])
    if endpoint.consecutive_failures >= settings.WEBHOOK_PAUSE_AFTER_FAILURES:
        pause(endpoint)
    if delivery.gave_up:
        delivery.status = Status.FAILED
    elif endpoint.paused_at:
        delivery.status = Status.HELD
    else:
        delivery.status = Status.RETRYING
    delivery.save()
    logger.warning("Webhook delivery %s failed: %s", delivery.pk, delivery.last_error)
    if delivery.status == Status.RETRYING:
        retry_later(delivery)
    return delivery.status


def pause(endpoint: WebhookEndpoint) -> None:
    if endpoint.paused_at is None:
        endpoint.paused_at = timezone.now()
        endpoint.save(update_fields=["paused_at"])
        endpoint.deliveries.filter(status__in=[Status.PENDING, Status.RETRYING]).update(
            status=Status.HELD
        )
        logger.warning("Webhook endpoint %s paused after repeated failures", endpoint.pk)


def retry_later(delivery: WebhookDelivery) -> None:
    delays = settings.WEBHOOK_RETRY_DELAYS
    delay = delays[min(delivery.attempts, len(delays)) - 1]
    if deliver.get_backend().supports_defer:
        deliver.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(delivery.pk)
    else:  # an immediate backend (tests of other apps): the retries happen now
        deliver.enqueue(delivery.pk)
