"""Search benchmark (not a test): indexing throughput and GraphQL search latency.

Generates knowledge products in a throwaway SQLite database, indexes them with
`search.indexing.rebuild`, then times the GraphQL `search` field (full Django stack, the hit
fields of a results page: themes, authors, documents) against the same request made directly
with elasticsearch-dsl at perPage 10 and 50, and prints the ratios (goal: at most 1.2x).

"The same request" is the body the Elasticsearch engine sends for that query (per-word fuzzy
multi_match over every language's fields, the nine facets as aggregations, collapsing on the
work with its copies' highlights, did-you-mean): the ratio is what the Django, GraphQL,
database and privacy layers add to one search, not a comparison with a lighter query. The
server-side answer cache is off, so every GraphQL search runs the search path, and warm-up
queries are not among the timed ones.

Searches are timed on the index without PDF text: with 100,000 characters of PDF text per
product the in-memory test server takes seconds per search (Elasticsearch does not), which
would hide the layers' own time in the ratio. The products have their documents either way.

    .venv/bin/python benchmarks/search_benchmark.py                 # 10,000 products
    .venv/bin/python benchmarks/search_benchmark.py --products 2000 --queries 100
    ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/python benchmarks/search_benchmark.py

Without ELASTICSEARCH_URL it starts osmem-server (the test server, a dev dependency) itself; a
server without the Arabic analyzer (osmem, whoever started it) gets the unstemmed one.
"""

from __future__ import annotations

import argparse
import datetime
import json
import logging
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
    parser.add_argument(
        "--profile", action="store_true", help="print where one GraphQL search spends its time"
    )
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

    if not has_analyzer("arabic"):  # osmem (ours or one the user started): no Arabic stemmer
        settings.SEARCH_LANGUAGE_ANALYZERS = {
            **settings.SEARCH_LANGUAGE_ANALYZERS,
            "ar": "arabic_unstemmed",
        }
    settings.ALLOWED_HOSTS = ["*"]
    # Timed searches run the search path, not the server-side answer cache (a repeated query
    # would be answered from it in a few milliseconds).
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 0
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return server


def has_analyzer(name: str) -> bool:
    """Whether the search server knows a built-in analyzer (osmem-server lacks "arabic")."""
    from elasticsearch import ApiError

    from search.client import get_client

    client, probe = get_client(), f"benchmark-probe-{name}"
    mapping = {"properties": {"text": {"type": "text", "analyzer": name}}}
    try:
        client.indices.create(index=probe, mappings=mapping)
    except ApiError:
        return False
    client.indices.delete(index=probe)
    return True


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


