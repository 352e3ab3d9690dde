"""A page of 3 or 12 products costs the same, pinned, number of SQL queries, relations included."""

import datetime
import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.query_counts import FEW, MANY

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
def products(make_product, make_city, theme, person, publisher):
    cities = [
        make_city(f"City {n}", lead_image=small_image(f"City {n}"), region=region("africa"))
        for n in range(5)
    ]
    themes = [theme("housing"), theme("water"), theme("financing")]
    people = [person("Amina Diallo"), person("Lucas Moreau")]
    document = make_document("report")
    for number in range(MANY):
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


def test_same_query_count_for_few_and_many_products(gql, products):
    gql.data(REALISTIC_LISTING, {"perPage": MANY})  # makes the renditions once
    few, few_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": FEW})
    many, many_queries = gql.count_queries(REALISTIC_LISTING, {"perPage": MANY})
    assert len(few["knowledgeProducts"]["items"]) == FEW
    assert len(many["knowledgeProducts"]["items"]) == MANY
    assert all(item["documents"] for item in many["knowledgeProducts"]["items"])
    assert [few_queries, many_queries] == [23] * 2


def test_citations_add_no_query_per_product(gql, products):
    """Authors, the publisher and its translations are batch-loaded once for the whole list:
    a citation costs a few queries per response, never one per product."""
    cited = REALISTIC_LISTING.replace("summary", "summary citation(format: BIBTEX)")
    gql.data(REALISTIC_LISTING, {"perPage": MANY})
    _, without = gql.count_queries(REALISTIC_LISTING, {"perPage": MANY})
    _, few_queries = gql.count_queries(cited, {"perPage": FEW})
    many, many_queries = gql.count_queries(cited, {"perPage": MANY})
    assert all(item["citation"] for item in many["knowledgeProducts"]["items"])
    assert [few_queries, many_queries] == [23] * 2
    assert many_queries - without <= 3, (many_queries, without)
