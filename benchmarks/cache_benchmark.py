"""Cache benchmark (not a test): what the answer cache and persisted queries buy under load.

Builds news articles (half translated into French) in a throwaway SQLite database, then serves
it with gunicorn as `make serve` does (gunicorn.conf.py, two workers of four threads), once with
the answer cache off and once with it on, and drives each with a bounded pool of client threads
for a few seconds per operation. Prints requests per second, p50 and p99 latency, and the
cached/uncached throughput ratio:

- the `newsArticles` listing (20 items) posted as JSON;
- `page(urlPath)` of one article;
- the same listing as an automatic persisted query over GET (what a CDN would cache).

    .venv/bin/python benchmarks/cache_benchmark.py                       # 100 articles, 8 clients
    .venv/bin/python benchmarks/cache_benchmark.py --clients 16 --seconds 10
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests

# The same throwaway news site as the locale benchmark; importing it puts ROOT on the path.
from locale_benchmark import build, setup_django

from tests.browser.demo_server import free_port

ROOT = Path(__file__).resolve().parent.parent

LISTING = "{ newsArticles(perPage: 20) { total items { title date url translations { locale } } } }"
PAGE = '{ page(urlPath: "/news/article-1/") { title url breadcrumbs { title url } } }'


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=5)
    return parser.parse_args()


def operations() -> dict[str, dict]:
    digest = hashlib.sha256(LISTING.encode()).hexdigest()
    extensions = json.dumps({"persistedQuery": {"version": 1, "sha256Hash": digest}})
    return {
        "newsArticles (POST)": {"method": "post", "json": {"query": LISTING}},
        "page(urlPath) (POST)": {"method": "post", "json": {"query": PAGE}},
        "newsArticles (persisted, GET)": {
            "method": "get",
            "params": {"extensions": extensions},
            "register": {"query": LISTING, "extensions": json.loads(extensions)},
        },
    }


def start_gunicorn(
    workdir: str, port: int, cache_seconds: int, extra_env: dict | None = None
) -> subprocess.Popen:
    """`make serve`'s gunicorn on 127.0.0.1; `extra_env` selects e.g. another settings module."""
    env = {
        **os.environ,
        **(extra_env or {}),
        "GRAPHQL_RESPONSE_CACHE_SECONDS": str(cache_seconds),
        "BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": "",
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=open(Path(workdir) / f"gunicorn-{port}.log", "w"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            requests.post(
                f"http://127.0.0.1:{port}/graphql/", json={"query": "{ locales { code } }"}
            )
            return process
        except requests.ConnectionError:
            time.sleep(0.3)
    raise TimeoutError("gunicorn did not start")


def load(url: str, operation: dict, clients: int, seconds: float) -> dict:
    """`clients` threads send the operation back to back for `seconds`; an operation with a
    `path` goes there instead of `url` (a REST endpoint on the same server)."""
    url = url.rsplit("/graphql/", 1)[0] + operation["path"] if "path" in operation else url
    if "register" in operation:  # the client's first, full request of the persisted query
        requests.post(url, json=operation["register"])
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client():
        nonlocal errors
        session = requests.Session()
        while time.monotonic() < deadline:
            start = time.perf_counter()
            response = session.request(
                operation["method"], url, json=operation.get("json"), params=operation.get("params")
            )
            elapsed = time.perf_counter() - start
            ok = response.status_code == 200 and "errors" not in response.json()
            with lock:
                latencies.append(elapsed)
                errors += not ok

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {
        "rps": len(latencies) / seconds,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "errors": errors,
    }


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        setup_django(workdir)
        build(args.articles)
        from django.db import connections

        connections.close_all()
        results: dict[str, dict] = {}
        for label, cache_seconds in (("uncached", 0), ("cached", 300)):
            port = free_port()
            server = start_gunicorn(workdir, port, cache_seconds)
            try:
                for name, operation in operations().items():
                    load(f"http://127.0.0.1:{port}/graphql/", operation, args.clients, 1)  # warm
                    result = load(
                        f"http://127.0.0.1:{port}/graphql/", operation, args.clients, args.seconds
                    )
                    results[f"{name} {label}"] = result
                    print(
                        f"{name:32} {label:9} {result['rps']:8.1f} req/s  "
                        f"p50 {result['p50']:7.1f} ms  p99 {result['p99']:7.1f} ms  "
                        f"errors {result['errors']}"
                    )
            finally:
                server.terminate()
                server.wait(timeout=30)
        print(f"\n{args.articles} articles, {args.clients} clients, {args.seconds:g} s each")
        for name in operations():
            ratio = results[f"{name} cached"]["rps"] / results[f"{name} uncached"]["rps"]
            print(f"{name:32} cached/uncached throughput: {ratio:.1f}x")


if __name__ == "__main__":
    main()
