"""Demo events: an "Events" index under home and the events of `demo/events.json`.

Past events follow the seeds (Habitat II in Istanbul, the launch in 1997, the first forum of
mayors in Lyon in 1998, Rotterdam in 2010...). Upcoming ones are dated `today+N`, a few weeks
or months from the day the demo is loaded, so the site always has something coming up; loading
again moves them along rather than duplicating them. Times are wall-clock times in the event's
own time zone. Cities and themes are linked when another loader created them.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from django.utils import timezone

from cities.models import CityProfilePage
from cms.demo_utils import (
    by_key,
    demo_data,
    demo_image,
    demo_wall_clock,
    paragraph,
    progress,
    upsert_index,
    upsert_page,
)
from cms.models import Theme

from .models import EventIndexPage, EventPage


def load(home) -> str:
    data = demo_data("events")
    index = upsert_index(home, EventIndexPage, data["index"])
    items = data["events"]
    today = timezone.localdate()
    themes = by_key(Theme.objects.order_by("pk"), "slug")
    names = {item["city"] for item in items if item.get("city")}
    cities = by_key(CityProfilePage.objects.filter(city_name__in=names).order_by("pk"), "city_name")
    for item in progress(items, "Events", len(items)):
        zone = ZoneInfo(item["time_zone"])
        end = item.get("end")
        upsert_page(
            index,
            EventPage,
            item["slug"],
            title=item["title"],
            summary=item["summary"],
            event_type=item["event_type"],
            time_zone=item["time_zone"],
            start=demo_wall_clock(item["start"], today).replace(tzinfo=zone),
            end=demo_wall_clock(end, today).replace(tzinfo=zone) if end else None,
            all_day=item["all_day"],
            venue=item.get("venue", ""),
            city=cities.get(item.get("city")),
            online_url=item.get("online_url", ""),
            registration_url=item.get("registration_url", ""),
            lead_image=demo_image(item["title"], 1280, 720),
            body=[paragraph(*item["body"])],
            themes=[themes[slug] for slug in item.get("themes", []) if slug in themes],
        )
    upcoming = sum(1 for event in EventPage.objects.child_of(index).live() if event.is_upcoming)
    return f"events index with {len(items)} events ({upcoming} upcoming)"
