"""Throughput against Wagtail's REST API v2 and stock grapple (not a test), served by gunicorn.

Builds news articles with realistic bodies (as benchmarks/rest_v2_benchmark.py does) in a
throwaway SQLite database, then serves it with `make serve`'s gunicorn on 127.0.0.1 under
benchmarks/rest_v2_settings.py, which also mounts REST v2 at /api/v2/. A bounded pool of client
threads sends each operation back to back, once with the answer cache off and once on
(GRAPHQL_RESPONSE_CACHE_SECONDS):

- listing: the contract's NewsArticles operation, grapple's stock `pages(contentType:)`, and
  REST's `/api/v2/pages/?type=news.NewsArticle`;
- page: the contract's Page operation on one article, and REST's `/api/v2/pages/find/`
  (which redirects to the detail view; the client follows, as a frontend would).

Prints requests per second, p50 and p99, and each GraphQL figure's ratio to REST's (REST has no
answer cache, so its figures come from the uncached server). Targets (issue 12): uncached at
least REST's throughput, cached at least ten times it.

    .venv/bin/python benchmarks/throughput_benchmark.py
    .venv/bin/python benchmarks/throughput_benchmark.py --clients 16 --seconds 10
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from cache_benchmark import load, start_gunicorn  # noqa: E402

from tests.browser.demo_server import free_port  # noqa: E402

OPERATIONS = ROOT / "frontend-contract" / "operations"
ARTICLE = "/news/article-1/"
REST_FIELDS = "summary,date,lead_image,body,themes,related_cities,tags"
GRAPPLE_LISTING = """{
  pages(contentType: "news.NewsArticle", limit: 10, order: "-first_published_at") {
    id title url
    ... on NewsArticle { date summary tags { name } relatedCities { id title url } }
  }
}"""


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5)
    return parser.parse_args()


def contract(name: str, **variables) -> dict:
    """A POST of the contract's operation `name` with the given variables."""
    query = (OPERATIONS / f"{name}.graphql").read_text()
    return {"method": "post", "json": {"query": query, "variables": variables}}


def operations() -> dict[str, dict[str, dict]]:
    """Per operation, each side: GraphQL ones post to /graphql/, REST ones carry their path."""
    return {
        "listing (10 articles)": {
            "contract": contract("NewsArticles", locale="en", perPage=10),
            "grapple": {"method": "post", "json": {"query": GRAPPLE_LISTING}},
            "rest": {
                "method": "get",
                "path": f"/api/v2/pages/?type=news.NewsArticle&fields={REST_FIELDS}"
                "&limit=10&order=-date",
            },
        },
        "page (one article)": {
            "contract": contract("Page", path=ARTICLE, locale="en"),
            "rest": {
                "method": "get",
                "path": f"/api/v2/pages/find/?html_path={ARTICLE}&fields={REST_FIELDS}",
            },
        },
    }


def build_site(workdir: str, articles: int) -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = "rest_v2_settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/benchmark.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    os.environ["ELASTICSEARCH_URL"] = ""
    os.environ["PYTHONPATH"] = os.pathsep.join([str(HERE), str(ROOT)])
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections
    from rest_v2_benchmark import build

    call_command("migrate", verbosity=0)
    build(articles)
    connections.close_all()


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        build_site(workdir, args.articles)
        results: dict[tuple[str, str, str], dict] = {}
        for label, cache_seconds in (("uncached", 0), ("cached", 300)):
            port = free_port()
            url = f"http://127.0.0.1:{port}/graphql/"
            server = start_gunicorn(
                workdir, port, cache_seconds, {"WAGTAILAPI_BASE_URL": f"http://127.0.0.1:{port}"}
            )
            try:
                for name, sides in operations().items():
                    for side, operation in sides.items():
                        if side == "rest" and label == "cached":
                            continue  # REST v2 has no answer cache: the same as uncached
                        load(url, operation, args.clients, 1)  # warm-up: renditions, caches
                        result = load(url, operation, args.clients, args.seconds)
                        results[name, side, label] = result
                        print(
                            f"{name:22} {side:8} {label:9} {result['rps']:8.1f} req/s  "
                            f"p50 {result['p50']:7.1f} ms  p99 {result['p99']:7.1f} ms  "
                            f"errors {result['errors']}",
                            flush=True,
                        )
            finally:
                server.terminate()
                server.wait(timeout=30)
        print(
            f"\n{args.articles} articles, {args.clients} clients, {args.seconds:g} s each; "
            "throughput relative to REST v2 (targets: uncached >= 1x, cached >= 10x)"
        )
        for (name, side, label), result in results.items():
            if side != "rest":
                ratio = result["rps"] / results[name, "rest", "uncached"]["rps"]
                print(f"{name:22} {side:8} {label:9} {ratio:6.2f}x REST")


if __name__ == "__main__":
    main()
