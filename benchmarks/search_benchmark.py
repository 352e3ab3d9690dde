"""Search benchmark (not a test): indexing throughput and GraphQL search latency.

Generates knowledge products in a throwaway SQLite database, indexes them with
`search.indexing.rebuild`, then times the GraphQL `search` field (full Django stack) against a
bare elasticsearch-dsl query on the same index, and prints the ratios.

    .venv/bin/python benchmarks/search_benchmark.py                 # 10,000 products
    .venv/bin/python benchmarks/search_benchmark.py --products 2000 --queries 100
    ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/python benchmarks/search_benchmark.py

Without ELASTICSEARCH_URL it starts osmem-server (the test server, a dev dependency) itself.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = (
    "housing slum upgrading water sanitation finance budget participatory tenure eviction "
    "resilience climate flood transport mobility youth employment gender safety waste recycling "
    "health pollution migration refugees childcare agriculture markets taxation digital inclusion "
    "informal economy vendors settlements municipal governance decentralisation energy lighting"
).split()


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    return parser.parse_args()


def setup_django(workdir: str):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/benchmark.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    os.environ["SEARCH_ELASTICSEARCH_INDEX"] = "benchmark-pages"
    server = None
    if not os.environ.get("ELASTICSEARCH_URL"):
        from osmem_server import OsmemServer

        server = OsmemServer.start(addr="127.0.0.1:0", japanese=False)
        os.environ["ELASTICSEARCH_URL"] = server.url
        os.environ["SEARCH_ELASTICSEARCH_NODE_CLASS"] = "search.transport.PlainJsonHttpNode"
        # The in-memory test server is far slower than Elasticsearch on aggregations.
        os.environ.setdefault("SEARCH_ELASTICSEARCH_TIMEOUT", "120")
    import django

    django.setup()
    from django.conf import settings

    if server:  # osmem has no Arabic stemmer (see cms/settings/test.py)
        settings.SEARCH_LANGUAGE_ANALYZERS = {
            **settings.SEARCH_LANGUAGE_ANALYZERS,
            "ar": "arabic_unstemmed",
        }
    settings.ALLOWED_HOSTS = ["*"]
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return server


def quiet_signals():
    """Generation writes rows directly: no per-page index or reference-index updates."""
    from django.db.models.signals import post_save

    from knowledge.models import KnowledgeProductPage

    for receiver in list(post_save._live_receivers(KnowledgeProductPage)[0]):
        post_save.disconnect(receiver, sender=KnowledgeProductPage)


def generate(count: int, rng: random.Random) -> None:
    from tqdm import tqdm
    from wagtail.models import Site

    from cms.models import Theme
    from knowledge.models import KnowledgeIndexPage, KnowledgeProductPage

    home = Site.objects.get(is_default_site=True).root_page
    index = KnowledgeIndexPage(title="Library", slug="library", live=True)
    home.add_child(instance=index)
    themes = [Theme.objects.create(name=w.capitalize(), slug=w) for w in WORDS[:12]]
    types = [choice for choice, _ in KnowledgeProductPage.ProductType.choices]
    through = KnowledgeProductPage.themes.through
    links = []
    depth = index.depth + 1
    for n in tqdm(range(count), desc="Generating products", unit="page"):
        words = rng.sample(WORDS, 6)
        title = f"{words[0].capitalize()} and {words[1]} in cities {n}"
        page = KnowledgeProductPage(
            title=title,
            draft_title=title,
            slug=f"product-{n}",
            summary=f"A study of {words[2]}, {words[3]} and {words[4]} for the urban poor.",
            body=[("paragraph", f"<p>{' '.join(rng.choices(WORDS, k=80))}</p>")],
            publication_date=datetime.date(rng.randint(2000, 2024), rng.randint(1, 12), 1),
            product_type=rng.choice(types),
            language=rng.choice(["en", "en", "en", "fr", "es"]),
            live=True,
            first_published_at=datetime.datetime.now(datetime.UTC),
            locale_id=index.locale_id,
            # Placed directly in the tree: treebeard's add_child and full_clean would make
            # generation take minutes, and only the rows matter here.
            depth=depth,
            path=KnowledgeProductPage._get_path(index.path, depth, n + 1),
            numchild=0,
        )
        page.save(clean=False)
        links.append(through(knowledgeproductpage_id=page.pk, theme_id=rng.choice(themes).pk))
    type(index).objects.filter(pk=index.pk).update(numchild=count)
    through.objects.bulk_create(links)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def time_calls(call, queries: list[str]) -> list[float]:
    timings = []
    for query in queries:
        started = time.perf_counter()
        call(query)
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main():
    args = parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="search-benchmark-") as workdir:
        server = setup_django(workdir)
        try:
            run(args, rng)
        finally:
            if server:
                server.close()


def run(args, rng: random.Random) -> None:
    from django.test import Client
    from elasticsearch_dsl import Search
    from tqdm import tqdm

    from search import conf
    from search.backends.base import ParsedQuery, SearchRequest
    from search.backends.elasticsearch import ElasticsearchEngine
    from search.client import get_client
    from search.indexing import rebuild, visible_page_ids

    quiet_signals()
    generate(args.products, rng)
    total = len(visible_page_ids())
    with tqdm(total=total, desc="Indexing", unit="page") as bar:
        report = rebuild(progress=bar.update)
    throughput = report.indexed / report.seconds
    print(f"Indexing throughput: {throughput:.0f} documents/s ({report.indexed} documents)")

    queries = [" ".join(rng.sample(WORDS, rng.choice([1, 2, 3]))) for _ in range(args.queries)]
    client, alias = get_client(), conf.index_alias()
    http = Client()
    operation = (
        "query($q: String) { search(query: $q, perPage: 20) { total "
        "hits { score highlights { field fragments } page { id title url } } "
        "facets { name buckets { value label count } } suggestion engine } }"
    )

    def graphql(query: str):
        response = http.post(
            "/graphql/",
            data=json.dumps({"query": operation, "variables": {"q": query}}),
            content_type="application/json",
        )
        engine = response.json()["data"]["search"]["engine"]
        assert engine == "elasticsearch", "the search server failed: the database answered"

    def bare_dsl(query: str):
        fields = ["title_en^4", "summary_en^2", "body_en"]
        Search(using=client, index=alias).query("multi_match", query=query, fields=fields).extra(
            size=20
        ).execute()

    engine = ElasticsearchEngine()

    def same_body_dsl(query: str):
        body = engine.body(SearchRequest(query=ParsedQuery.parse(query)))
        Search.from_dict(body).using(client).index(alias).execute()

    for call in (graphql, bare_dsl, same_body_dsl):  # warm-up
        time_calls(call, queries[:10])
    results = {
        "GraphQL search (full stack)": time_calls(graphql, queries),
        "bare elasticsearch-dsl multi_match": time_calls(bare_dsl, queries),
        "elasticsearch-dsl, same body as the engine": time_calls(same_body_dsl, queries),
    }
    print()
    print(f"Products indexed: {report.indexed} in {report.seconds:.1f} s")
    print(f"Indexing throughput: {throughput:.0f} documents/s")
    print(f"Queries: {len(queries)} (1-3 words), 20 hits per page, 9 facets")
    base = results["bare elasticsearch-dsl multi_match"]
    for name, timings in results.items():
        p50, p95 = percentile(timings, 50), percentile(timings, 95)
        ratio50 = p50 / percentile(base, 50)
        ratio95 = p95 / percentile(base, 95)
        print(
            f"{name:45s} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  "
            f"ratio to bare p50 {ratio50:4.1f}x  p95 {ratio95:4.1f}x"
        )
    print(f"(mean GraphQL {statistics.mean(results['GraphQL search (full stack)']):.1f} ms)")


if __name__ == "__main__":
    main()