def attach_documents(rng: random.Random, files: int = 20) -> list:
    """Give every product one of `files` PDFs (what the hits' `documents` show), their text
    stored as empty (as for a scanned PDF) until `store_pdf_text`."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from knowledge.models import KnowledgeDocument, KnowledgeProductPage
    from search.models import ExtractedText

    # The placeholder files are no PDFs: reading them at upload logs a traceback per file.
    logging.getLogger("search.attachments").setLevel(logging.ERROR)
    documents = []
    for n in range(files):
        content = ContentFile(f"%PDF-1.4 {n}".encode(), f"report-{n}.pdf")
        document = Document.objects.create(title=f"Report {n}", file=content)
        ExtractedText.objects.update_or_create(
            file_hash=document.get_file_hash(), defaults={"text": ""}
        )
        documents.append(document)
    ids = KnowledgeProductPage.objects.values_list("pk", flat=True)
    KnowledgeDocument.objects.bulk_create(
        KnowledgeDocument(product_id=pk, document=rng.choice(documents), sort_order=0) for pk in ids
    )
    return documents


def store_pdf_text(rng: random.Random, documents: list) -> None:
    """Store text for every PDF (as after upload): a rebuild then indexes that text (up to the
    attachment cap) without reading files."""
    from search import conf
    from search.models import ExtractedText

    for document in documents:
        words = rng.choices(WORDS, k=conf.attachment_max_chars() // 8)
        ExtractedText.objects.filter(file_hash=document.get_file_hash()).update(
            text=" ".join(words)
        )


class ServerClock:
    """Seconds spent waiting on the search server's HTTP answers (bulk requests, searches):
    how much of a measured time the server itself takes, a ceiling for what our code can
    gain."""

    def __init__(self):
        from elastic_transport import Urllib3HttpNode

        self.seconds = 0.0
        original = Urllib3HttpNode.perform_request
        clock = self

        def timed(node, *args, **kwargs):
            started = time.perf_counter()
            try:
                return original(node, *args, **kwargs)
            finally:
                clock.seconds += time.perf_counter() - started

        Urllib3HttpNode.perform_request = timed

    def measure(self, call):
        """(result, total seconds, server seconds) of `call()`."""
        before, started = self.seconds, time.perf_counter()
        result = call()
        return result, time.perf_counter() - started, self.seconds - before


def index_all(clock: ServerClock, label: str):
    from tqdm import tqdm

    from search.indexing import rebuild, visible_page_ids

    with tqdm(total=len(visible_page_ids()), desc=f"Indexing ({label})", unit="page") as bar:
        report, seconds, server = clock.measure(lambda: rebuild(progress=bar.update))
    return (
        f"Indexing {label}: {report.indexed / seconds:.0f} documents/s "
        f"({report.indexed} in {seconds:.1f} s; search server {server:.1f} s, "
        f"{100 * server / seconds:.0f}% of it)"
    )


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def time_calls(calls: dict, queries: list[str], clock: ServerClock) -> dict[str, list[tuple]]:
    """(total ms, ms outside the search server) of each call per query. The calls take turns
    going first: the search server keeps caches, and whichever ran a query second would find
    them warm."""
    timings: dict[str, list[tuple]] = {name: [] for name in calls}
    for turn, query in enumerate(queries):
        names = list(calls) if turn % 2 == 0 else list(reversed(calls))
        for name in names:
            _, seconds, server = clock.measure(lambda name=name, query=query: calls[name](query))
            timings[name].append((seconds * 1000, (seconds - server) * 1000))
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
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from elasticsearch_dsl import Search

    from search import conf
    from search.backends.elasticsearch import ElasticsearchEngine
    from search.client import get_client
    from search.graphql.resolvers import build_request

    clock = ServerClock()
    quiet_signals()
    generate(args.products, rng)
    documents = attach_documents(rng)
    indexing = [index_all(clock, "without PDF text")]

    queries = [" ".join(rng.sample(WORDS, rng.choice([1, 2, 3]))) for _ in range(args.queries)]
    warm_up = [" ".join(rng.sample(WORDS, 2)) for _ in range(4)]
    client, alias = get_client(), conf.index_alias()
    http = Client()
    # What a results page shows: the hit fields of a product card.
    operation = (
        "query($q: String, $perPage: Int) { search(query: $q, perPage: $perPage) { total "
        "hits { score highlights { field fragments } page { id title url "
        "... on KnowledgeProductPage { themes { name } authors { name } "
        "documents { title url } } } } "
        "facets { name buckets { value label count } } suggestion engine } }"
    )

    def graphql(per_page: int):
        def call(query: str):
            response = http.post(
                "/graphql/",
                data=json.dumps(
                    {"query": operation, "variables": {"q": query, "perPage": per_page}}
                ),
                content_type="application/json",
            )
            engine = response.json()["data"]["search"]["engine"]
            assert engine == "elasticsearch", "the search server failed: the database answered"

        return call

    def bare_dsl(per_page: int):
        """The same request body as the engine's, sent with elasticsearch-dsl."""

        def call(query: str):
            request = build_request(query, None, None, "relevance", 1, per_page)
            body = ElasticsearchEngine(client, alias).body(request)
            Search.from_dict(body).using(client).index(alias).execute()

        return call

    with CaptureQueriesContext(connection) as captured:
        graphql(10)(queries[0])
    sql_queries = len(captured)

    results = {}
    server_share = {}
    for per_page in (10, 50):
        calls = {"GraphQL search (full stack)": graphql(per_page), "bare": bare_dsl(per_page)}
        time_calls(calls, warm_up, clock)
        results[per_page], seconds, server = clock.measure(
            lambda calls=calls: time_calls(calls, queries, clock)
        )
        server_share[per_page] = server / seconds
    if args.profile:
        profile(graphql(10), queries[0])

    store_pdf_text(rng, documents)
    indexing.append(index_all(clock, "with PDF text (stored, as after upload)"))
    print()
    print(*indexing, sep="\n")
    print("(PDF text is read once at upload and stored: a rebuild reads no file)")
    print(
        f"Queries: {len(queries)} (1-3 words), 9 facets, hit fields of a results page, "
        f"on the index without PDF text; {sql_queries} SQL queries per GraphQL search"
    )
    for per_page, timings in results.items():
        graphql_ms = [total for total, _ in timings["GraphQL search (full stack)"]]
        bare_ms = [total for total, _ in timings["bare"]]
        for pct in (50, 95):
            ours, theirs = percentile(graphql_ms, pct), percentile(bare_ms, pct)
            print(
                f"perPage {per_page:2d} p{pct}: GraphQL {ours:7.1f} ms, bare elasticsearch-dsl "
                f"{theirs:7.1f} ms, ratio {ours / theirs:4.2f}x (goal <= 1.2x)"
            )
        own = {name: statistics.mean(o for _, o in timings[name]) for name in timings}
        print(
            f"perPage {per_page:2d}: time outside the search server per search, mean: GraphQL "
            f"{own['GraphQL search (full stack)']:.1f} ms, bare elasticsearch-dsl "
            f"{own['bare']:.1f} ms"
        )
    for per_page, share in server_share.items():
        print(f"perPage {per_page:2d}: search server {100 * share:.0f}% of both runs' time")
    mean = statistics.mean(total for total, _ in results[10]["GraphQL search (full stack)"])
    print(f"(mean GraphQL at perPage 10: {mean:.1f} ms)")


def profile(call, query: str) -> None:
    """The functions one GraphQL search (perPage 10) spends most time in, cumulatively."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    print(f"\nProfile of one GraphQL search (perPage 10) for {query!r}:")
    profiler.runcall(call, query)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
