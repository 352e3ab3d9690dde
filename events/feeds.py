"""RSS 2.0 and Atom feeds of upcoming events, soonest first: /feeds/events/ and /feeds/events/atom/.

Each item carries the event's start and end in its own time zone as RSS event-module elements
(`ev:startdate`, `ev:enddate`, `ev:location`; http://purl.org/rss/1.0/modules/event/), which
feed readers with calendar support understand, and links its iCalendar file (`rel="related"`,
`type="text/calendar"`) so a reader can add it to a calendar in one click.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from cms.feeds import FEED_ITEMS, AtomFeedMixin, ContentFeed, FeedQuery
from cms.graphql.filters import filter_by_theme
from cms.public_urls import absolute_url
from cms.visibility import visible_pages
from events.ical import event_location
from events.models import EventIndexPage, EventPage
from events.views import visible_events

EVENT_NAMESPACE = "http://purl.org/rss/1.0/modules/event/"


class EventElementsMixin:
    """Adds the event-module namespace and each item's times, place and calendar link."""

    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:ev": EVENT_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("ev:startdate", item["event_start"])
        if item["event_end"]:
            handler.addQuickElement("ev:enddate", item["event_end"])
        if item["event_location"]:
            handler.addQuickElement("ev:location", item["event_location"])
        handler.addQuickElement("ev:type", item["event_type"])
        handler.addQuickElement(self.link_element, "", self.calendar_link(item["ics_url"]))

    @staticmethod
    def calendar_link(url: str) -> dict:
        return {"rel": "related", "type": "text/calendar", "href": url}


class EventRssGenerator(EventElementsMixin, Rss201rev2Feed):
    link_element = "atom:link"  # Django's RSS already declares the Atom namespace


class EventAtomGenerator(EventElementsMixin, Atom1Feed):
    link_element = "link"


class EventsFeed(ContentFeed):
    feed_type = EventRssGenerator

    def title(self, obj: FeedQuery) -> str:
        about = f" on {obj.theme.name}" if obj.theme else ""
        return f"Alliance upcoming events{about} ({obj.locale})"

    def description(self, obj: FeedQuery) -> str:
        return "Upcoming events of the alliance of cities, soonest first, in local time."

    def link(self, obj: FeedQuery) -> str:
        index = visible_pages(EventIndexPage.objects.filter(locale__language_code=obj.locale))
        index = index.order_by("path").first()
        return absolute_url(index.get_url(request=obj.request) if index else "/")

    def items(self, obj: FeedQuery) -> list[EventPage]:
        events = (
            visible_events()
            .filter(locale__language_code=obj.locale, ends_at__gt=timezone.now())
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
        )
        if obj.theme is not None:
            events = filter_by_theme(events, obj.theme.slug)
        return self.with_links(obj, list(events[:FEED_ITEMS]))

    def item_description(self, item: EventPage) -> str:
        when = item.start_iso if item.all_day else item.local_start.strftime("%Y-%m-%d %H:%M")
        return f"{when} ({item.time_zone}). {item.summary}".strip()

    def item_pubdate(self, item: EventPage):
        return item.first_published_at

    def item_extra_kwargs(self, item: EventPage) -> dict:
        return {
            "event_start": item.start_iso,
            "event_end": item.end_iso,
            "event_location": event_location(item),
            "event_type": item.event_type_label,
            "ics_url": absolute_url(reverse("events:event_ics", args=[item.pk])),
        }


class EventsAtomFeed(AtomFeedMixin, EventsFeed):
    feed_type = EventAtomGenerator
