"""Editors can only build sensible trees: events live in event indexes and nowhere else."""

import pytest

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from news.models import NewsArticle, NewsIndexPage


@pytest.mark.django_db
def test_event_only_under_an_event_index(home, make_page):
    events = make_page(home, EventIndexPage(title="Events", slug="events"))
    news = make_page(home, NewsIndexPage(title="News", slug="news"))

    assert EventPage.can_create_at(events)
    assert not EventPage.can_create_at(news)
    assert not EventPage.can_create_at(home)
    assert not NewsArticle.can_create_at(events)


def test_event_index_holds_only_events():
    assert EventIndexPage.allowed_subpage_models() == [EventPage]
    assert EventPage.allowed_subpage_models() == []
    assert HomePage in EventIndexPage.allowed_parent_page_models()
