"""No draft or restricted article or city ever shows in the news API, nor in its totals."""

import pytest

from tests.conftest import restrict_with_password
from tests.hidden_cities import assert_answered_as_missing

LISTING = """
query ($city: ID) {
  newsArticles(city: $city) { total items { title relatedCities { cityName } } }
}
"""
ONE_ARTICLE = """
query ($id: ID) { page(id: $id) { ... on NewsArticle { relatedCities { cityName } } } }
"""


@pytest.mark.django_db
def test_draft_and_restricted_articles_are_not_listed_nor_counted(gql, make_article):
    make_article("Public")
    make_article("Draft", publish=False)
    restrict_with_password(make_article("Members only"))

    listing = gql.data(LISTING)["newsArticles"]

    assert listing["total"] == 1
    assert [item["title"] for item in listing["items"]] == ["Public"]


@pytest.mark.django_db
def test_articles_under_a_restricted_index_are_hidden(gql, make_article, news_index):
    make_article("Behind the index")
    restrict_with_password(news_index)

    assert gql.data(LISTING)["newsArticles"]["total"] == 0


@pytest.mark.django_db
def test_related_cities_never_include_hidden_cities(gql, make_article, make_city):
    lyon = make_city("Lyon")
    draft = make_city("Draftville", publish=False)
    secret = make_city("Secretville")
    restrict_with_password(secret)
    article = make_article("Cities", cities=[lyon, draft, secret])

    listing = gql.data(LISTING)["newsArticles"]
    single = gql.data(ONE_ARTICLE, {"id": article.pk})["page"]

    assert listing["items"][0]["relatedCities"] == [{"cityName": "Lyon"}]
    assert single["relatedCities"] == [{"cityName": "Lyon"}]


@pytest.mark.django_db
def test_filtering_by_a_hidden_city_reveals_nothing(gql, make_article, make_city):
    draft = make_city("Draftville", publish=False)
    secret = make_city("Secretville")
    restrict_with_password(secret)
    make_article("Linked to hidden cities", cities=[draft, secret])

    for city in (draft, secret):
        assert_answered_as_missing(gql, LISTING, city)


@pytest.mark.django_db
def test_unpublished_changes_of_a_live_article_stay_unseen(gql, make_article, make_city):
    lyon, rotterdam = make_city("Lyon"), make_city("Rotterdam")
    article = make_article("Published title", cities=[lyon])

    article.title = "Draft title"
    article.related_cities = [rotterdam]
    article.save_revision()

    item = gql.data(LISTING)["newsArticles"]["items"][0]
    assert item == {"title": "Published title", "relatedCities": [{"cityName": "Lyon"}]}
