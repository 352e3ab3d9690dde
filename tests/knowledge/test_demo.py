"""The knowledge demo: products with authors, publisher, themes and PDFs full of real text.

Loading the whole demo takes seconds, so one test loads it (twice) and checks what a reader
of the site would notice; another checks on a small load that existing snippets are reused.
"""

import io

import pytest
from pypdf import PdfReader
from wagtail.documents import get_document_model

from cities import demo as cities_demo
from cms.models import Organisation, Person, Theme
from knowledge import demo
from knowledge.models import KnowledgeDocument, KnowledgeIndexPage, KnowledgeProductPage

pytestmark = pytest.mark.django_db

CITIES = 20


def counts() -> dict[str, int]:
    return {
        "indexes": KnowledgeIndexPage.objects.count(),
        "products": KnowledgeProductPage.objects.live().count(),
        "attachments": KnowledgeDocument.objects.count(),
        "files": get_document_model().objects.count(),
        "themes": Theme.objects.count(),
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
    }


def pdf_text(document) -> tuple[PdfReader, str]:
    with document.file.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return reader, " ".join(page.extract_text() for page in reader.pages)


def test_full_demo_loads_idempotently_with_real_publications(home):
    cities_demo.load(home, size=CITIES)
    summary = demo.load(home)
    first = counts()
    assert demo.load(home) == summary
    assert counts() == first
    assert first["products"] == len(demo.products()) >= 15
    assert first["attachments"] == first["files"] == len(demo.products()) + 1  # + the dataset CSV

    products = KnowledgeProductPage.objects.live()
    kinds = set(products.values_list("product_type", flat=True))
    assert {"report", "toolkit", "policy_brief", "case_study", "dataset"} <= kinds
    assert {"en", "fr", "es"} <= set(products.values_list("language", flat=True))
    for product in products:
        assert product.publisher and product.authors.exists() and product.themes.exists()
        assert product.cover_image and product.documents.exists()
    lyon_forum = products.get(slug="forum-de-lyon-1998")
    assert "Lyon" in {city.city_name for city in lyon_forum.related_cities.all()}

    rotterdam = products.get(slug="rotterdam-forum-2010")
    reader, text = pdf_text(rotterdam.documents.get().document)
    assert len(reader.pages) >= 2 and len(text.split()) > 300
    assert "sustainable social inclusion" in text
    assert reader.metadata.title == rotterdam.title

    dataset = products.get(product_type="dataset")
    files = {item.document.file_extension: item.document for item in dataset.documents.all()}
    assert set(files) == {"pdf", "csv"}
    with files["csv"].file.open("rb") as handle:
        lines = handle.read().decode().splitlines()
    assert lines[0].startswith("name,country,region,population")
    assert len(lines) == 1 + CITIES


def test_existing_snippets_are_reused_not_duplicated(home):
    Theme.objects.create(name="Secondary cities", slug="small-cities")
    Organisation.objects.create(name="Cities Alliance", kind="network")
    Person.objects.create(name="brian h. roberts")
    demo.load(home, size=2)
    assert KnowledgeProductPage.objects.count() == 2
    assert Theme.objects.filter(name="Secondary cities").count() == 1
    assert Organisation.objects.filter(name="Cities Alliance").count() == 1
    assert Person.objects.filter(name__iexact="Brian H. Roberts").count() == 1
