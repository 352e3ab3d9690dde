"""Every argument of every root field (and of the fields every page has), sent null, negative,
huge, malformed and wrong-typed values: each answer is a coded error or data, never a 500, a
traceback or an error without a code.

The schema is walked by introspection over HTTP, so a field added tomorrow is fuzzed too.
"""

import json

import pytest

from cities.models import CityIndexPage, CityProfilePage
from tests.conftest import add_child

pytestmark = pytest.mark.django_db

TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name } } }"
INTROSPECTION = f"""{{ __schema {{
  queryType {{ name }} mutationType {{ name }}
  types {{ name kind enumValues {{ name }}
    fields {{ name type {{ {TYPE_REF} }} args {{ name type {{ {TYPE_REF} }} }} }} }}
}} }}"""
# Codes a bug would carry (an unexpected exception), or no code at all.
BUG_CODES = {None, "INTERNAL_SERVER_ERROR"}
HUGE = 10**30
BAD_VALUES = {
    "Int": [None, -1, 0, 2**31 - 1, -(2**31), HUGE, "12", 1.5],
    "PositiveInt": [None, -1, 0, 2**31 - 1, HUGE, "x"],
    "ID": [None, "-1", "0", str(HUGE), str(2**63), "abc", "", "1.5", " 1", "٣", 1.5],
    "String": [None, "", "x" * 5000, "\x00", "draft_title", "owner__password", "-", ",", "🙂"],
    "Boolean": [None, "yes", 2],
    "Date": [None, "2024-13-45", "", "-0001-01-01", "9999-12-31", 20240101],
    "enum": [None, "NOPE", "", 3],
    "input": [None, {}, {"nope": 1}, [], "x"],
}
FILLERS = {"Int": 1, "PositiveInt": 1, "ID": "1", "String": "x", "Boolean": True}


def unwrap(ref: dict) -> dict:
    while ref.get("ofType"):
        ref = ref["ofType"]
    return ref


def type_string(ref: dict) -> str:
    if ref["kind"] == "NON_NULL":
        return type_string(ref["ofType"]) + "!"
    if ref["kind"] == "LIST":
        return f"[{type_string(ref['ofType'])}]"
    return ref["name"]


def values_for(ref: dict) -> list:
    named = unwrap(ref)
    kind = {"ENUM": "enum", "INPUT_OBJECT": "input"}.get(named["kind"], named["name"])
    values = BAD_VALUES.get(kind, BAD_VALUES["String"])
    if "LIST" in type_string(ref) or type_string(ref).startswith("["):
        values = [*values, [None], [values[-1]] * 100]
    return values


def filler(ref: dict, types: dict):
    named = unwrap(ref)
    if named["kind"] == "ENUM":
        return types[named["name"]]["enumValues"][0]["name"]
    if named["kind"] == "INPUT_OBJECT":
        return {}
    value = FILLERS.get(named["name"], "x")
    return [value] if type_string(ref).startswith("[") else value


def selection(ref: dict) -> str:
    return " { __typename }" if unwrap(ref)["kind"] in ("OBJECT", "INTERFACE", "UNION") else ""


def operations(schema: dict, page_id: int):
    """(operation text, variables) for each bad value of each argument."""
    types = {t["name"]: t for t in schema["types"]}
    roots = [("query", schema["queryType"]["name"]), ("mutation", schema["mutationType"]["name"])]
    fields = [(kind, types[name]["fields"], None) for kind, name in roots]
    fields.append(("query", types["PageInterface"]["fields"], f"page(id: {page_id})"))
    for kind, type_fields, wrapper in fields:
        for field in type_fields:
            for fuzzed in field["args"]:
                for value in values_for(fuzzed["type"]):
                    arguments, variables, declared = [], {}, []
                    for arg in field["args"]:
                        required = arg["type"]["kind"] == "NON_NULL"
                        if arg is not fuzzed and not required:
                            continue
                        declared.append(f"${arg['name']}: {type_string(arg['type'])}")
                        arguments.append(f"{arg['name']}: ${arg['name']}")
                        variables[arg["name"]] = (
                            value if arg is fuzzed else filler(arg["type"], types)
                        )
                    body = f"{field['name']}({', '.join(arguments)}){selection(field['type'])}"
                    if wrapper:
                        body = f"{wrapper} {{ {body} }}"
                    yield f"{kind} ({', '.join(declared)}) {{ {body} }}", variables


def test_every_argument_answers_bad_values_with_coded_errors(client, home):
    index = add_child(home, CityIndexPage(title="Cities", slug="cities"))
    add_child(index, CityProfilePage(title="Dakar", slug="dakar", city_name="Dakar", country="SN"))
    schema = json.loads(
        client.post(
            "/graphql/", json.dumps({"query": INTROSPECTION}), content_type="application/json"
        ).content
    )["data"]["__schema"]
    bugs, sent = [], 0
    for query, variables in operations(schema, home.pk):
        response = client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables}),
            content_type="application/json",
        )
        sent += 1
        result = response.json() if response.status_code in (200, 400) else {}
        codes = {(e.get("extensions") or {}).get("code") for e in result.get("errors", [])}
        if response.status_code not in (200, 400) or codes & BUG_CODES:
            messages = [e["message"][:200] for e in result.get("errors", [])]
            bugs.append((response.status_code, query, variables, messages))
    assert sent > 1000
    assert not bugs, "\n".join(map(str, bugs[:20])) + f"\n({len(bugs)} in all)"
