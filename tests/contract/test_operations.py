"""Every operation a site needs is in the contract, is valid against the frozen schema, and
answers with data (no errors) on the demo content over HTTP."""

import pytest
import requests
from graphql import OperationDefinitionNode, build_schema, parse, validate

from cms.contract import SCHEMA_FILE

from .operations import document, operation_names, variables

# What a site needs, by the issue that asked for the contract (the preview by token is the
# reference site's; it may add more).
REQUIRED = {
    "Home",
    "Page",
    "Navigation",
    "Breadcrumbs",
    "SiteSettings",
    "NewsArticles",
    "Events",
    "Cities",
    "KnowledgeProducts",
    "Event",
    "CityProfile",
    "KnowledgeProduct",
    "Search",
    "Suggest",
    "Forums",
    "ForumThread",
    "SignIn",
    "Reply",
}
NEEDS_A_MEMBER = {"Reply"}


def needs_a_preview_token(name: str) -> bool:
    """A draft preview (`page(token:)`) needs a token an editor's Preview makes: such an
    operation is run where one is made (the preview tests), not on the bare demo."""
    return "token" in variables(name)


def test_the_operations_a_site_needs_are_there():
    assert REQUIRED <= set(operation_names())


@pytest.mark.parametrize("name", operation_names())
def test_operation_is_valid_and_named_after_its_file(name):
    operations = [
        node
        for node in parse(document(name)).definitions
        if isinstance(node, OperationDefinitionNode)
    ]
    assert [op.name.value for op in operations] == [name], "one operation, named as its file"
    errors = validate(build_schema(SCHEMA_FILE.read_text()), parse(document(name)))
    assert not errors, errors
    assert isinstance(variables(name), dict)


def execute(server, name: str, token: str | None = None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = requests.post(
        f"{server.url}/graphql/",
        json={"query": document(name), "variables": variables(name), "operationName": name},
        headers=headers,
        timeout=60,
    )
    body = response.json()
    assert response.status_code == 200 and not body.get("errors"), body
    return body["data"]


def assert_filled(data: dict) -> None:
    """Every root field answered something, and every listing at the top has items."""
    for field, value in data.items():
        assert value not in (None, [], {}, ""), f"{field} is empty"
        if isinstance(value, dict) and "items" in value:
            assert value["items"], f"{field} listed nothing"


@pytest.mark.parametrize("name", sorted(set(operation_names()) - NEEDS_A_MEMBER))
def test_operation_answers_on_the_demo(contract_demo, name):
    if needs_a_preview_token(name):
        pytest.skip(f"{name} needs an editor's preview token: run by the preview tests")
    assert_filled(execute(contract_demo, name))


@pytest.mark.parametrize("name", sorted(NEEDS_A_MEMBER))
def test_member_operation_answers_after_sign_in(contract_demo, name):
    token = execute(contract_demo, "SignIn")["signIn"]["accessToken"]
    assert_filled(execute(contract_demo, name, token=token))
