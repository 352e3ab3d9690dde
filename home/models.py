"""The site's skeleton: home page, generic content and section pages, site settings."""

import graphene
from django.db import models
from grapple.models import (
    GraphQLCollection,
    GraphQLForeignKey,
    GraphQLImage,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import BasePage
from cms.visibility import is_page_visible, visible_pages

from .graphql.fields import GraphQLChildListing
from .listing import ChildListingMixin

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
        GraphQLImage("hero_image"),
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
        GraphQLImage("lead_image"),
        GraphQLStreamfield("body"),
        GraphQLChildListing(),
    ]


class SectionPage(ChildListingMixin, BasePage):
    """A folder (Plone's Folder): an introduction followed by a listing of its children."""

    intro = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = SECTION_CHILDREN

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLStreamfield("intro"),
        GraphQLChildListing(),
    ]


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Name, logo, contact and the links a frontend puts in its header and footer."""

    name = models.CharField(max_length=200, default="World Alliance of Cities Against Poverty")
    tagline = models.CharField(max_length=300, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=50, blank=True)
    contact_address = models.TextField(blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("tagline"), FieldPanel("logo")], "Identity"
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_address"),
            ],
            "Contact",
        ),
        InlinePanel("social_links", label="Social links"),
        InlinePanel("footer_links", label="Footer links"),
    ]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("tagline"),
        GraphQLImage("logo"),
        GraphQLString("contact_email"),
        GraphQLString("contact_phone"),
        GraphQLString("contact_address"),
        GraphQLCollection(GraphQLForeignKey, "social_links", "home.SocialLink"),
        (
            GraphQLForeignKey("footer_links", "home.FooterLink", source="visible_footer_links"),
            lambda link_type: graphene.List(
                graphene.NonNull(link_type),
                required=True,
                description="Links to drafts or restricted pages are left out",
            ),
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    @property
    def visible_footer_links(self) -> list["FooterLink"]:
        """Footer links to external URLs or visible pages: two queries for any number of links."""
        links = list(self.footer_links.all())
        page_ids = {link.page_id for link in links if link.page_id}
        visible_ids = (
            set(visible_pages(Page.objects.filter(pk__in=page_ids)).values_list("pk", flat=True))
            if page_ids
            else set()
        )
        shown = []
        for link in links:
            if link.page_id is None or link.page_id in visible_ids:
                link.page_checked_visible = link.page_id is not None
                shown.append(link)
        return shown


class SocialLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    network = models.CharField(
        max_length=30,
        choices=[
            ("x", "X / Twitter"),
            ("facebook", "Facebook"),
            ("linkedin", "LinkedIn"),
            ("youtube", "YouTube"),
            ("instagram", "Instagram"),
            ("mastodon", "Mastodon"),
        ],
    )
    url = models.URLField()

    panels = [FieldPanel("network"), FieldPanel("url")]
    graphql_fields = [GraphQLString("network", required=True), GraphQLString("url", required=True)]


class FooterLink(Orderable):
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField(max_length=100)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    url = models.URLField(blank=True, help_text="Used when no page is chosen")

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]
    graphql_fields = [
        GraphQLString("label", required=True),
        GraphQLString("url", source="href", description="The page's URL, else the external URL"),
    ]

    # Set by SiteSettings.visible_footer_links once it has checked the page in bulk.
    page_checked_visible = False

    def href(self, info=None, **kwargs) -> str | None:
        """Where the link goes; never the URL of a draft or restricted page."""
        if self.page_id is None:
            return self.url or None
        if not (self.page_checked_visible or is_page_visible(self.page)):
            return None
        return self.page.get_url(request=info.context if info else None)
