"""Grapple fields of the event pages: the event type, and iCalendar URLs on the host asked on."""

from django.urls import reverse
from grapple.models import GraphQLField


def ics_url(route: str):
    """A resolver of a page's iCalendar URL (`route` with its id) on the host the API was
    asked on."""

    def resolve(page, info):
        return info.context.build_absolute_uri(reverse(route, args=[page.pk]))

    return resolve


def GraphQLEventType(field_name: str, **kwargs):
    """The event type as the `EventType` enum, the same values the listing filters by."""

    def Mixin():
        from .enums import EventTypeEnum

        return GraphQLField(field_name, EventTypeEnum, **kwargs)

    return Mixin
