"""Member city profiles and the city-to-city partnerships between them."""

import graphene
from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from grapple.models import (
    GraphQLFloat,
    GraphQLForeignKey,
    GraphQLInt,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.autocomplete import OneRowPerTranslationGroup
from cms.blocks import BodyBlock
from cms.graphql.fields import GraphQLLoadedImage, GraphQLResolved
from cms.models import BasePage, IndexPage

from .countries import country_choices, country_name, normalise_country_code
from .panels import IncomingPartnershipsPanel


def GraphQLPartnerships(field_name: str, **kwargs):  # noqa: N802 (grapple idiom)
    """A non-null list of `CityPartnershipLink`: the links of a city, from both sides, read
    through the request's loader (those of every city in the response at once)."""

    def resolve(city, info):
        from .graphql.dataloaders import partnerships

        return partnerships(info, city)

    def Mixin():  # noqa: N802
        from .graphql.types import CityPartnershipLinkType

        item_list = graphene.List(graphene.NonNull(CityPartnershipLinkType))
        return GraphQLResolved(field_name, graphene.NonNull(item_list), resolve, **kwargs)()

    return Mixin


class CityIndexPage(IndexPage):
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["cities.CityProfilePage"]


class CityProfilePage(OneRowPerTranslationGroup, BasePage):
    class Membership(models.TextChoices):
        MEMBER = "member", "Member"
        FOUNDING = "founding", "Founding member"
        OBSERVER = "observer", "Observer"
        FORMER = "former", "Former member"

    city_name = models.CharField(max_length=200)
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code, e.g. FR")
    region = models.ForeignKey(
        "cms.Region", null=True, blank=True, on_delete=models.SET_NULL, related_name="cities"
    )
    latitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    population = models.PositiveBigIntegerField(null=True, blank=True)
    membership_status = models.CharField(
        max_length=20, choices=Membership.choices, default=Membership.MEMBER
    )
    member_since = models.PositiveSmallIntegerField(null=True, blank=True)
    mayor = models.CharField(max_length=200, blank=True)
    contact = models.ForeignKey(
        "cms.Person", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["cities.CityIndexPage"]
    subpage_types = []

    # Facts about the place are the same in every language: synchronised from the source and
    # not overridable by translators (the country code would otherwise be offered for
    # translation, being a plain CharField). Name, mayor and body are translated; partnerships
    # (a child relation) are synchronised by wagtail-localize itself.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "country",
            "region",
            "latitude",
            "longitude",
            "population",
            "membership_status",
            "member_since",
        )
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("city_name"),
                FieldRowPanel(
                    [
                        FieldPanel(
                            "country",
                            widget=forms.Select(choices=[("", "---------"), *country_choices()]),
                        ),
                        FieldPanel("region"),
                    ]
                ),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("population"),
            ],
            heading="Place",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("membership_status"), FieldPanel("member_since")]),
                FieldPanel("mayor"),
                FieldPanel("contact"),
            ],
            heading="Membership",
        ),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        InlinePanel("partnerships", label="Partnerships with other cities"),
        IncomingPartnershipsPanel(heading="Partnerships recorded on other cities"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("city_name"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("membership_status"),
    ]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLString("city_name", required=True),
        GraphQLString("country", required=True),
        GraphQLString("country_name", required=True),
        GraphQLForeignKey("region", "cms.Region"),
        GraphQLFloat("latitude"),
        GraphQLFloat("longitude"),
        GraphQLInt("population"),
        GraphQLString("membership_status", required=True),
        GraphQLInt("member_since"),
        GraphQLString("mayor"),
        GraphQLForeignKey("contact", "cms.Person"),
        GraphQLLoadedImage("lead_image"),
        GraphQLStreamfield("body"),
        GraphQLPartnerships(
            "partnerships",
            description="Cooperation with other cities, whichever city it was recorded on",
        ),
    ]

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    def clean(self):
        super().clean()
        if self.country:
            code = normalise_country_code(self.country)
            if code is None:
                raise ValidationError(
                    {"country": f"{self.country} is not an ISO 3166-1 alpha-2 country code."}
                )
            self.country = code


class CityPartnership(Orderable):
    """Cooperation between two cities on a topic; edited on one city, shown on both."""

    city = ParentalKey(CityProfilePage, on_delete=models.CASCADE, related_name="partnerships")
    partner = models.ForeignKey(
        CityProfilePage, on_delete=models.CASCADE, related_name="partnerships_as_partner"
    )
    topic = models.CharField(max_length=200)
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    description = models.TextField(blank=True)

    panels = [
        FieldPanel("partner"),
        FieldPanel("topic"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("description"),
    ]

    def clean(self):
        super().clean()
        if self.partner_id and self.partner_id == self.city_id:
            raise ValidationError({"partner": "A city cannot partner with itself."})
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "The end year is before the start year."})
