"""A realistic news listing costs the same, pinned, number of SQL queries for 3 and 12 articles."""

import datetime

import pytest

from cms.demo_utils import demo_image
from tests.query_counts import FEW, MANY

LISTING = """
query ($perPage: Int) {
  newsArticles(perPage: $perPage) {
    total
    items {
      id title slug url date summary locale
      leadImage {
        url width height
        rendition(fill: "640x360") { url width }
        srcSet(sizes: [320, 640])
      }
      tags { id name }
      themes { slug name }
      relatedCities { id title cityName country }
    }
  }
}
"""


def seed(make_article, make_city, theme, count: int) -> None:
    cities = [make_city(f"City{n}") for n in range(3)]
    themes = [theme("housing"), theme("water-sanitation")]
    for n in range(count):
        make_article(
            f"Article {n}",
            datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            lead_image=demo_image(f"Article image {n}", width=64, height=36),
            themes=themes[: 1 + n % 2],
            cities=cities[: 1 + n % 3],
            tags=[f"tag-{n % 4}", "alliance"],
        )


def queries_for(gql, per_page: int) -> int:
    gql.data(LISTING, {"perPage": per_page})  # generate the renditions once
    data, count = gql.count_queries(LISTING, {"perPage": per_page})
    assert len(data["newsArticles"]["items"]) == per_page
    assert all(item["leadImage"]["srcSet"] for item in data["newsArticles"]["items"])
    return count


@pytest.mark.django_db
def test_listing_query_count_does_not_grow_with_items(gql, make_article, make_city, theme):
    seed(make_article, make_city, theme, MANY)

    assert [queries_for(gql, FEW), queries_for(gql, MANY)] == [13] * 2
