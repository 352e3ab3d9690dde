"""Webhook benchmark (not a test): fan-out of published pages to several endpoints.

In a throwaway SQLite database with the `make run` settings, publishes pages first with no
endpoint, then with `--endpoints` endpoints (real HTTP receivers on 127.0.0.1), and prints the
mean time of one publish in each case: publishing only writes delivery rows and queues tasks,
it never waits for a receiver. Then runs the webhook worker (`db_worker --backend webhooks`,
one process, as `make run` starts it) until the queue is empty and prints deliveries per second.

    .venv/bin/python benchmarks/webhook_benchmark.py                 # 1,000 pages, 5 endpoints
    .venv/bin/python benchmarks/webhook_benchmark.py --pages 200 --endpoints 2
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--endpoints", type=int, default=5)
    parser.add_argument(
        "--baseline", type=int, default=100, help="pages published first, with no endpoint"
    )
    return parser.parse_args()


def setup_django(workdir: str):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/benchmark.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def publish_times(index, start: int, count: int) -> list[float]:
    from news.models import NewsArticle

    times = []
    for number in range(start, start + count):
        began = time.perf_counter()
        article = NewsArticle(title=f"Article {number}", slug=f"article-{number}", summary="x")
        index.add_child(instance=article)
        article.save_revision().publish()
        times.append(time.perf_counter() - began)
    return times


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        setup_django(workdir)
        from django.core.management import call_command
        from wagtail.models import Site

        from news.models import NewsIndexPage
        from tests.webhooks.receiver import running_receiver
        from webhooks.models import WebhookDelivery, WebhookEndpoint

        home = Site.objects.get(is_default_site=True).root_page
        index = NewsIndexPage(title="News", slug="news")
        home.add_child(instance=index)
        index.save_revision().publish()

        without = publish_times(index, 0, args.baseline)
        receivers = [running_receiver() for _ in range(args.endpoints)]
        states = [receiver.__enter__() for receiver in receivers]
        for number, state in enumerate(states):
            WebhookEndpoint.objects.create(
                name=f"Frontend {number}", url=state.url, events=["page.published"]
            )
        with_endpoints = publish_times(index, args.baseline, args.pages)
        queued = WebhookDelivery.objects.count()

        began = time.perf_counter()
        call_command(
            "db_worker",
            "--backend",
            "webhooks",
            "--batch",
            "--no-startup-delay",
            "--interval",
            "0",
            "--no-reload",
            verbosity=0,
        )
        elapsed = time.perf_counter() - began
        received = sum(len(state.requests) for state in states)
        delivered = WebhookDelivery.objects.filter(status="delivered").count()
        for receiver in receivers:
            receiver.__exit__(None, None, None)

        mean_without = statistics.mean(without) * 1000
        mean_with = statistics.mean(with_endpoints) * 1000
        print(f"publish, no endpoint:        {mean_without:7.1f} ms (mean of {len(without)})")
        print(
            f"publish, {args.endpoints} endpoints:        {mean_with:7.1f} ms "
            f"(mean of {len(with_endpoints)}; ratio {mean_with / mean_without:.2f})"
        )
        print(f"deliveries queued:           {queued}")
        print(f"delivered / received:        {delivered} / {received}")
        print(
            f"worker (1 process):          {elapsed:7.1f} s, {delivered / elapsed:.0f} deliveries/s"
        )


if __name__ == "__main__":
    main()
