"""Shared fixtures: a GraphQL client over real HTTP handling, and a small site tree to build on;
the marks that sort tests into the passes of `make test`; why a rerun test failed its first try."""

import json
import os
from functools import cache
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction, Site

from cities.models import CityIndexPage, CityProfilePage
from cms.models import Region, Theme
from cms.tasks import batched_tasks
from tests.prepared import (
    MigratedPostgres,
    MigratedSqlite,
    PreparedDemo,
    migrated_database,
    prepared,
)

# The demo served by a process, reached over HTTP as editors and frontends reach it
# (tests/browser/demo_server.py).
DEMO_SERVER_FIXTURES = {"demo_server", "contract_demo"}
# Fixtures of a test that commits: its answer can depend on the engine (depends_on_the_engine).
TRANSACTIONAL_FIXTURES = {
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
}
# What reaches the database engine the suite runs on: pytest-django's database fixtures, and the
# demo server processes (tests/browser/demo_server.py), whose database is of the suite's engine.
DATABASE_FIXTURES = {"db", *TRANSACTIONAL_FIXTURES, *DEMO_SERVER_FIXTURES}
SEARCH_TESTS = Path(__file__).parent / "search"
# Every collected test's marks, before `-m` and `-k` deselect any (tests/test_passes.py).
COLLECTED_MARKS = pytest.StashKey[dict[str, list[str]]]()


def reaches_the_database(item) -> bool:
    return item.get_closest_marker("django_db") is not None or bool(
        DATABASE_FIXTURES & set(item.fixturenames)
    )


@cache
def branches_on_the_engine(module_path: Path) -> bool:
    return "connection.vendor" in module_path.read_text()


def searches_the_database(item) -> bool:
    """A search test on Wagtail's database backend (tests/search runs most of them once per
    search backend, the `engine` parameter; the others on Elasticsearch take its fixture)."""
    if SEARCH_TESTS not in item.path.parents:
        return False
    backend = getattr(item, "callspec", None) and item.callspec.params.get("engine")
    return backend == "database" if backend else "elasticsearch" not in item.fixturenames


def depends_on_the_engine(item) -> bool:
    """Whether a test's answer can depend on the database engine:
    - it commits: transactions, row locks (`select_for_update` is a no-op on SQLite), concurrent
      requests, what another connection sees;
    - it searches with Wagtail's database backend: a full-text SQL of each engine's own (FTS5 on
      SQLite, tsvector on PostgreSQL), with its own stemming and ranking;
    - its module branches on `connection.vendor`: it tests code written per engine;
    - its module says so with the `both_engines` mark, and why.
    Query counts are not among them: Django issues the same queries on both engines, and the
    pinned counts are the same numbers on both."""
    marker = item.get_closest_marker("django_db")
    return (
        item.get_closest_marker("both_engines") is not None
        or bool(TRANSACTIONAL_FIXTURES & set(item.fixturenames))
        or (marker is not None and marker.kwargs.get("transaction", False))
        or searches_the_database(item)
        or branches_on_the_engine(item.path)
    )


def pytest_collection_modifyitems(config, items):
    """Sorts each test into the passes of `make test` by what it touches, so a new test finds
    its place without a list to keep:

    - `served_demo`: a demo server process, reached over HTTP as editors and frontends reach it
      (the browser and contract tests). They run once, in the PostgreSQL pass, on production's
      engine, last, on a demo prepared meanwhile (tests/prepared.py).
    - `both_engines`: a test that reaches the suite's database and whose answer can depend on the
      engine (`depends_on_the_engine`). It runs in both passes.
    - every other test runs in the SQLite pass only: the tests that reach no database at all
      (pytest-django refuses it to a test without the django_db mark or a database fixture), and
      the ORM tests whose queries Django writes the same way for both engines.
    """
    for item in items:
        if DEMO_SERVER_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.served_demo)
        elif reaches_the_database(item) and depends_on_the_engine(item):
            item.add_marker(pytest.mark.both_engines)
    config.stash[COLLECTED_MARKS] = {
        item.nodeid: [mark.name for mark in item.iter_markers()] for item in items
    }
    # The tests without a database first, while the run's migrated database is prepared; the
    # demo-server tests last, while the demo is.
    items.sort(
        key=lambda item: (
            item.get_closest_marker("served_demo") is not None,
            reaches_the_database(item),
        )
    )


def on_sqlite() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"


@pytest.hookimpl(trylast=True)
def pytest_configure(config):
    """Under `make test` (pytest-xdist workers) the run's migrated database is started as a
    worker starts, while it collects the tests; every pass of `make test` reaches a database."""
    if os.environ.get("PYTEST_XDIST_WORKER"):
        prepared(migrated_database(), config).start()


