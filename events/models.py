"""Events (mayoral forums, workshops, webinars) with time zones and iCalendar export."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from grapple.models import (
    GraphQLBoolean,
    GraphQLCollection,
    GraphQLForeignKey,
    GraphQLImage,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import BasePage

TIME_ZONE_CHOICES = [(name, name) for name in sorted(zoneinfo.available_timezones())]


class EventIndexPage(BasePage):
    intro = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["events.EventPage"]

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    graphql_fields = BasePage.graphql_fields + [GraphQLStreamfield("intro")]


class EventPage(BasePage):
    class EventType(models.TextChoices):
        MAYORAL_FORUM = "mayoral_forum", "Mayoral forum"
        CONFERENCE = "conference", "Conference"
        WORKSHOP = "workshop", "Workshop"
        WEBINAR = "webinar", "Webinar"
        STUDY_VISIT = "study_visit", "Study visit"
        MEETING = "meeting", "Meeting"

    event_type = models.CharField(max_length=30, choices=EventType.choices, default="conference")
    start = models.DateTimeField(help_text="Start, in the event's own time zone")
    end = models.DateTimeField(null=True, blank=True)
    time_zone = models.CharField(max_length=64, choices=TIME_ZONE_CHOICES, default="UTC")
    all_day = models.BooleanField(default=False)
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
        GraphQLString("event_type", required=True),
        GraphQLString("time_zone", required=True),
        GraphQLBoolean("all_day", required=True),
        GraphQLString("venue"),
        GraphQLString("address"),
        GraphQLForeignKey("city", "cities.CityProfilePage"),
        GraphQLString("online_url"),
        GraphQLString("registration_url"),
        GraphQLImage("lead_image"),
        GraphQLStreamfield("body"),
        GraphQLCollection(GraphQLForeignKey, "themes", "cms.Theme"),
    ]

    class Meta:
        ordering = ["start"]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": "The event cannot end before it starts."})
