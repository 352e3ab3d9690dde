"""A page of 10 or 100 products costs the same number of SQL queries, relations included."""

import datetime
import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from .conftest import make_document, region

pytestmark = pytest.mark.django_db

REALISTIC_LISTING = """
query ($perPage: Int) {
  knowledgeProducts(perPage: $perPage) {
    total
    items {
      id title url productType publicationDate language summary
      coverImage { url rendition(fill: "320x180") { url width } srcSet(sizes: [320, 640]) }
      authors { name role }
      publisher { name acronym }
      themes { name slug }
      regions { slug }
      relatedCities {
        cityName country url region { slug }
        leadImage { rendition(fill: "160x160") { url } }
      }
      documents { title url fileSize fileType document { id title } }
    }
  }
}
"""


def small_image(title: str):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), (160, 90, 30)).save(buffer, format="JPEG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="c.jpg"))


@pytest.fixture
def hundred_products(make_product, make_city, theme, person, publisher):
    cities = [
        make_city(f"City {n}", lead_image=small_image(f"City {n}"), region=region("africa"))
        for n in range(5)
    ]
    themes = [theme("housing"), theme("water"), theme("financing")]
    people = [person("Amina Diallo"), person("Lucas Moreau")]
    document = make_document("report")
    for number in range(100):
        make_product(
            f"Product {number:03d}",
            datetime.date(2000 + number % 25, 1 + number % 12, 1),
            slug=f"product-{number}",
            cover_image=small_image(f"Cover {number}"),
            publisher=publisher,
            themes=themes[: 1 + number % 3],
            authors=people[: 1 + number % 2],
            regions=[region("africa"), region("europe")],
            cities=cities[number % 5 :],
            documents=[(document, "Full text (PDF)")],
        )


def test_same_query_count_for_10_and_100_products(gql, hundred_products):
    gql.data(REALISTIC_LISTING, {"perPage": 100})  # makes the renditions once
    ten, ten_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": 10})
    hundred, hundred_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": 100})
    assert len(ten["knowledgeProducts"]["items"]) == 10
    assert len(hundred["knowledgeProducts"]["items"]) == 100
    assert all(item["documents"] for item in hundred["knowledgeProducts"]["items"])
    assert ten_queries == hundred_queries, (ten_queries, hundred_queries)