def pytest_collection_finish(session):
    """What the run prepares once starts in the background as soon as the tests are known: the
    migrated database on SQLite (on PostgreSQL the workers' databases are created from it at
    once), and the demo servers' demo."""
    items = session.items
    if on_sqlite() and any(reaches_the_database(item) for item in items):
        prepared(MigratedSqlite, session.config).start()  # unless started above
    if any(item.get_closest_marker("served_demo") for item in items):
        prepared(PreparedDemo, session.config).start()


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, pytestconfig):
    """Each worker's test database is a copy of one migrated once per run (tests/prepared.py):
    a `migrate` from nothing costs 20 to 40 seconds of a core per database. On PostgreSQL it is
    Django's TEST TEMPLATE. On SQLite Django makes the in-memory database's tables from the
    models, without migrations (a few seconds), and `django_db_setup` below replaces its content
    with the migrated one's."""
    database = settings.DATABASES["default"]
    if on_sqlite():
        database.setdefault("TEST", {})["MIGRATE"] = False
    else:
        migrated = prepared(MigratedPostgres, pytestconfig).get()["name"]
        database.setdefault("TEST", {})["TEMPLATE"] = migrated


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, pytestconfig):
    """On SQLite the test database becomes a copy of the run's migrated one, with the data its
    migrations write (locales, the root and home pages, the default site, regions...)."""
    if on_sqlite():
        with django_db_blocker.unblock():
            prepared(MigratedSqlite, pytestconfig).restore_into(connection)
            # What Django remembered of the database it made, and pytest-django's copy for
            # the tests that restore it (serialized_rollback), now of the restored content.
            ContentType.objects.clear_cache()
            if hasattr(connection, "_test_serialized_contents"):
                contents = connection.creation.serialize_db_to_string()
                connection._test_serialized_contents = contents
    yield


def pytest_terminal_summary(terminalreporter):
    """Why each rerun test failed its first try: a rerun that then passes is still a fault to
    look at, and CI's log is the only place that says what it was."""
    for report in terminalreporter.stats.get("rerun", []):
        terminalreporter.write_sep("-", f"first try of {report.nodeid}")
        terminalreporter.write_line(report.longreprtext[-4000:])


class GraphQLClient:
    """Posts operations to /graphql/ through Django's full request stack."""

    def __init__(self, client):
        self.client = client

    def execute(self, query: str, variables: dict | None = None, **headers) -> dict:
        response = self.client.post(
            "/graphql/",
            data=json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
            **headers,
        )
        assert response.status_code in (200, 400), response.content[:500]
        return response.json()

    def data(self, query: str, variables: dict | None = None) -> dict:
        """Execute and insist on no errors: the common case in tests."""
        result = self.execute(query, variables)
        assert not result.get("errors"), result["errors"]
        return result["data"]

    def count_queries(self, query: str, variables: dict | None = None) -> tuple[dict, int]:
        """Queries of one run, after a warm-up run has filled process-wide caches
        (site root paths, renditions generated on first use)."""
        self.data(query, variables)
        with CaptureQueriesContext(connection) as ctx:
            data = self.data(query, variables)
        return data, len(ctx.captured_queries)


@pytest.fixture
def gql(client) -> GraphQLClient:
    return GraphQLClient(client)


@pytest.fixture
def home(db) -> Page:
    """The home page the migrations create as the default site's root."""
    return Site.objects.get(is_default_site=True).root_page.specific


@batched_tasks()
def add_child(parent: Page, page: Page, publish: bool = True) -> Page:
    """Add `page` under `parent`; publish it unless a draft is wanted. Wagtail indexes it once
    (cms.tasks), not after each of its saves."""
    if not publish:
        page.live = False
    parent.add_child(instance=page)
    if publish:
        page.save_revision().publish()
    else:
        page.save_revision()
    page.refresh_from_db()
    return page


@pytest.fixture
def make_page():
    return add_child


@batched_tasks()
def translate(page: Page, code: str, publish: bool = True, **fields) -> Page:
    """The translation of `page` into locale `code` (missing parents are created as aliases),
    with `fields` set, published unless a draft is wanted. Wagtail's own copy_for_translation:
    what wagtail-localize does before translators fill in the strings."""
    page = page.specific
    translated = page.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=True
    ).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    revision = translated.save_revision()
    if publish:
        revision.publish()
    translated.refresh_from_db()
    return translated


@pytest.fixture
def make_translation():
    return translate


def restrict_with_password(page: Page) -> None:
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )


@pytest.fixture
def theme(db):
    """Get or create a theme by slug."""

    def build(slug: str) -> Theme:
        return Theme.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]

    return build


@pytest.fixture
def translated_theme(theme):
    """A theme and its translations: translated_theme("water", en="Water", es="Agua")."""

    def build(slug: str, en: str, **names: str) -> Theme:
        source = theme(slug)
        source.name = en
        source.save()
        for code, name in names.items():
            translation = source.copy_for_translation(Locale.objects.get(language_code=code))
            translation.name = name
            translation.save()
        return source

    return build


@pytest.fixture
def city_index(home, make_page):
    return make_page(home, CityIndexPage(title="Member cities", slug="member-cities"))


@pytest.fixture
def make_city(city_index, make_page):
    """Build a city profile (published unless asked otherwise) under the test city index."""

    def build(
        name: str,
        country: str = "FR",
        region: str | Region | None = "europe",
        publish: bool = True,
        parent=None,
        **fields,
    ) -> CityProfilePage:
        page = CityProfilePage(
            title=name,
            slug=fields.pop("slug", name.lower().replace(" ", "-")),
            city_name=name,
            country=country,
            region=Region.objects.get(slug=region) if isinstance(region, str) else region,
            **fields,
        )
        return make_page(parent or city_index, page, publish=publish)

    return build
