"""The reference site's server side: the shell at /site/... in the path's language and
direction, its files, and operations that hold against the live schema."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from graphql import parse, validate

from cms.graphql.schema import schema
from home.models import ContentPage
from tests.conftest import add_child

OPERATIONS = sorted(
    (Path(settings.BASE_DIR) / "frontend-contract/site/operations").glob("*.graphql")
)


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [("/site/", "en", "ltr"), ("/site/ar/news/", "ar", "rtl"), ("/site/fr/search/", "fr", "ltr")],
)
def test_the_shell_carries_the_language_and_direction_of_the_path(
    client, db, path, lang, direction
):
    response = client.get(path)
    assert response.status_code == 200
    assert f'<html lang="{lang}" dir="{direction}">' in response.content.decode()
    assert 'src="/site/_assets/app.js"' in response.content.decode()


def test_the_site_files_are_served_and_nothing_beside_them(client, db):
    script = client.get("/site/_assets/app.js")
    assert script.status_code == 200
    assert "javascript" in script.headers["Content-Type"]
    assert client.get("/site/_assets/operations/SitePage.graphql").status_code == 200
    assert client.get("/site/_assets/index.html").status_code == 404
    assert client.get("/site/_assets/../../cms/settings/base.py").status_code == 404


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda path: path.stem)
def test_every_operation_the_site_sends_validates_against_the_schema(operation):
    document = parse(operation.read_text())
    assert validate(schema.graphql_schema, document) == []
    names = [definition.name.value for definition in document.definitions]
    assert operation.stem in names  # the file is named after its operation


def test_the_site_page_operation_renders_a_page_by_its_public_path(gql, home):
    page = add_child(home, ContentPage(title="Water programme", slug="water", summary="Taps."))
    query = (OPERATIONS[0].parent / "SitePage.graphql").read_text()
    found = gql.data(query, {"urlPath": "/water/", "locale": "en"})["page"]
    assert (found["__typename"], found["id"], found["summary"]) == (
        "ContentPage",
        str(page.pk),
        "Taps.",
    )
    assert found["breadcrumbs"] == [{"id": str(home.pk), "title": home.title, "url": "/"}]


CONTRACT = Path(settings.BASE_DIR) / "frontend-contract"
BIN = CONTRACT / "node_modules/.bin"


def node_tool(name: str, *arguments, cwd: Path) -> subprocess.CompletedProcess:
    """A tool of the contract's npm packages (`npm ci` in frontend-contract/ installs them)."""
    if not (BIN / name).exists():
        pytest.skip(f"{name} is not installed: run `npm ci` in frontend-contract/")
    return subprocess.run(
        [BIN / name, *arguments], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def test_the_site_type_checks():
    """`tsc --checkJs` (strict) over the site's modules: every result of `run()` has the type
    generated from the site's operation, so a read of a field it does not select fails."""
    result = node_tool("tsc", "-p", "site/tsconfig.json", cwd=CONTRACT)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(
    ("operation", "field", "reader"),
    [("SiteEvents", "eventTypeLabel", "listings.js"), ("SitePage", "credit", "blocks.js")],
)
def test_the_type_check_fails_when_the_site_reads_a_field_its_operation_drops(
    tmp_path, operation, field, reader
):
    """The contract copied, one field taken out of one site operation, the types regenerated:
    the module that reads the field no longer type-checks."""
    for name in ("schema.graphql", "codegen.yml"):
        shutil.copy(CONTRACT / name, tmp_path / name)
    for name in ("operations", "site"):
        shutil.copytree(CONTRACT / name, tmp_path / name)
    (tmp_path / "node_modules").symlink_to(CONTRACT / "node_modules")
    document = tmp_path / f"site/operations/{operation}.graphql"
    text = document.read_text()
    assert f" {field} " in text
    document.write_text(text.replace(f" {field} ", " ", 1))

    generated = node_tool("graphql-codegen", "--config", "codegen.yml", cwd=tmp_path)
    assert generated.returncode == 0, generated.stdout + generated.stderr
    result = node_tool("tsc", "-p", "site/tsconfig.json", cwd=tmp_path)
    assert result.returncode != 0
    assert f"site/{reader}" in result.stdout
    assert f"Property '{field}' does not exist" in result.stdout
