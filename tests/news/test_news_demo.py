"""The demo news loads on a bare site, links themes and cities once they exist, and reloads."""

import pytest

import news.demo
from cms.demo_utils import demo_data
from news.models import NewsArticle, NewsIndexPage


@pytest.mark.django_db
def test_demo_news_is_idempotent_and_links_what_exists(home, make_city, theme, gql):
    news.demo.load(home)  # no themes or cities yet: they are left out, nothing fails
    assert not NewsArticle.objects.filter(themes__isnull=False).exists()

    for slug in ("housing", "city-to-city-cooperation"):
        theme(slug)
    lyon = make_city("Lyon")
    summary = news.demo.load(home)

    assert "articles" in summary
    assert NewsIndexPage.objects.count() == 1
    expected = len(demo_data("news")["articles"])
    assert expected >= 12
    assert NewsArticle.objects.live().count() == expected
    first_forum = NewsArticle.objects.get(slug="looking-back-lyon-first-forum")
    assert list(first_forum.related_cities.all()) == [lyon]
    assert [t.slug for t in first_forum.themes.all()] == ["city-to-city-cooperation"]
    listing = gql.data('{ newsArticles(theme: "housing") { total items { date } } }')
    assert listing["newsArticles"]["total"] >= 4
