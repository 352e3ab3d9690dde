"""iCalendar (RFC 5545) rendering of events, for calendar apps that import or subscribe.

Timed events carry their own time zone (DTSTART;TZID=Europe/Paris with a matching VTIMEZONE),
so a calendar shows them right wherever its user is; all-day events are DATE values whose DTEND
is the day after the last day, as the RFC requires.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import icalendar
from django.http import HttpRequest
from django.utils import timezone

from .models import EventPage

PRODUCT_ID = "-//Alliance of Cities//Events//EN"
UID_DOMAIN = "events.alliance-cms"


def event_uid(event: EventPage) -> str:
    """Stable for the life of the event (moves, renames and edits keep it) and globally unique."""
    return f"{event.translation_key}-{event.locale.language_code}@{UID_DOMAIN}"


def event_location(event: EventPage) -> str:
    city = event.visible_city
    address = ", ".join(line.strip() for line in event.address.splitlines() if line.strip())
    parts = [event.venue, address]
    if city is not None and city.city_name not in address:
        parts.append(city.city_name)
    return ", ".join(part for part in parts if part) or event.online_url


def event_description(event: EventPage) -> str:
    lines = [event.summary]
    if event.online_url:
        lines.append(f"Join online: {event.online_url}")
    if event.registration_url:
        lines.append(f"Register: {event.registration_url}")
    return "\n\n".join(line for line in lines if line)


def event_component(event: EventPage, request: HttpRequest) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    component.add("dtstamp", (event.last_published_at or timezone.now()).astimezone(datetime.UTC))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
    component.add("summary", event.title)
    if event.all_day:
        last_day = (event.local_end or event.local_start).date()
        component.add("dtstart", event.local_start.date())
        component.add("dtend", last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", event.local_start)
        if event.end:
            component.add("dtend", event.local_end)
    component.add("url", event.get_full_url(request))
    if location := event_location(event):
        component.add("location", location)
    if description := event_description(event):
        component.add("description", description)
    component.add("categories", [event.event_type_label])
    city = event.visible_city
    if city is not None and city.latitude is not None and city.longitude is not None:
        component.add("geo", (city.latitude, city.longitude))
    return component


def calendar(events: Iterable[EventPage], request: HttpRequest, name: str) -> bytes:
    """A calendar of `events` (already filtered for visibility) with the time zones they use.

    Each VTIMEZONE describes its zone's offsets from a year before the first event to a year
    after the last one: enough for every event, and no longer than needed.
    """
    events = list(events)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT_ID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for event in events:
        cal.add_component(event_component(event, request))
    if events:
        margin = datetime.timedelta(days=366)
        cal.add_missing_timezones(
            first_date=min(event.start for event in events).date() - margin,
            last_date=max(event.end or event.start for event in events).date() + margin,
        )
    return cal.to_ical()
