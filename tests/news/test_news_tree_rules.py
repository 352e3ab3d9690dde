"""Editors can only build sensible trees: articles live in news indexes and nowhere else."""

import pytest

from events.models import EventIndexPage
from home.models import HomePage
from news.models import NewsArticle, NewsIndexPage


@pytest.mark.django_db
def test_article_only_under_a_news_index(home, make_page):
    news = make_page(home, NewsIndexPage(title="News", slug="news"))
    events = make_page(home, EventIndexPage(title="Events", slug="events"))

    assert NewsArticle.can_create_at(news)
    assert not NewsArticle.can_create_at(events)
    assert not NewsArticle.can_create_at(home)


def test_news_index_holds_only_articles():
    assert NewsIndexPage.allowed_subpage_models() == [NewsArticle]
    assert NewsArticle.allowed_subpage_models() == []
    assert HomePage in NewsIndexPage.allowed_parent_page_models()
