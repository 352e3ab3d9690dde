"""Bad argument values get coded errors naming the argument; null means the default; `order`
sorts only by public fields."""

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from news.models import NewsArticle
from tests.conftest import add_child
from tests.prepared import MigratedSqlite, prepared

pytestmark = pytest.mark.django_db
LISTING = "query ($page: Int, $perPage: Int) { newsArticles(page: $page, perPage: $perPage) {"


@pytest.fixture
def articles(home):
    return [
        add_child(home, NewsArticle(title=f"News {n}", slug=f"news-{n}", date=date(2024, 1, n)))
        for n in range(1, 4)
    ]


def error(result: dict) -> dict:
    return result["errors"][0]["extensions"]


def test_null_page_and_page_size_mean_the_defaults(gql, articles):
    listing = gql.data(f"{LISTING} page perPage total }} }}", {"page": None, "perPage": None})
    assert listing["newsArticles"] == {"page": 1, "perPage": 20, "total": 3}
    search = gql.data("{ search(page: null, perPage: null) { page perPage } }")["search"]
    assert search == {"page": 1, "perPage": 20}


def test_out_of_range_pages_are_coded_and_leave_other_fields_alone(gql, articles):
    result = gql.execute("{ locales { code } tags(limit: 1000) { name } }")
    assert error(result) == {"code": "BAD_USER_INPUT", "field": "limit"}
    result = gql.execute(f"{LISTING} total }} }}", {"perPage": 101})
    assert error(result) == {"code": "BAD_USER_INPUT", "field": "perPage"}
    query = "query ($id: ID, $offset: PositiveInt) { locales { code } page(id: $id) {"
    result = gql.execute(
        f"{query} ancestors(offset: $offset) {{ id }} }} }}", {"id": articles[0].pk, "offset": -1}
    )
    assert error(result) == {"code": "BAD_USER_INPUT", "field": "offset"}
    assert result["data"]["locales"]  # a nullable field's error leaves the rest of `data`


@pytest.mark.parametrize("bad_id", [str(2**64), "99999999999999999999999", "abc", "1.5"])
def test_ids_that_are_not_64_bit_numbers_are_bad_input(gql, articles, bad_id):
    result = gql.execute(
        "query ($id: ID) { locales { code } page(id: $id) { id } }", {"id": bad_id}
    )
    assert error(result) == {"code": "BAD_USER_INPUT", "field": "id"}
    assert "too large" not in result["errors"][0]["message"]
    assert result["data"] == {"locales": result["data"]["locales"], "page": None}


def test_order_takes_public_fields_only_and_says_which(gql, articles):
    titles = gql.data(
        '{ pages(order: "-firstPublishedAt", contentType: "news.NewsArticle") { title } }'
    )
    assert [p["title"] for p in titles["pages"]] == ["News 3", "News 2", "News 1"]
    for secret in (
        "draft_title",
        "owner__password",
        "title,-draftTitle",
        "latest_revision__content",
    ):
        result = gql.execute(f'{{ pages(order: "{secret}") {{ title }} }}')
        assert error(result) == {"code": "BAD_USER_INPUT", "field": "order"}
        allowed = result["errors"][0]["message"].split("one of:")[1]
        assert "first_published_at" in allowed
        assert "password" not in allowed and "draft" not in allowed
    assert error(gql.execute('{ images(order: "file") { id } }'))["code"] == "BAD_USER_INPUT"


def test_navigation_root_works_under_the_dev_settings(tmp_path, pytestconfig):
    """`make run` uses cms.settings.dev (DEBUG on), where graphene-django used to add a debug
    middleware that broke on the argument `root`."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": prepared(MigratedSqlite, pytestconfig).copy(tmp_path / "dev.sqlite3"),
    }
    root = Path(__file__).resolve().parents[2]
    script = (
        "import json; from django.test import Client; from wagtail.models import Site; "
        "home = Site.objects.get(is_default_site=True).root_page_id; "
        "r = Client().post('/graphql/', json.dumps({'query': "
        "'{ navigation(root: %d, depth: 1) { title } }' % home}), "
        "content_type='application/json', HTTP_HOST='localhost'); print(r.content.decode())"
    )
    answer = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert '"errors"' not in answer and '"navigation"' in answer, answer


@pytest.mark.django_db
def test_introspection_meta_fields_with_arguments_pass_the_guard(gql):
    """`__type(name:)` is not one of Query's own fields: the guard lets it through."""
    data = gql.data('{ __type(name: "PageInterface") { possibleTypes { name } } }')
    assert {"name": "NewsArticle"} in data["__type"]["possibleTypes"]


def root_fields_with_a_site_argument(gql) -> list[str]:
    fields = gql.data("{ __schema { queryType { fields { name args { name type { kind } } } } } }")
    return [
        field["name"]
        for field in fields["__schema"]["queryType"]["fields"]
        if any(argument["name"] == "site" for argument in field["args"])
        and not any(argument["type"]["kind"] == "NON_NULL" for argument in field["args"])
    ]


@pytest.mark.parametrize("site", ["localhost:abc", "localhost:", "localhost:99999999999"])
def test_a_site_with_a_port_that_is_not_a_number_is_bad_input(gql, articles, site):
    names = root_fields_with_a_site_argument(gql)
    assert "settings" in names
    for name in names:
        result = gql.execute(
            f"query ($site: String) {{ {name}(site: $site) {{ __typename }} }}", {"site": site}
        )
        assert error(result) == {"code": "BAD_USER_INPUT", "field": "site"}, name
        good = gql.execute(f'{{ {name}(site: "localhost:80") {{ __typename }} }}')
        refused = [
            e["extensions"]
            for e in good.get("errors", [])
            if e["extensions"].get("field") == "site"
            or e["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
        ]
        assert not refused, name


@pytest.mark.parametrize("bad", ["null", "news", "news.NewsArticle,"])
@pytest.mark.parametrize(
    "query",
    [
        '{ page(slug: "news-1", contentType: "%s") { id } }',
        '{ pages(contentType: "%s") { id } }',
        '{ sites { page(slug: "news-1", contentType: "%s") { id } } }',
        '{ sites { pages(contentType: "%s") { id } } }',
    ],
    ids=["page", "pages", "site-page", "site-pages"],
)
def test_a_content_type_not_shaped_app_model_is_bad_input_at_the_root_and_in_a_site(
    gql, articles, query, bad
):
    assert error(gql.execute(query % bad)) == {"code": "BAD_USER_INPUT", "field": "contentType"}


def test_a_sites_page_fields_answer_as_the_root_fields_do(gql, articles):
    answer = gql.data(
        '{ page(slug: "news-2", contentType: "news.NewsArticle") { title }'
        ' sites { page(slug: "news-2", contentType: "news.NewsArticle") { title }'
        ' pages(contentType: "news.newsarticle") { title } } }'
    )
    assert answer["sites"][0]["page"] == answer["page"] == {"title": "News 2"}
    assert {p["title"] for p in answer["sites"][0]["pages"]} == {"News 1", "News 2", "News 3"}
