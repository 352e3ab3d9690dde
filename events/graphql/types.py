"""GraphQL types of the events domain that grapple does not generate."""

from grapple.registry import registry

from cms.graphql.pagination import paginated_type
from events.models import EventPage

EventListing = paginated_type(lambda: registry.pages[EventPage], "EventListing", localized=True)
