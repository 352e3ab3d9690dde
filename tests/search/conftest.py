"""Search test setup: a real osmem-server process, and each test run against both engines.

osmem-server (an in-memory server speaking the OpenSearch REST API) starts once per test
session on a free port of 127.0.0.1 and stops at the end. Each Elasticsearch-engine test gets
its own index name, so tests never see each other's documents.
"""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from osmem_server import OsmemServer
from wagtail.models import Locale, PageViewRestriction

from cities.models import CityIndexPage, CityProfilePage
from cms.models import Person, Region, Theme
from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage
from news.models import NewsArticle, NewsIndexPage
from search.client import get_client
from search.documents import new_index
from search.indexing import swap_alias
from tests.conftest import add_child


@pytest.fixture(scope="session")
def search_server():
    server = OsmemServer.start(addr="127.0.0.1:0", japanese=False)
    yield server
    server.close()


@pytest.fixture
def elasticsearch(settings, search_server):
    """Settings pointing at the test server, with an empty index of this test's own."""
    settings.ELASTICSEARCH_URL = search_server.url
    settings.SEARCH_ELASTICSEARCH_INDEX = alias = f"test-{uuid.uuid4().hex[:12]}"
    client = get_client()
    new_index(f"{alias}-0").create(using=client)
    swap_alias(client, alias, f"{alias}-0")
    yield alias
    client.indices.delete(index=f"{alias}-*")


@pytest.fixture(params=["database", "elasticsearch"])
def engine(request, db, settings) -> str:
    """Run the test once per engine; content created afterwards is indexed by the signals."""
    if request.param == "elasticsearch":
        request.getfixturevalue("elasticsearch")
    else:
        settings.ELASTICSEARCH_URL = ""
    return request.param


def paragraph(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


class Library:
    """A small site to search: knowledge products, news and cities with themes and places."""

    def __init__(self, home):
        self.home = home
        self.housing = Theme.objects.create(name="Housing and slums", slug="housing")
        self.water = Theme.objects.create(name="Water and sanitation", slug="water")
        self.africa = Region.objects.get_or_create(slug="africa", defaults={"name": "Africa"})[0]
        self.europe = Region.objects.get_or_create(slug="europe", defaults={"name": "Europe"})[0]
        self.author = Person.objects.create(name="Amina Diallo")
        self.cities = add_child(home, CityIndexPage(title="Cities", slug="cities"))
        self.knowledge = add_child(home, KnowledgeIndexPage(title="Library", slug="library"))
        self.news = add_child(home, NewsIndexPage(title="News", slug="news"))

    def city(self, name: str, country: str, region, **kwargs) -> CityProfilePage:
        page = CityProfilePage(
            title=name, slug=name.lower(), city_name=name, country=country, region=region
        )
        return add_child(self.cities, page, **kwargs)

    def product(
        self,
        title: str,
        *,
        summary="",
        body="",
        themes=(),
        regions=(),
        cities=(),
        authors=(),
        year=2020,
        language="en",
        product_type="report",
        publish=True,
        slug=None,
        locale=None,
    ) -> KnowledgeProductPage:
        page = KnowledgeProductPage(
            title=title,
            slug=slug or f"p-{uuid.uuid4().hex[:10]}",
            summary=summary,
            body=paragraph(body) if body else [],
            publication_date=datetime.date(year, 6, 1),
            language=language,
            product_type=product_type,
        )
        if locale:
            page.locale = locale
        add_child(self.knowledge, page, publish=False)
        page.themes.set(themes)
        page.regions.set(regions)
        page.related_cities.set(cities)
        page.authors.set(authors)
        revision = page.save_revision()
        if publish:
            revision.publish()
        page.refresh_from_db()
        return page

    def article(self, title: str, *, summary="", body="", themes=(), year=2021) -> NewsArticle:
        page = NewsArticle(
            title=title,
            slug=f"n-{uuid.uuid4().hex[:10]}",
            summary=summary,
            body=paragraph(body) if body else [],
            date=datetime.date(year, 3, 1),
        )
        add_child(self.news, page, publish=False)
        page.themes.set(themes)
        page.save_revision().publish()
        page.refresh_from_db()
        return page


@pytest.fixture
def library(engine, home) -> Library:
    return Library(home)


def restrict(page, kind=PageViewRestriction.PASSWORD):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=kind, password="pw"
    )
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get_or_create(name="Members")[0])
    return restriction


def locale(code: str) -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]
