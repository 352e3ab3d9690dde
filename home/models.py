"""The site's skeleton: home page, generic content and section pages, site settings."""

from django.db import models
from grapple.models import GraphQLStreamfield, GraphQLString
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.graphql.fields import GraphQLLoadedImage
from cms.models import BasePage, IndexPage

from .graphql.fields import GraphQLChildListing
from .listing import ChildListingMixin
from .site_settings import FooterLink, SiteSettings, SiteTexts, SocialLink

__all__ = [
    "ContentPage",
    "FooterLink",
    "HomePage",
    "SectionPage",
    "SiteSettings",
    "SiteTexts",
    "SocialLink",
]

# Section types a home page or section may hold; kept in one place so tree rules stay readable.
SECTION_CHILDREN = [
    "home.ContentPage",
    "home.SectionPage",
    "news.NewsIndexPage",
    "events.EventIndexPage",
    "cities.CityIndexPage",
    "knowledge.KnowledgeIndexPage",
    "forums.ForumIndexPage",
]


class HomePage(BasePage):
    hero_title = models.CharField(max_length=200, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = SECTION_CHILDREN
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_image")], heading="Hero"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLString("hero_title"),
        GraphQLLoadedImage("hero_image"),
        GraphQLStreamfield("body"),
    ]


class ContentPage(ChildListingMixin, BasePage):
    """A plain document (Plone's Document): about pages, mandates, governance."""

    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.SectionPage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    content_panels = BasePage.content_panels + [FieldPanel("lead_image"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLLoadedImage("lead_image"),
        GraphQLStreamfield("body"),
        GraphQLChildListing(),
    ]


class SectionPage(ChildListingMixin, IndexPage):
    """A folder (Plone's Folder): an introduction followed by a listing of its children."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = SECTION_CHILDREN

    search_fields = IndexPage.search_fields + [index.SearchField("intro")]
    graphql_fields = IndexPage.graphql_fields + [GraphQLChildListing()]
