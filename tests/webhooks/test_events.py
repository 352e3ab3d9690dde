"""Moves, deletions, privacy and media changes: what each delivery says."""

import io

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from home.models import ContentPage, SectionPage
from news.models import NewsArticle
from tests.conftest import add_child

BASE = "http://127.0.0.1:8000"


def payloads(receiver, event: str) -> list[dict]:
    return [r.json for r in receiver.requests if r.json["event"] == event]


@pytest.mark.django_db
def test_a_move_gives_old_and_new_url(
    receiver, endpoint, worker, home, django_capture_on_commit_callbacks
):
    endpoint(events=["page.moved"])
    about = add_child(home, SectionPage(title="About", slug="about"))
    team = add_child(home, ContentPage(title="Team", slug="team"))
    with django_capture_on_commit_callbacks(execute=True):
        team.move(about, pos="last-child")
    worker()

    [moved] = payloads(receiver, "page.moved")
    assert moved["page"]["oldUrl"] == f"{BASE}/team/"
    assert moved["page"]["url"] == f"{BASE}/about/team/"
    assert moved["page"]["listedOn"] == [about.pk]


@pytest.mark.django_db
def test_a_move_into_a_restricted_section_says_only_id_and_old_url(
    receiver, endpoint, worker, home, django_capture_on_commit_callbacks
):
    endpoint(events=["page.moved"])
    private = add_child(home, SectionPage(title="Board", slug="board"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    team = add_child(home, ContentPage(title="Team", slug="team"))
    with django_capture_on_commit_callbacks(execute=True):
        team.move(private, pos="last-child")
    worker()

    assert [p["page"] for p in payloads(receiver, "page.moved")] == [
        {"id": team.pk, "oldUrl": f"{BASE}/team/"}
    ]


@pytest.mark.django_db
def test_deleting_a_public_page_gives_id_and_old_url(
    receiver, endpoint, worker, home, news_index, django_capture_on_commit_callbacks
):
    endpoint(events=["page.deleted"])
    article = add_child(news_index, NewsArticle(title="Old story", slug="old-story"))
    add_child(news_index, NewsArticle(title="Draft story", slug="draft-story"), publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        news_index.delete()
    worker()

    pages = sorted((p["page"] for p in payloads(receiver, "page.deleted")), key=lambda p: p["id"])
    assert pages == [
        {"id": news_index.pk, "oldUrl": f"{BASE}/news/"},
        {"id": article.pk, "oldUrl": f"{BASE}/news/old-story/"},
    ]


@pytest.mark.django_db
def test_lifting_a_restriction_announces_the_page_in_full(
    receiver, endpoint, worker, home, django_capture_on_commit_callbacks
):
    endpoint(events=["page.privacy_changed"])
    page = add_child(home, ContentPage(title="Annual report", slug="annual-report"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
    worker()

    [changed] = payloads(receiver, "page.privacy_changed")
    assert changed["page"]["title"] == "Annual report"
    assert changed["page"]["url"] == f"{BASE}/annual-report/"


@pytest.mark.django_db
def test_a_document_change_names_the_visible_pages_using_it(
    receiver, endpoint, worker, home, django_capture_on_commit_callbacks
):
    endpoint(events=["document.changed"])
    document = get_document_model().objects.create(
        title="Housing toolkit", file=ContentFile(io.BytesIO(b"%PDF-1.4").read(), "toolkit.pdf")
    )
    link = f'<p>See <a linktype="document" id="{document.pk}">the toolkit</a>.</p>'
    body = [("paragraph", link)]
    public = add_child(home, ContentPage(title="Toolkits", slug="toolkits", body=body))
    add_child(home, ContentPage(title="Draft", slug="draft", body=body), publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        document.title = "Housing toolkit (2nd edition)"
        document.save()
    worker()

    [changed] = payloads(receiver, "document.changed")
    assert changed["document"]["title"] == "Housing toolkit (2nd edition)"
    assert changed["document"]["url"].startswith(f"{BASE}/documents/{document.pk}/")
    assert changed["pageIds"] == [public.pk]
