"""The abstract page every content page inherits: summary, search fields, no template preview."""

from django.db import models
from grapple.models import GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index


class BasePage(Page):
    summary = models.TextField(
        blank=True, max_length=600, help_text="One or two sentences shown in listings and search"
    )

    # Headless: pages are rendered by frontend apps, so the admin offers no template preview.
    preview_modes = []

    # Wagtail still serves pages (the admin's "View live"); frontend apps render the real thing.
    # A method, not a `template` attribute: Wagtail gives every subclass its own default one.
    def get_template(self, request, *args, **kwargs):
        return "cms/headless_page.html"

    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    graphql_fields = [GraphQLString("summary")]

    class Meta:
        abstract = True
