"""Locale benchmark (not a test): what the `locale` argument costs a listing and a page.

Builds news articles in English with French translations for half of them, in a throwaway
SQLite database, then times through the full Django stack and prints ratios against the
default-language request of the same operation, run in the same process:

- `newsArticles` with no locale (the baseline), `locale: "fr"` (served in French) and
  `locale: "es"` (nothing in Spanish: the listing falls back to English);
- the same listings asking every item's `translations` (language switcher data);
- `page(urlPath)` in English, in French, and in Spanish (falls back).

    .venv/bin/python benchmarks/locale_benchmark.py                 # 200 articles
    .venv/bin/python benchmarks/locale_benchmark.py --articles 1000 --runs 50
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=30)
    return parser.parse_args()


def setup_django(workdir: str):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/benchmark.sqlite3"
    os.environ["MEDIA_ROOT"] = f"{workdir}/media"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def build(articles: int) -> None:
    from tqdm import tqdm
    from wagtail.models import Locale, Site

    from news.models import NewsArticle, NewsIndexPage

    home = Site.objects.get(is_default_site=True).root_page
    index = NewsIndexPage(title="News", slug="news")
    home.add_child(instance=index)
    index.save_revision().publish()
    french = Locale.objects.get(language_code="fr")
    for number in tqdm(range(articles), desc="Articles", unit="article"):
        article = NewsArticle(
            title=f"Article {number}",
            slug=f"article-{number}",
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=number),
        )
        index.add_child(instance=article)
        article.save_revision().publish()
        if number % 2 == 0:
            translated = article.copy_for_translation(french, copy_parents=True)
            translated.title = f"Article {number} (fr)"
            translated.save_revision().publish()


def timed(client, query: str, runs: int) -> float:
    body = json.dumps({"query": query})
    client.post("/graphql/", data=body, content_type="application/json")  # warm-up
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.post("/graphql/", data=body, content_type="application/json")
        samples.append(time.perf_counter() - start)
        assert "errors" not in response.json(), response.json()
    return statistics.median(samples) * 1000


def main():
    args = parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        setup_django(workdir)
        build(args.articles)
        from django.test import Client

        client = Client()
        listing = "{{ newsArticles(perPage: 100{}) {{ total items {{ title{} }} }} }}"
        page = '{{ page(urlPath: "/news/article-0/"{}) {{ title isFallback }} }}'
        groups = {
            "newsArticles (100 items)": (listing, ""),
            "newsArticles + translations": (listing, " translations { locale url }"),
        }
        print(f"{args.articles} articles, half translated into French; median of {args.runs} runs")
        for name, (template, extra) in groups.items():
            base = timed(client, template.format("", extra), args.runs)
            print(f"{name}: default {base:.1f} ms")
            for locale in ("fr", "es"):
                value = timed(client, template.format(f', locale: "{locale}"', extra), args.runs)
                print(f"  locale {locale}: {value:.1f} ms ({value / base:.2f}x)")
        base = timed(client, page.format(""), args.runs)
        print(f"page(urlPath): default {base:.1f} ms")
        for locale in ("fr", "es"):
            value = timed(client, page.format(f', locale: "{locale}"'), args.runs)
            print(f"  locale {locale}: {value:.1f} ms ({value / base:.2f}x)")


if __name__ == "__main__":
    main()
