"""A failing receiver: retries with backoff, then the endpoint is paused and the admin says so."""

import pytest

from news.models import NewsArticle
from tests.conftest import add_child
from webhooks.models import WebhookDelivery


def publish(parent, title: str):
    return add_child(parent, NewsArticle(title=title, slug=title.lower().replace(" ", "-")))


@pytest.mark.django_db
def test_a_receiver_answering_500_gets_retries_then_a_pause(
    receiver, endpoint, worker, news_index, admin_client, django_capture_on_commit_callbacks
):
    hook = endpoint()
    receiver.status = 500
    with django_capture_on_commit_callbacks(execute=True):
        publish(news_index, "Budget vote")
    worker()

    # WEBHOOK_PAUSE_AFTER_FAILURES is 3: three attempts, all signed alike, then nothing more
    assert len(receiver.requests) == 3
    assert len({request.body for request in receiver.requests}) == 1
    hook.refresh_from_db()
    assert hook.paused_at is not None
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("held", 3, 500)

    # Changes made while paused are kept, not sent.
    with django_capture_on_commit_callbacks(execute=True):
        publish(news_index, "Second vote")
    worker()
    assert len(receiver.requests) == 3

    listing = admin_client.get("/admin/webhooks/endpoints/").content.decode()
    assert "Paused after 3 failed attempts in a row" in listing
    assert f"/admin/webhooks/actions/endpoints/{hook.pk}/resume/" in listing

    receiver.status = 200
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/webhooks/actions/endpoints/{hook.pk}/resume/")
    assert response.status_code == 302
    worker()

    titles = [request.json["page"]["title"] for request in receiver.requests[3:]]
    assert sorted(titles) == ["Budget vote", "Second vote"]
    assert set(WebhookDelivery.objects.values_list("status", flat=True)) == {"delivered"}
    hook.refresh_from_db()
    assert (hook.paused_at, hook.consecutive_failures) == (None, 0)


@pytest.mark.django_db
def test_retries_stop_after_the_maximum_attempts(
    receiver, endpoint, worker, news_index, settings, django_capture_on_commit_callbacks
):
    settings.WEBHOOK_MAX_ATTEMPTS = 2
    endpoint()
    receiver.status = 503
    with django_capture_on_commit_callbacks(execute=True):
        publish(news_index, "Budget vote")
    worker()

    assert len(receiver.requests) == 2
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 2)
    assert "HTTP 503" in delivery.last_error


@pytest.mark.django_db
def test_backoff_schedules_each_retry_later(
    receiver, endpoint, worker, news_index, settings, django_capture_on_commit_callbacks
):
    from django_tasks_db.models import DBTaskResult

    settings.WEBHOOK_RETRY_DELAYS = [60, 600]
    endpoint()
    receiver.status = 500
    with django_capture_on_commit_callbacks(execute=True):
        publish(news_index, "Budget vote")
    worker()  # the first attempt; the retry waits a minute, so the batch ends

    assert len(receiver.requests) == 1
    waiting = DBTaskResult.objects.filter(backend_name="webhooks", status="READY").get()
    delay = (waiting.run_after - waiting.enqueued_at).total_seconds()
    assert 55 < delay < 65
    assert WebhookDelivery.objects.get().status == "retrying"


@pytest.mark.django_db
def test_the_delivery_log_shows_status_code_attempts_and_redelivers(
    receiver, endpoint, worker, news_index, admin_client, django_capture_on_commit_callbacks
):
    endpoint()
    with django_capture_on_commit_callbacks(execute=True):
        publish(news_index, "Budget vote")
    worker()
    delivery = WebhookDelivery.objects.get()

    log = admin_client.get("/admin/webhooks/deliveries/").content.decode()
    assert "page.published" in log
    assert "Delivered" in log and ">204<" in log.replace(" ", "").replace("\n", "")
    redeliver_url = f"/admin/webhooks/actions/deliveries/{delivery.pk}/redeliver/"
    assert redeliver_url in log
    assert admin_client.get(redeliver_url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(redeliver_url).status_code == 302
    worker()

    assert len(receiver.requests) == 2
    assert receiver.requests[0].body == receiver.requests[1].body
    assert WebhookDelivery.objects.filter(status="delivered").count() == 2
