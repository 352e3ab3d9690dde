"""GraphiQL works without internet (every asset is the project's own), and GraphiQL and
introspection are settings: on while developing, off by default in production."""

import os
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.test import override_settings

from tests.browser.demo_server import ROOT

INTROSPECTION = "{ __schema { queryType { name } } }"


def graphiql_page(client) -> str:
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.django_db
def test_graphiql_references_no_other_host_and_every_asset_is_served(client, settings):
    html = graphiql_page(client)
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(assets) >= 8, assets  # the stylesheets, React, GraphiQL and its plugins
    assert [url for url in assets if urlsplit(url).netloc or url.startswith("//")] == []
    for url in assets:
        assert url.startswith(settings.STATIC_URL), url
        assert finders.find(url[len(settings.STATIC_URL) :]), f"{url} is not a static file"


@pytest.mark.django_db
def test_graphiql_can_be_turned_off(client):
    with override_settings(GRAPHQL_GRAPHIQL=False):
        response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert b"graphiql" not in response.content.lower()


@pytest.mark.django_db
def test_introspection_off_refuses_schema_queries_but_not_typename(gql, home):
    with override_settings(GRAPHQL_INTROSPECTION=False):
        refused = gql.execute(INTROSPECTION)
        typename = gql.data("{ __typename locales { code } }")
    assert refused["errors"][0]["extensions"]["code"] == "INTROSPECTION_DISABLED"
    assert typename["__typename"] == "Query"


@pytest.mark.django_db
def test_introspection_on_describes_the_schema(gql):
    assert gql.data(INTROSPECTION)["__schema"]["queryType"]["name"] == "Query"


@pytest.mark.parametrize(
    ("module", "env", "expected"),
    [
        ("cms.settings.dev", {}, "True True"),
        ("cms.settings.production", {}, "False False"),
        ("cms.settings.production", {"GRAPHQL_INTROSPECTION": "1"}, "False True"),
    ],
)
def test_defaults_per_environment(tmp_path, module, env, expected):
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GRAPHQL_")},
        "DJANGO_SETTINGS_MODULE": module,
        "SECRET_KEY": "a-production-secret-key-long-enough-for-the-checks-4f9a",
        "ALLOWED_HOSTS": "cms.alliance.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "PUBLIC_BASE_URL": "https://cms.alliance.example",
        **env,
    }
    environment.pop("DEBUG", None)
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings as s; "
            "print(s.GRAPHQL_GRAPHIQL, s.GRAPHQL_INTROSPECTION)",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == expected, result.stderr
