"""/graphql/ answers a CDN and a browser can cache: no cookie, ETag and 304, Cache-Control that
is public only for anonymous queries, and Apollo's automatic persisted queries over GET."""

import hashlib
import json

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db

QUERY = "{ pages { title } }"


@pytest.fixture(autouse=True)
def empty_graphql_cache():
    caches["graphql"].clear()


def post(client, query=QUERY, **extra):
    body = {"query": query, **extra.pop("body", {})}
    return client.post("/graphql/", data=json.dumps(body), content_type="application/json", **extra)


def get(client, params: dict, **headers):
    encoded = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    return client.get("/graphql/", encoded, HTTP_ACCEPT="application/json", **headers)


def vary(response) -> set[str]:
    return {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}


def test_anonymous_query_sets_no_cookie_and_is_public(client, home):
    response = post(client)
    assert response.status_code == 200
    assert response.cookies == {} and "Set-Cookie" not in response
    assert "cookie" not in vary(response) and "authorization" in vary(response)
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert directives == {"public", "max-age=30", "s-maxage=60"}
    assert response["ETag"].startswith('"')


def test_get_with_the_etag_is_not_modified(client, home):
    first = get(client, {"query": QUERY})
    assert first.status_code == 200 and first.json()["data"]["pages"]
    again = get(client, {"query": QUERY}, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"] and "public" in again["Cache-Control"]
    other = get(client, {"query": QUERY}, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


def test_answers_with_a_token_or_to_mutations_or_with_errors_are_not_stored(client, home):
    signed = post(client, HTTP_AUTHORIZATION="Bearer not-a-real-token")
    mutation = post(client, 'mutation { requestPasswordReset(email: "a@b.example") { ok } }')
    assert mutation.json()["data"]["requestPasswordReset"]["ok"] is True
    broken = post(client, "{ pages { noSuchField } }")
    for response in (signed, mutation, broken):
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "ETag" not in response and "Set-Cookie" not in response


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def persisted(digest: str) -> dict:
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}


def test_automatic_persisted_query_round_trip_over_get(client, home):
    query = "query Titles { pages { title } }"
    digest = sha256(query)
    unknown = get(client, {"extensions": persisted(digest)})
    assert unknown.status_code == 200
    error = unknown.json()["errors"][0]
    assert error["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    assert "no-store" in unknown["Cache-Control"]

    registered = post(client, query, body={"extensions": persisted(digest)})
    assert registered.json()["data"]["pages"][0]["title"] == home.title

    by_hash = get(client, {"extensions": persisted(digest)})
    assert by_hash.json() == registered.json()
    assert "public" in by_hash["Cache-Control"] and by_hash["ETag"] == registered["ETag"]
    by_hash_with_post = post(client, None, body={"extensions": persisted(digest)})
    assert by_hash_with_post.json() == registered.json()


def test_persisted_query_whose_hash_does_not_match_is_refused(client, home):
    response = post(client, QUERY, body={"extensions": persisted(sha256("{ locales { code } }"))})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"
    assert not caches["graphql"].get(f"graphql:apq:{sha256('{ locales { code } }')}")


@pytest.mark.parametrize(
    "extensions",
    [
        "{not json",
        {"persistedQuery": {"version": 2, "sha256Hash": "0" * 64}},
        {"persistedQuery": {"version": 1, "sha256Hash": "../../etc"}},
        {"persistedQuery": "yes"},
    ],
)
def test_malformed_persisted_query_extensions_are_coded_errors(client, home, extensions):
    response = get(client, {"extensions": extensions})
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_REQUEST"


def test_a_preview_answer_is_never_public(client, home, settings):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 300
    query = f'{{ page(token: "id={home.pk};content_type=home.homepage:signature") {{ title }} }}'
    for _ in range(2):
        response = post(client, query)
        assert "no-store" in response["Cache-Control"] and "X-Cache" not in response


def test_persisted_queries_and_answers_live_in_redis_when_configured(client, home, redis_cache):
    query = "{ pages { title } }"
    digest = sha256(query)
    post(client, query, body={"extensions": persisted(digest)})
    assert redis_cache.get(f"graphql:apq:{digest}") == query
    again = get(client, {"extensions": persisted(digest)})
    assert again["X-Cache"] == "HIT" and again.json()["data"]["pages"][0]["title"] == home.title
