"""Demo news: a "News" index under home and the articles of `demo/news.json`.

Themes are looked up by slug and cities by name; a theme or city that another loader did not
create is simply left out, so this loader never fails on them.
"""

from __future__ import annotations

from django.utils import timezone

from cities.models import CityProfilePage
from cms.demo_utils import (
    by_key,
    demo_data,
    demo_day,
    demo_image,
    paragraph,
    progress,
    upsert_index,
    upsert_page,
)
from cms.models import Theme

from .models import NewsArticle, NewsIndexPage


def load(home) -> str:
    data = demo_data("news")
    index = upsert_index(home, NewsIndexPage, data["index"])
    items = data["articles"]
    today = timezone.localdate()
    themes = by_key(Theme.objects.order_by("pk"), "slug")
    names = {name for item in items for name in item["cities"]}
    cities = by_key(CityProfilePage.objects.filter(city_name__in=names).order_by("pk"), "city_name")
    for item in progress(items, "News articles", len(items)):
        upsert_page(
            index,
            NewsArticle,
            item["slug"],
            title=item["title"],
            date=demo_day(item["date"], today),
            summary=item["summary"],
            lead_image=demo_image(item["title"], 1280, 720),
            body=[paragraph(*item["body"])],
            themes=[themes[slug] for slug in item["themes"] if slug in themes],
            related_cities=[cities[name] for name in item["cities"] if name in cities],
            tags=item["tags"],
        )
    return f"news index with {len(items)} articles"
