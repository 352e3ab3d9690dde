"""Builders for news tests: an index, cities, themes and articles with their relations."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from cities.models import CityIndexPage, CityProfilePage
from cms.models import Theme
from news.models import NewsArticle, NewsIndexPage


@pytest.fixture
def news_index(home, make_page):
    return make_page(home, NewsIndexPage(title="News", slug="news"))


@pytest.fixture
def city_index(home, make_page):
    return make_page(home, CityIndexPage(title="Cities", slug="cities"))


@pytest.fixture
def make_city(city_index, make_page):
    def build(name: str, publish: bool = True, country: str = "FR") -> CityProfilePage:
        page = CityProfilePage(title=name, slug=name.lower(), city_name=name, country=country)
        return make_page(city_index, page, publish=publish)

    return build


@pytest.fixture
def theme(db):
    def build(slug: str) -> Theme:
        return Theme.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]

    return build


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


def restrict_with_password(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
