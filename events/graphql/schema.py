"""Root query fields of the events domain."""

import graphene

from cms.graphql.locales import locale_argument
from cms.graphql.pagination import pagination_args

from . import dataloaders  # noqa: F401 (registers what a list of its pages loads)
from .enums import EventTypeEnum, EventWhen
from .resolvers import resolve_events
from .types import EventListing


class Query:
    events = graphene.Field(
        EventListing,
        required=True,
        locale=locale_argument(),
        when=EventWhen(default_value=EventWhen.UPCOMING.value),
        event_type=EventTypeEnum(),
        city=graphene.ID(
            description="Id of the city profile of the host city (any of its translations)"
        ),
        theme=graphene.String(description="Theme slug, e.g. financing"),
        **pagination_args(),
        description="Published events in one locale, with totals. UPCOMING (not over yet): "
        "soonest first; "
        "PAST: most recent first; ALL: in date order",
    )

    def resolve_events(self, info, when=EventWhen.UPCOMING.value, event_type=None, **kwargs):
        return resolve_events(
            info,
            when=getattr(when, "value", when),
            event_type=getattr(event_type, "value", event_type),
            **kwargs,
        )
