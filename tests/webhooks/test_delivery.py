"""A publish reaches a real receiver as a signed POST, after commit, through the task queue."""

from pathlib import Path

import pytest
from django.db import transaction

from news.models import NewsArticle
from tests.conftest import add_child, restrict_with_password, translate
from webhooks.models import WebhookDelivery
from webhooks.signing import SIGNATURE_HEADER, verify


def publish_article(parent, title="Tenure security in Lima", publish=True, **fields):
    slug = title.lower().replace(" ", "-")
    return add_child(parent, NewsArticle(title=title, slug=slug, **fields), publish=publish)


@pytest.mark.django_db
def test_publish_sends_a_signed_post_that_verifies(
    receiver, endpoint, worker, news_index, django_capture_on_commit_callbacks
):
    endpoint()
    with django_capture_on_commit_callbacks(execute=True):
        article = publish_article(news_index, summary="Land titles for 4,000 families.")
    worker()

    [request] = receiver.requests
    assert request.path == "/revalidate"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["X-Alliance-Event"] == "page.published"
    assert verify("s3cret", request.headers[SIGNATURE_HEADER], request.body)
    assert not verify("wrong secret", request.headers[SIGNATURE_HEADER], request.body)
    assert not verify("s3cret", request.headers[SIGNATURE_HEADER], request.body + b" ")
    payload = request.json
    assert payload["event"] == "page.published"
    assert payload["page"] == {
        "id": article.pk,
        "type": "NewsArticle",
        "locale": "en",
        "title": "Tenure security in Lima",
        "url": f"http://127.0.0.1:8000{article.url}",
        "translations": [],
        "listedOn": [news_index.pk],
        "listings": ["sitemap", "newsArticles"],
    }
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.response_code, delivery.attempts) == ("delivered", 204, 1)


@pytest.mark.django_db
def test_a_replayed_signature_is_refused_after_five_minutes(
    receiver, endpoint, worker, news_index, django_capture_on_commit_callbacks
):
    endpoint()
    with django_capture_on_commit_callbacks(execute=True):
        publish_article(news_index)
    worker()
    request = receiver.requests[0]
    timestamp = int(request.headers[SIGNATURE_HEADER].split(",")[0][2:])

    assert verify("s3cret", request.headers[SIGNATURE_HEADER], request.body, now=timestamp + 60)
    assert not verify(
        "s3cret", request.headers[SIGNATURE_HEADER], request.body, now=timestamp + 301
    )


@pytest.mark.django_db
def test_nothing_is_sent_before_commit_nor_for_a_rolled_back_publish(
    receiver, endpoint, worker, news_index
):
    endpoint()
    with pytest.raises(RuntimeError), transaction.atomic():
        publish_article(news_index)
        raise RuntimeError("the editor's request failed after publishing")
    worker()

    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


@pytest.mark.django_db
def test_translation_published_lists_its_visible_translations(
    receiver, endpoint, worker, news_index, django_capture_on_commit_callbacks
):
    article = publish_article(news_index)
    translate(news_index, "fr", title="Actualités")
    endpoint(events=["translation.published"])
    with django_capture_on_commit_callbacks(execute=True):
        french = translate(article, "fr", title="Sécurité foncière à Lima")
    worker()

    [request] = receiver.requests
    page = request.json["page"]
    assert request.json["event"] == "translation.published"
    assert (page["id"], page["locale"], page["title"]) == (
        french.pk,
        "fr",
        "Sécurité foncière à Lima",
    )
    assert page["translations"] == [
        {"id": article.pk, "locale": "en", "url": f"http://127.0.0.1:8000{article.url}"}
    ]


@pytest.mark.django_db
def test_locale_filter_keeps_other_languages_out(
    receiver, endpoint, worker, news_index, django_capture_on_commit_callbacks
):
    from wagtail.models import Locale

    endpoint(
        events=["page.published", "translation.published"],
        locales=[Locale.objects.get(language_code="en")],
    )
    article = publish_article(news_index)
    with django_capture_on_commit_callbacks(execute=True):
        translate(article, "fr", title="Sécurité foncière")
    worker()

    assert receiver.requests == []


@pytest.mark.django_db
def test_hidden_pages_are_never_described(
    receiver, endpoint, worker, home, news_index, make_page, django_capture_on_commit_callbacks
):
    from home.models import ContentPage, SectionPage

    endpoint(events=["page.published", "page.unpublished", "page.privacy_changed"])
    with django_capture_on_commit_callbacks(execute=True):
        publish_article(news_index, title="Draft budget", publish=False)
        hidden_parent = add_child(home, SectionPage(title="Old section", slug="old"))
        hidden_parent.unpublish()
        # published, but under an unpublished parent: still hidden, so nothing said
        add_child(hidden_parent, ContentPage(title="Orphan notes", slug="orphan"))
        members = publish_article(news_index, title="Members minutes", publish=False)
        restrict_with_password(members)
        members.save_revision().publish()  # published behind a password: nothing said
        letter = publish_article(news_index, title="Open letter")
        restrict_with_password(letter)  # public until now: its old URL is announced
        notice = publish_article(news_index, title="Old notice")
        notice.unpublish()
    worker()

    bodies = b" ".join(request.body for request in receiver.requests)
    for secret in (b"Draft budget", b"Orphan notes", b"orphan", b"Members minutes"):
        assert secret not in bodies
    by_event = {}
    for request in receiver.requests:
        by_event.setdefault(request.json["event"], []).append(request.json["page"])
    assert [page["title"] for page in by_event["page.published"]] == [
        "Old section",
        "Open letter",
        "Old notice",
    ]
    assert by_event["page.unpublished"] == [
        {"id": hidden_parent.pk, "oldUrl": "http://127.0.0.1:8000/old/"},
        {"id": notice.pk, "oldUrl": f"http://127.0.0.1:8000{notice.url}"},
    ]
    assert by_event["page.privacy_changed"] == [
        {"id": letter.pk, "oldUrl": f"http://127.0.0.1:8000{letter.url}"}
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_delivery_waits_for_the_commit_then_the_worker_sends_it(receiver, endpoint, news_index):
    """Real transactions: the task is queued by the commit and run by the worker `make run`
    starts, exactly as in production."""
    from tests.webhooks.conftest import run_worker

    endpoint()
    with transaction.atomic():
        article = publish_article(news_index)
        assert not WebhookDelivery.objects.exclude(status="pending").exists()
    assert receiver.requests == []  # committed and queued, not sent: publishing did not wait
    run_worker()

    [request] = receiver.requests
    assert request.json["page"]["id"] == article.pk
    assert verify("s3cret", request.headers[SIGNATURE_HEADER], request.body)


@pytest.mark.django_db
def test_the_documented_python_snippet_verifies_a_real_delivery(
    receiver, endpoint, worker, news_index, django_capture_on_commit_callbacks
):
    readme = (Path(__file__).resolve().parents[2] / "frontend-contract" / "README.md").read_text()
    section = readme.split("## Webhooks", 1)[1]
    snippet = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict = {}
    exec(snippet, namespace)  # noqa: S102 (the documentation's own code, under test)
    endpoint()
    with django_capture_on_commit_callbacks(execute=True):
        publish_article(news_index)
    worker()

    request = receiver.requests[0]
    verify_signature = namespace["verify_signature"]
    assert verify_signature("s3cret", request.headers[SIGNATURE_HEADER], request.body)
    assert not verify_signature("s3cret", request.headers[SIGNATURE_HEADER], request.body[:-1])
