"""The admin's flat list of events, filterable by type, theme and date, latest first.

Editors look for an event by what kind it is and when it happens; the page explorer only offers
the tree, so this listing sits in the admin menu under "Events".
"""

from django.forms import CheckboxSelectMultiple
from django_filters import DateFromToRangeFilter, ModelMultipleChoiceFilter, MultipleChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet

from cms.models import Theme
from events.models import EventPage


class EventFilterSet(PageListingViewSet.filterset_class):
    event_type = MultipleChoiceFilter(
        label="Event type", choices=EventPage.EventType.choices, widget=CheckboxSelectMultiple
    )
    start = DateFromToRangeFilter(label="Starts", widget=DateRangePickerWidget)
    themes = ModelMultipleChoiceFilter(
        label="Themes", queryset=Theme.objects.all(), widget=CheckboxSelectMultiple, distinct=True
    )

    class Meta:
        model = EventPage
        fields = []


class EventIndexView(PageListingViewSet.index_view_class):
    default_ordering = "-start"


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    icon = "calendar"
    menu_label = "Events"
    add_to_admin_menu = True
    menu_order = 220
    index_view_class = EventIndexView
    filterset_class = EventFilterSet
    columns = PageListingViewSet.columns + [
        DateColumn("start", label="Starts", sort_key="start", width="12%"),
        Column("event_type", label="Type", accessor="event_type_label", sort_key="event_type"),
    ]
