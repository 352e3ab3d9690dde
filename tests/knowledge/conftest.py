"""Builders for knowledge tests: an index, products with relations, cities and attachments."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from cms.models import Organisation, Person, Region
from knowledge.models import KnowledgeDocument, KnowledgeIndexPage, KnowledgeProductPage


@pytest.fixture
def knowledge_index(home, make_page):
    return make_page(home, KnowledgeIndexPage(title="Knowledge", slug="knowledge"))


@pytest.fixture
def person(db):
    def build(name: str) -> Person:
        return Person.objects.get_or_create(name=name)[0]

    return build


@pytest.fixture
def publisher(db) -> Organisation:
    return Organisation.objects.create(name="Cities Alliance", kind="network")


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def make_document(title: str, content: bytes = b"%PDF-1.4 demo", extension: str = "pdf"):
    Document = get_document_model()
    document = Document(title=title, file=ContentFile(content, name=f"{title}.{extension}"))
    document._set_document_file_metadata()
    document.save()
    return document


@pytest.fixture
def make_product(knowledge_index, make_page):
    def build(
        title: str,
        date: datetime.date = datetime.date(2020, 1, 1),
        publish: bool = True,
        themes=(),
        authors=(),
        regions=(),
        cities=(),
        documents=(),
        **fields,
    ) -> KnowledgeProductPage:
        product = KnowledgeProductPage(
            title=title,
            slug=fields.pop("slug", slugify(title)),
            publication_date=date,
            **fields,
        )
        product.themes = list(themes)
        product.authors = list(authors)
        product.regions = list(regions)
        product.related_cities = list(cities)
        product.documents = [
            KnowledgeDocument(document=document, label=label) for document, label in documents
        ]
        return make_page(knowledge_index, product, publish=publish)

    return build
