"""Enums of the events API: a client sees the valid values in the schema, and typos fail early."""

import graphene

from events.models import EventPage

EventTypeEnum = graphene.Enum.from_enum(
    EventPage.EventType, name="EventType", description="Kinds of events the alliance holds"
)


class EventWhen(graphene.Enum):
    """Which events a listing holds; an event counts as upcoming until it ends."""

    UPCOMING = "upcoming"
    PAST = "past"
    ALL = "all"
