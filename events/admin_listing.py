"""The admin's flat list of events, filterable by type, theme and date, latest first, under
"Events" in the admin menu (cms.admin_listing): editors look for an event by what kind it is
and when it happens."""

from django.forms import CheckboxSelectMultiple
from django_filters import MultipleChoiceFilter
from wagtail.admin.ui.tables import Column

from cms.admin_listing import dated_page_listing
from events.models import EventPage

EventListingViewSet = dated_page_listing(
    EventPage,
    date_field="start",
    date_label="Starts",
    icon="calendar",
    menu_label="Events",
    menu_order=220,
    filters={
        "event_type": MultipleChoiceFilter(
            label="Event type", choices=EventPage.EventType.choices, widget=CheckboxSelectMultiple
        )
    },
    columns=[
        Column("event_type", label="Type", accessor="event_type_label", sort_key="event_type")
    ],
)
