"""The `knowledgeProducts` listing: shape, newest first, filters, pagination and bad input."""

import datetime
from urllib.parse import urlsplit

import pytest
from wagtail.models import Locale

from cms.models import Theme

from .conftest import make_document, region

pytestmark = pytest.mark.django_db

LISTING = """
query ($productType: KnowledgeProductType, $theme: String, $year: Int, $language: String,
       $region: String, $city: ID, $author: ID, $page: Int, $perPage: Int) {
  knowledgeProducts(productType: $productType, theme: $theme, year: $year, language: $language,
                    region: $region, city: $city, author: $author, page: $page,
                    perPage: $perPage) {
    total page perPage pages hasNext hasPrevious
    items {
      id title url productType publicationDate language summary isbn doi
      authors { name }
      publisher { name }
      themes { slug }
      regions { slug }
      relatedCities { cityName }
      documents { title label url fileSize fileType contentType document { id title } }
    }
  }
}
"""


def titles(result) -> list[str]:
    return [item["title"] for item in result["knowledgeProducts"]["items"]]


@pytest.fixture
def library(make_product, make_city, theme, person, publisher):
    lyon = make_city("Lyon")
    dakar = make_city("Dakar", "SN")
    roberts, diallo = person("Brian H. Roberts"), person("Amina Diallo")
    pdf = make_document("secondary-cities", b"%PDF-1.4 " + b"x" * 1000)
    make_product(
        "Managing secondary cities",
        datetime.date(2014, 6, 2),
        product_type="report",
        themes=[theme("secondary-cities"), theme("urban-poverty")],
        authors=[roberts],
        regions=[region("africa")],
        cities=[dakar],
        documents=[(pdf, "Full report (PDF)")],
        publisher=publisher,
        summary="Where most urban growth happens.",
    )
    make_product(
        "Forum de Lyon",
        datetime.date(1998, 10, 16),
        product_type="proceedings",
        language="fr",
        themes=[theme("urban-poverty")],
        authors=[diallo],
        regions=[region("europe")],
        cities=[lyon],
    )
    make_product(
        "PPP toolkit",
        datetime.date(2012, 5, 21),
        product_type="toolkit",
        themes=[theme("innovative-financing")],
        authors=[diallo, roberts],
        cities=[lyon, dakar],
    )
    make_product("Member cities dataset", datetime.date(2014, 1, 15), product_type="dataset")
    return {"lyon": lyon, "dakar": dakar, "roberts": roberts, "diallo": diallo}


def test_shape_and_newest_first(gql, library):
    result = gql.data(LISTING)
    assert titles(result) == [
        "Managing secondary cities",
        "Member cities dataset",
        "PPP toolkit",
        "Forum de Lyon",
    ]
    report = result["knowledgeProducts"]["items"][0]
    assert report["productType"] == "report"
    assert report["publicationDate"] == "2014-06-02"
    assert report["language"] == "en"
    assert report["authors"] == [{"name": "Brian H. Roberts"}]
    assert report["publisher"] == {"name": "Cities Alliance"}
    assert report["themes"] == [{"slug": "secondary-cities"}, {"slug": "urban-poverty"}]
    assert report["regions"] == [{"slug": "africa"}]
    assert report["relatedCities"] == [{"cityName": "Dakar"}]
    (document,) = report["documents"]
    assert document["title"] == document["label"] == "Full report (PDF)"
    assert document["fileSize"] == 1009
    assert (document["fileType"], document["contentType"]) == ("PDF", "application/pdf")
    assert document["url"].startswith("http") and document["url"].endswith(".pdf")
    assert document["document"]["title"] == "secondary-cities"


def test_document_file_can_be_downloaded(gql, client, library):
    result = gql.data(LISTING, {"productType": "REPORT"})
    url = result["knowledgeProducts"]["items"][0]["documents"][0]["url"]
    response = client.get(urlsplit(url).path)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("variables", "expected"),
    [
        ({"productType": "TOOLKIT"}, ["PPP toolkit"]),
        ({"productType": "CASE_STUDY"}, []),
        ({"theme": "urban-poverty"}, ["Managing secondary cities", "Forum de Lyon"]),
        ({"year": 2014}, ["Managing secondary cities", "Member cities dataset"]),
        ({"year": 2000}, []),
        ({"language": "fr"}, ["Forum de Lyon"]),
        ({"language": "FR"}, ["Forum de Lyon"]),
        ({"region": "africa"}, ["Managing secondary cities"]),
        ({"region": "arab-states"}, []),
        ({"theme": "urban-poverty", "year": 1998, "language": "fr"}, ["Forum de Lyon"]),
    ],
)
def test_filters(gql, library, variables, expected):
    result = gql.data(LISTING, variables)
    assert titles(result) == expected
    assert result["knowledgeProducts"]["total"] == len(expected)


def test_filter_by_city_and_author(gql, library):
    by_city = gql.data(LISTING, {"city": library["lyon"].pk})
    assert titles(by_city) == ["PPP toolkit", "Forum de Lyon"]
    by_author = gql.data(LISTING, {"author": library["roberts"].pk})
    assert titles(by_author) == ["Managing secondary cities", "PPP toolkit"]
    both = gql.data(LISTING, {"author": library["diallo"].pk, "city": library["dakar"].pk})
    assert titles(both) == ["PPP toolkit"]


def test_a_product_matching_a_filter_twice_is_listed_once(gql, library, make_product, theme):
    french = Locale.objects.get(language_code="fr")
    Theme.objects.create(name="Pauvreté urbaine", slug="urban-poverty", locale=french)
    product = make_product("Twice tagged", datetime.date(2001, 1, 1))
    product.themes.set(Theme.objects.filter(slug="urban-poverty"))
    product.save_revision().publish()
    result = gql.data(LISTING, {"theme": "urban-poverty"})
    assert titles(result).count("Twice tagged") == 1
    assert result["knowledgeProducts"]["total"] == 3


def test_pagination_and_totals(gql, library):
    first = gql.data(LISTING, {"perPage": 3})["knowledgeProducts"]
    assert [first[key] for key in ("total", "page", "perPage", "pages")] == [4, 1, 3, 2]
    assert (first["hasNext"], first["hasPrevious"]) == (True, False)
    second = gql.data(LISTING, {"perPage": 3, "page": 2})["knowledgeProducts"]
    assert [item["title"] for item in second["items"]] == ["Forum de Lyon"]
    assert (second["hasNext"], second["hasPrevious"]) == (False, True)


@pytest.mark.parametrize(
    ("variables", "field"),
    [
        ({"theme": "no-such-theme"}, "theme"),
        ({"year": 1800}, "year"),
        ({"year": 20140}, "year"),
        ({"language": "English please"}, "language"),
        ({"region": "atlantis"}, "region"),
        ({"city": "lyon"}, "city"),
        ({"city": "-3"}, "city"),
        ({"author": "roberts"}, "author"),
        ({"author": "999999"}, "author"),
        ({"perPage": 1000}, "perPage"),
        ({"page": 0}, "page"),
    ],
)
def test_bad_input_is_a_typed_error(gql, library, variables, field):
    result = gql.execute(LISTING, variables)
    assert result["data"] is None
    (error,) = result["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}


def test_unknown_product_type_is_rejected_before_running(gql, library):
    result = gql.execute(LISTING, {"productType": "NOVEL"})
    assert "NOVEL" in result["errors"][0]["message"]
    assert not result.get("data")
