"""Builders for knowledge tests: an index, products with relations, cities and attachments."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from cities.models import CityIndexPage, CityProfilePage
from cms.models import Organisation, Person, Region, Theme
from knowledge.models import KnowledgeDocument, KnowledgeIndexPage, KnowledgeProductPage


@pytest.fixture
def knowledge_index(home, make_page):
    return make_page(home, KnowledgeIndexPage(title="Knowledge", slug="knowledge"))


@pytest.fixture
def city_index(home, make_page):
    return make_page(home, CityIndexPage(title="Member cities", slug="member-cities"))


@pytest.fixture
def make_city(city_index, make_page):
    def build(name: str, country: str = "FR", publish: bool = True, **fields):
        page = CityProfilePage(
            title=name, slug=slugify(name), city_name=name, country=country, **fields
        )
        return make_page(city_index, page, publish=publish)

    return build


@pytest.fixture
def theme(db):
    def build(slug: str) -> Theme:
        return Theme.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]

    return build


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


def restrict_with_password(page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
