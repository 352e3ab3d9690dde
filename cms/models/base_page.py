"""The abstract page every content page inherits: summary, search fields, headless preview."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from grapple.models import GraphQLString
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_headless_preview.models import HeadlessMixin, PagePreview

from cms.admin_forms import BasePageForm


class BasePage(HeadlessMixin, Page):
    summary = models.TextField(
        blank=True, max_length=600, help_text="One or two sentences shown in listings and search"
    )

    # Headless (wagtail-headless-preview): the admin's Preview stores the draft under a signed
    # token and opens the frontend's preview page with it; Wagtail's own URL of a page ("View
    # live") redirects to the same path on the frontend (settings.FRONTEND_BASE_URL).

    @classmethod
    def get_page_from_preview_token(cls, token: str) -> "BasePage | None":
        """The draft stored under `token`; raises signing.SignatureExpired once the token is
        older than PREVIEW_TOKEN_SECONDS (the package's own check never expires a token)."""
        cls.get_preview_signer().unsign(token, max_age=settings.PREVIEW_TOKEN_SECONDS)
        content_type = ContentType.objects.get_for_model(cls)
        preview = PagePreview.objects.filter(content_type=content_type, token=token).first()
        return preview.as_page() if preview is not None else None

    base_form_class = BasePageForm
    content_panels = Page.content_panels + [FieldPanel("summary")]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    graphql_fields = [GraphQLString("summary")]

    class Meta:
        abstract = True
