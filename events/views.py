"""iCalendar downloads: one event, or the visible events of an index.

Drafts and restricted pages (password, login, group) answer 404, exactly like a missing page:
a calendar client cannot log in, and the response must not reveal that the page exists.
"""

from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from cities.models import CityProfilePage
from cms.visibility import visible_pages

from . import ical
from .models import VISIBLE_CITY_ATTR, EventIndexPage, EventPage


def visible_events():
    visible_cities = visible_pages(CityProfilePage.objects.all())
    return (
        visible_pages(EventPage.objects.all())
        .select_related("locale")
        .prefetch_related(Prefetch("city", queryset=visible_cities, to_attr=VISIBLE_CITY_ATTR))
        .order_by("start", "pk")
    )


def ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.ics"'
    return response


def event_ics(request, pk: int):
    event = get_object_or_404(visible_events(), pk=pk)
    return ics_response(ical.calendar([event], request, name=event.title), event.slug)


def index_ics(request, pk: int):
    index = visible_pages(EventIndexPage.objects.filter(pk=pk)).first()
    if index is None:
        raise Http404("No such event calendar.")
    events = visible_events().child_of(index)
    return ics_response(ical.calendar(events, request, name=index.title), index.slug)
