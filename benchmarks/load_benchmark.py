"""Load benchmark (not a test): many members and visitors at once on PostgreSQL, under gunicorn.

Creates a PostgreSQL database of its own (dropped first if an earlier run left it; the server of
DATABASE_URL, by default postgres://postgres@127.0.0.1:5432), migrates it, loads the demo with
`manage.py load_demo`, and serves it with `make serve`'s gunicorn on 127.0.0.1. Every client
signs in as the demo member (one `signIn` each, one after another before the clock starts), then
for `--seconds` sends, back to back:

- reads (7 in 10): the contract's Home, NewsArticles, Page, Events and ForumThread operations;
- searches (2 in 10): the contract's Search operation;
- forum replies (1 in 10): the contract's Reply mutation, each with a body of its own.

The forum's per-member post limit (FORUM_POSTS_PER_MINUTE) is lifted for the run, since every
client is the same member. Prints the totals, the errors (a non-200 answer, an `errors` entry
or a failed connection: there should be none), requests per second, p50 and p99 per kind, and
then checks in the database that every reply the server accepted is there.

    .venv/bin/python benchmarks/load_benchmark.py                      # 64 clients, 300 s
    .venv/bin/python benchmarks/load_benchmark.py --clients 16 --seconds 30
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from cache_benchmark import start_gunicorn  # noqa: E402

from tests.browser.demo_server import free_port, fresh_database_url  # noqa: E402

OPERATIONS = ROOT / "frontend-contract" / "operations"
READS = ("Home", "NewsArticles", "Page", "Events", "ForumThread")
MIX = (("read", 7), ("search", 2), ("reply", 1))
KINDS = ("sign-in", *(kind for kind, _ in MIX))
MEMBER = {"login": "joao.pereira", "password": "alliance-member"}


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument(
        "--cache-seconds", type=int, default=0, help="answer cache (0: every read hits the DB)"
    )
    return parser.parse_args()


def operation(name: str) -> dict:
    """The contract's operation `name` with its example variables."""
    return {
        "query": (OPERATIONS / f"{name}.graphql").read_text(),
        "variables": json.loads((OPERATIONS / f"{name}.variables.json").read_text()),
    }


def prepare_database(workdir: Path) -> dict[str, str]:
    """A fresh PostgreSQL database with the demo loaded; returns the environment that uses it."""
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
    env = {
        **os.environ,
        "DATABASE_URL": fresh_database_url(workdir, "alliance_load_benchmark"),
        "MEDIA_ROOT": str(workdir / "media"),
        "ELASTICSEARCH_URL": "",
    }
    for command in (["migrate", "--verbosity", "0"], ["load_demo"]):
        subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return env


class Recorder:
    """Latencies and errors per kind, and the reply bodies the server accepted."""

    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.examples: list[str] = []
        self.accepted: list[str] = []

    def record(self, kind: str, elapsed: float, error: str | None, reply: str | None = None):
        with self.lock:
            self.latencies[kind].append(elapsed)
            if error:
                self.errors[kind] += 1
                if len(self.examples) < 5:
                    self.examples.append(f"{kind}: {error[:300]}")
            elif reply:
                self.accepted.append(reply)


def sign_in(url: str, recorder: Recorder) -> str | None:
    """One session of the demo member, recorded as a request of its own kind."""
    start = time.perf_counter()
    response = requests.post(url, json=operation("SignIn"), timeout=120)
    payload = (response.json().get("data") or {}).get("signIn") if response.ok else None
    error = None if payload else response.text
    recorder.record("sign-in", time.perf_counter() - start, error)
    return payload and payload["accessToken"]


def client(url: str, number: int, run: str, token: str, deadline: float, recorder: Recorder):
    session = requests.Session()
    member = {"Authorization": f"Bearer {token}"}
    reads = [operation(name) for name in READS]
    search, reply = operation("Search"), operation("Reply")
    kinds = [kind for kind, weight in MIX for _ in range(weight)]
    picker = random.Random(number)
    sent = 0
    while time.monotonic() < deadline:
        kind = picker.choice(kinds)
        body = headers = None
        if kind == "read":
            payload = picker.choice(reads)
        elif kind == "search":
            payload = search
        else:
            sent += 1
            body = f"Load run {run}, client {number}, reply {sent}: the upgrading was phased."
            payload = {**reply, "variables": {**reply["variables"], "body": body}}
            headers = member
        start = time.perf_counter()
        try:
            response = session.post(url, json=payload, headers=headers, timeout=120)
            answer = response.json() if response.status_code == 200 else None
            error = None if answer and "errors" not in answer else response.text
        except (requests.RequestException, ValueError) as exc:
            error = repr(exc)
        recorder.record(kind, time.perf_counter() - start, error, body)


def verify(env: dict[str, str], run: str, accepted: list[str]) -> int:
    """How many accepted replies are missing from the database."""
    os.environ.update(DATABASE_URL=env["DATABASE_URL"], DJANGO_SETTINGS_MODULE="cms.settings.dev")
    import django

    django.setup()
    from forums.models import Post

    ours = Post.objects.filter(body__contains=f"Load run {run},")
    stored = "\n".join(ours.values_list("body", flat=True))
    return sum(body not in stored for body in accepted)


def percentile(samples: list[float], share: float) -> float:
    return samples[max(0, int(len(samples) * share) - 1)] * 1000


def report(recorder: Recorder, args) -> None:
    total = sum(len(recorder.latencies[kind]) for kind, _ in MIX)  # sign-ins: before the clock
    errors = sum(recorder.errors.values())
    print(
        f"{args.clients} clients, {args.seconds:g} s, answer cache {args.cache_seconds} s: "
        f"{total} requests, {total / args.seconds:.1f} req/s, {errors} errors"
    )
    for kind in KINDS:
        samples = sorted(recorder.latencies[kind])
        if samples:
            median = statistics.median(samples) * 1000
            print(
                f"  {kind:7} {len(samples):7d} requests  p50 {median:8.1f} ms"
                f"  p99 {percentile(samples, 0.99):8.1f} ms  errors {recorder.errors[kind]}"
            )
    for example in recorder.examples:
        print("  error:", example)


def main():
    args = parse_args()
    run = uuid.uuid4().hex[:8]
    with tempfile.TemporaryDirectory() as workdir:
        env = prepare_database(Path(workdir))
        port = free_port()
        extra = {key: env[key] for key in ("DATABASE_URL", "MEDIA_ROOT", "ELASTICSEARCH_URL")}
        server = start_gunicorn(
            workdir, port, args.cache_seconds, {**extra, "FORUM_POSTS_PER_MINUTE": "1000000"}
        )
        recorder = Recorder()
        try:
            url = f"http://127.0.0.1:{port}/graphql/"
            # one by one before the clock starts: password hashing is slow on purpose
            tokens = [sign_in(url, recorder) for _ in range(args.clients)]
            deadline = time.monotonic() + args.seconds
            threads = [
                threading.Thread(target=client, args=(url, n, run, token, deadline, recorder))
                for n, token in enumerate(tokens)
                if token
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
        report(recorder, args)
        missing = verify(env, run, recorder.accepted)
        print(f"replies accepted: {len(recorder.accepted)}, missing from the database: {missing}")


if __name__ == "__main__":
    main()
