"""Builders for news tests: an index, cities, themes and articles with their relations."""

import datetime

import pytest

from news.models import NewsArticle, NewsIndexPage


@pytest.fixture
def news_index(home, make_page):
    return make_page(home, NewsIndexPage(title="News", slug="news"))


@pytest.fixture
def make_article(news_index, make_page):
    def build(
        title: str,
        date: datetime.date = datetime.date(2024, 1, 1),
        publish: bool = True,
        themes=(),
        cities=(),
        tags=(),
        **fields,
    ) -> NewsArticle:
        article = NewsArticle(title=title, date=date, **fields)
        article.themes = list(themes)
        article.related_cities = list(cities)
        article.tags.set(list(tags))
        return make_page(news_index, article, publish=publish)

    return build
