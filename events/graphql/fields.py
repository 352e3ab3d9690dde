"""The event type as a grapple field (shared list and datetime fields are in cms.graphql.fields)."""

from grapple.models import GraphQLField


def GraphQLEventType(field_name: str, **kwargs):
    """The event type as the `EventType` enum, the same values the listing filters by."""

    def Mixin():
        from .enums import EventTypeEnum

        return GraphQLField(field_name, EventTypeEnum, **kwargs)

    return Mixin
