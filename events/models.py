"""Events (mayoral forums, workshops, webinars) with time zones and iCalendar export."""

from __future__ import annotations

import datetime

import graphene
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from grapple.models import (
    GraphQLBoolean,
    GraphQLForeignKey,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cities.models import CityProfilePage
from cms.blocks import BodyBlock
from cms.graphql.fields import (
    GraphQLDateTime,
    GraphQLLoadedImage,
    GraphQLModelList,
    GraphQLResolved,
    GraphQLShownRelated,
)
from cms.models import BasePage, IndexPage
from cms.privacy import PrivacyPolicy

from . import timing
from .forms import EventPageForm
from .graphql.fields import GraphQLEventType, ics_url

TIME_ZONE_CHOICES = [(name, name) for name in settings.TIME_ZONES]

# Where listings put the prefetched city when it is visible (see `EventPage.visible_city`).
VISIBLE_CITY_ATTR = "_visible_city"


class EventIndexPage(IndexPage):
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["events.EventPage"]

    graphql_fields = IndexPage.graphql_fields + [
        GraphQLResolved(
            "ics_url",
            graphene.String,
            ics_url("events:index_ics"),
            required=True,
            description="iCalendar feed of the visible events of this index",
        ),
    ]


class EventPage(BasePage):
    class EventType(models.TextChoices):
        MAYORAL_FORUM = "mayoral_forum", "Mayoral forum"
        CONFERENCE = "conference", "Conference"
        WORKSHOP = "workshop", "Workshop"
        WEBINAR = "webinar", "Webinar"
        STUDY_VISIT = "study_visit", "Study visit"
        MEETING = "meeting", "Meeting"

    event_type = models.CharField(
        max_length=30, choices=EventType.choices, default=EventType.CONFERENCE
    )
    start = models.DateTimeField(help_text="Start, in the event's own time zone")
    end = models.DateTimeField(
        null=True, blank=True, help_text="End, in the event's own time zone (optional)"
    )
    time_zone = models.CharField(
        max_length=64,
        choices=TIME_ZONE_CHOICES,
        default="UTC",
        help_text="Where the event takes place, e.g. Europe/Paris; UTC for online events",
    )
    all_day = models.BooleanField(
        default=False, help_text="Whole days: only the dates of start and end count"
    )
    venue = models.CharField(max_length=300, blank=True)
    address = models.TextField(blank=True)
    city = models.ForeignKey(
        "cities.CityProfilePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    online_url = models.URLField(blank=True, help_text="Link to join online, if any")
    registration_url = models.URLField(blank=True)
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True)
    themes = ParentalManyToManyField("cms.Theme", blank=True, related_name="events")
    ends_at = models.DateTimeField(
        null=True,
        editable=False,
        db_index=True,
        help_text="When the event is over (derived on save); upcoming until then",
    )

    base_form_class = EventPageForm
    # When and where an event happens is the same in every language: synchronised from the
    # source and not overridable by translators (wagtail-localize skips many-to-many fields,
    # so themes are listed explicitly). Venue and address stay translatable.
    # wagtail-localize skips an emptied many-to-many value; cms.translation_sync copies it.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "event_type",
            "start",
            "end",
            "time_zone",
            "all_day",
            "city",
            "online_url",
            "registration_url",
            "themes",
        )
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        FieldPanel("event_type"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldRowPanel([FieldPanel("time_zone"), FieldPanel("all_day")]),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("city"),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading="Where",
        ),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        FieldPanel("themes"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue"),
        index.FilterField("start"),
        index.FilterField("event_type"),
    ]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLEventType("event_type", required=True),
        GraphQLString("event_type_label", required=True),
        GraphQLString(
            "start",
            required=True,
            source="start_iso",
            description="ISO 8601 in the event's time zone; a date (YYYY-MM-DD) if all day",
        ),
        GraphQLString(
            "end",
            source="end_iso",
            description="ISO 8601 in the event's time zone; the last date if all day",
        ),
        GraphQLDateTime("start_utc", required=True, source="start_utc"),
        GraphQLDateTime(
            "end_utc",
            source="ends_at_utc",
            description="When the event is over, in UTC (for all-day events the midnight "
            "after the last day); null for a timed event without an end",
        ),
        GraphQLString("time_zone", required=True),
        GraphQLBoolean("all_day", required=True),
        GraphQLBoolean("is_upcoming", required=True, description="Not over yet"),
        GraphQLBoolean("is_past", required=True, description="Over"),
        GraphQLResolved(
            "ics_url",
            graphene.String,
            ics_url("events:event_ics"),
            required=True,
            description="This event as an iCalendar file",
        ),
        GraphQLString("venue"),
        GraphQLString("address"),
        GraphQLShownRelated(
            GraphQLForeignKey("city", "cities.CityProfilePage"),
            "events.graphql.dataloaders.HostCityLoader",
            "visible_city",
        ),
        GraphQLString("online_url"),
        GraphQLString("registration_url"),
        GraphQLLoadedImage("lead_image"),
        GraphQLStreamfield("body"),
        GraphQLModelList("themes", "cms.Theme", source="theme_list"),
    ]

    class Meta:
        ordering = ["start"]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "The event cannot end before it starts."})

    def save(self, *args, **kwargs):
        if self.start:
            self.ends_at = timing.ends_at(self.start, self.end, self.time_zone, self.all_day)
        super().save(*args, **kwargs)

    @property
    def event_type_label(self) -> str:
        return self.get_event_type_display()

    @property
    def local_start(self) -> datetime.datetime:
        return timing.local(self.start, self.time_zone)

    @property
    def local_end(self) -> datetime.datetime | None:
        return timing.local(self.end, self.time_zone) if self.end else None

    @property
    def start_iso(self) -> str:
        return (self.local_start.date() if self.all_day else self.local_start).isoformat()

    @property
    def end_iso(self) -> str | None:
        if self.end is None:
            return None
        return (self.local_end.date() if self.all_day else self.local_end).isoformat()

    @property
    def start_utc(self) -> datetime.datetime:
        return self.start.astimezone(datetime.UTC)

    @property
    def ends_at_utc(self) -> datetime.datetime | None:
        if not self.all_day and self.end is None:
            return None
        return timing.ends_at(self.start, self.end, self.time_zone, self.all_day).astimezone(
            datetime.UTC
        )

    @property
    def is_upcoming(self) -> bool:
        return timing.ends_at(self.start, self.end, self.time_zone, self.all_day) > timezone.now()

    @property
    def is_past(self) -> bool:
        return not self.is_upcoming

    @property
    def theme_list(self) -> list:
        """The event's themes, from the listing's prefetch when there is one."""
        return list(self.themes.all())

    @property
    def visible_city(self) -> CityProfilePage | None:
        """The host city, unless it is a draft or restricted page.

        Listings prefetch it through the visibility helper into `VISIBLE_CITY_ATTR`.
        """
        if hasattr(self, VISIBLE_CITY_ATTR):
            return getattr(self, VISIBLE_CITY_ATTR)
        city = self.city
        return city if city is not None and PrivacyPolicy().shows_page(city) else None
