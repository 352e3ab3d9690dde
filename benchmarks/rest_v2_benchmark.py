"""GraphQL against Wagtail's REST API v2 (not a test): the same articles, the same process.

Builds news articles with realistic bodies (a paragraph whose rich text links two pages and a
document, then an image block), lead images, themes and related cities, in a throwaway SQLite
database. Wagtail's REST API v2 is mounted for this benchmark only, at /api/v2/, exposing the
same article fields. Then, at 10 and 100 items, through the full Django stack:

- the listing: `newsArticles(perPage: N)` against `/api/v2/pages/?type=news.NewsArticle`;
- N page-by-path reads: `page(urlPath)` against `/api/v2/pages/find/?html_path=` (which
  redirects to the page's detail view; both requests are counted).

It prints the median time of each side, the ratio (GraphQL / REST) and the SQL queries of one
request. REST leaves rich-text links unresolved (`<a linktype="page" id="3">`) and hands out
hidden link targets as ids; GraphQL resolves, localizes and screens them.

    .venv/bin/python benchmarks/rest_v2_benchmark.py
    .venv/bin/python benchmarks/rest_v2_benchmark.py --runs 20
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import statistics
import sys
import tempfile
import time
import types
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZES = (10, 100)
ARTICLE_FIELDS = """
  id title url summary date
  leadImage { url width height }
  body {
    blockType
    ... on RichTextBlock { value }
    ... on ImageWithCaptionBlock { caption image { url width height } }
  }
  themes { slug name }
  relatedCities { id title url }
  tags { name }
"""
LISTING = "query ($n: Int) { newsArticles(perPage: $n) { total items { " + ARTICLE_FIELDS + "} } }"
PAGE = "query ($p: String) { page(urlPath: $p) { ... on NewsArticle { " + ARTICLE_FIELDS + "} } }"
REST_FIELDS = "summary,date,lead_image,body,themes,related_cities,tags"


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs per measure (median)")
    return parser.parse_args()


def setup_django(workdir: str) -> None:
    """Settings of a laptop, plus Wagtail's REST API v2 mounted before the page catch-all."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/benchmark.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    os.environ["ELASTICSEARCH_URL"] = ""
    # Every request is computed: the answer cache would answer GraphQL's repeats in one query.
    os.environ["GRAPHQL_RESPONSE_CACHE_SECONDS"] = "0"
    from django.conf import settings

    settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "rest_framework", "wagtail.api.v2"]
    settings.WAGTAILAPI_LIMIT_MAX = max(SIZES)
    settings.ROOT_URLCONF = "benchmark_urls"
    settings.DEBUG = False
    import django

    django.setup()
    from django.core.signals import request_finished
    from django.db import close_old_connections

    # keep one connection, so that queries of a request can be counted (as the test client does)
    request_finished.disconnect(close_old_connections)
    mount_rest_api()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def mount_rest_api() -> None:
    from django.urls import path
    from wagtail.api import APIField
    from wagtail.api.v2.router import WagtailAPIRouter
    from wagtail.api.v2.views import PagesAPIViewSet

    import cms.urls
    from news.models import NewsArticle

    NewsArticle.api_fields = [APIField(name) for name in REST_FIELDS.split(",")]
    router = WagtailAPIRouter("wagtailapi")
    router.register_endpoint("pages", PagesAPIViewSet)
    module = types.ModuleType("benchmark_urls")
    module.urlpatterns = [path("api/v2/", router.urls), *cms.urls.urlpatterns]
    sys.modules["benchmark_urls"] = module


def build(count: int) -> list[str]:
    """`count` articles with realistic bodies; returns their URL paths."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Site

    from cities.models import CityIndexPage, CityProfilePage
    from cms.demo_utils import demo_image, linked_body
    from cms.models import Region, Theme
    from home.models import ContentPage
    from news.models import NewsArticle, NewsIndexPage

    def publish(parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    home = Site.objects.get(is_default_site=True).root_page
    targets = [
        publish(home, ContentPage(title=f"Toolkit {n}", slug=f"toolkit-{n}")) for n in (1, 2)
    ]
    document = Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4", name="annual-report.pdf")
    )
    images = [demo_image(f"Picture {n}", width=320, height=180) for n in range(4)]
    places = publish(home, CityIndexPage(title="Cities", slug="cities"))
    region = Region.objects.first()
    cities = [
        publish(
            places,
            CityProfilePage(
                title=name, slug=name.lower(), city_name=name, country="FR", region=region
            ),
        )
        for name in ("Lyon", "Lille", "Nantes")
    ]
    themes = list(Theme.objects.all()[:2]) or [Theme.objects.create(slug="housing", name="Housing")]
    news = publish(home, NewsIndexPage(title="News", slug="news"))
    paths = []
    for n in range(count):
        article = NewsArticle(
            title=f"Article {n}",
            slug=f"article-{n}",
            summary="Two sentences about housing.",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            lead_image=images[n % len(images)],
            body=linked_body(targets, document, images[n % 4]),
        )
        article.themes = themes
        article.related_cities = cities[: 1 + n % 3]
        publish(news, article)
        article.tags.add("housing")
        article.save_revision().publish()
        paths.append(f"/news/article-{n}/")
    return paths


def measure(call, runs: int) -> tuple[float, int]:
    """Median milliseconds of `call()` over `runs` runs, and the SQL queries of one run."""
    from django.db import connection

    call()  # warm-up: renditions, site root paths
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000, len(executed)


def graphql(client, query: str, variables: dict):
    def call():
        body = json.dumps({"query": query, "variables": variables})
        response = client.post("/graphql/", data=body, content_type="application/json")
        assert response.status_code == 200 and "errors" not in response.json(), response.content

    return call


def rest(client, url: str):
    def call():
        response = client.get(url, follow=True)
        assert response.status_code == 200, response.content[:300]

    return call


def many(calls):
    def call():
        for one in calls:
            one()

    return call


def report(name: str, ours: tuple[float, int], theirs: tuple[float, int]) -> None:
    print(
        f"{name:<28} GraphQL {ours[0]:8.1f} ms {ours[1]:5d} queries | "
        f"REST v2 {theirs[0]:8.1f} ms {theirs[1]:5d} queries | ratio {ours[0] / theirs[0]:.2f}x"
    )


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        setup_django(workdir)
        paths = build(max(SIZES))
        from django.test import Client

        client = Client()
        print(f"{max(SIZES)} articles with realistic bodies; median of {args.runs} runs")
        for size in SIZES:
            listing_url = (
                f"/api/v2/pages/?type=news.NewsArticle&fields={REST_FIELDS}&limit={size}"
                "&order=-date"
            )
            report(
                f"listing, {size} items",
                measure(graphql(client, LISTING, {"n": size}), args.runs),
                measure(rest(client, listing_url), args.runs),
            )
            ours = many([graphql(client, PAGE, {"p": path}) for path in paths[:size]])
            theirs = many(
                [
                    rest(client, f"/api/v2/pages/find/?html_path={path}&fields={REST_FIELDS}")
                    for path in paths[:size]
                ]
            )
            report(f"page by path, {size} pages", measure(ours, 1), measure(theirs, 1))


if __name__ == "__main__":
    main()
