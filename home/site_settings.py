"""Site settings: what a frontend shows in every header and footer.

A setting (`BaseSiteSetting`) is one row per site and cannot be translated, so the settings
are split in two. `SiteSettings` keeps what is the same in every language (logo, e-mail,
phone, social links). `SiteTexts` is a translatable snippet, one row per site and locale, with
the name, tagline, address and footer links: editors translate it with wagtail-localize (PO
files included) like any page. The GraphQL `SiteSettings` type shows both, the texts in the
requested locale or along its fallback chain.

`SiteTexts` has a draft state so that a translation being prepared is never served: only
published rows are read (a draft's changes live in revisions, never in the row itself).
"""

from __future__ import annotations

import graphene
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from grapple.models import (
    GraphQLBoolean,
    GraphQLCollection,
    GraphQLField,
    GraphQLForeignKey,
    GraphQLImage,
    GraphQLString,
)
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PublishingPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import (
    DraftStateMixin,
    Orderable,
    RevisionMixin,
    Site,
    TranslatableMixin,
)
from wagtail.snippets.models import register_snippet

from cms.graphql.locales import TextDirection, display_locale
from cms.graphql.request_cache import request_cache
from cms.localization import (
    Localized,
    default_language,
    fallback_chain,
    localized_targets,
    text_direction,
)


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """Logo, contact and social links: the same in every language. Texts are in SiteTexts."""

    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_email = models.EmailField(blank=True)
    contact_phone = models.CharField(max_length=50, blank=True)

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], "Contact"),
        InlinePanel("social_links", label="Social links"),
    ]
    graphql_fields = [
        GraphQLString("name", required=True, source="texts_name"),
        GraphQLString("tagline", source="texts_tagline"),
        GraphQLImage("logo"),
        GraphQLString("contact_email"),
        GraphQLString("contact_phone"),
        GraphQLString("contact_address", source="texts_contact_address"),
        GraphQLCollection(GraphQLForeignKey, "social_links", "home.SocialLink"),
        (
            GraphQLForeignKey("footer_links", "home.FooterLink", source="visible_footer_links"),
            lambda link_type: graphene.List(
                graphene.NonNull(link_type),
                required=True,
                description=(
                    "In the texts' locale; a link to a page goes to its translation in the "
                    "requested locale when there is one. Links to drafts or restricted pages "
                    "are left out"
                ),
            ),
        ),
        GraphQLString(
            "locale",
            required=True,
            source="texts_locale",
            description="Locale of the texts (name, tagline, address, footer link labels)",
        ),
        GraphQLField(
            "direction",
            TextDirection,
            required=True,
            source="texts_direction",
            description="Text direction of the texts' language",
        ),
        GraphQLBoolean(
            "is_fallback",
            required=True,
            source="texts_is_fallback",
            description="True when the requested locale has no published texts: a fallback's",
        ),
    ]

    class Meta:
        verbose_name = "site settings"

    def localized_texts(self, info=None) -> tuple[SiteTexts, Localized]:
        """The texts in the locale the query asked for, and that choice: loaded once per
        request and requested locale."""
        if info is None:
            return SiteTexts.for_site(self.site_id, default_language())
        requested = display_locale(info)
        return request_cache(
            info,
            f"site_texts:{self.site_id}:{requested}",
            lambda: SiteTexts.for_site(self.site_id, requested),
        )

    def texts_name(self, info=None, **kwargs) -> str:
        return self.localized_texts(info)[0].name

    def texts_tagline(self, info=None, **kwargs) -> str:
        return self.localized_texts(info)[0].tagline

    def texts_contact_address(self, info=None, **kwargs) -> str:
        return self.localized_texts(info)[0].contact_address

    def texts_locale(self, info=None, **kwargs) -> str:
        return self.localized_texts(info)[1].served

    def texts_direction(self, info=None, **kwargs) -> str:
        return text_direction(self.texts_locale(info))

    def texts_is_fallback(self, info=None, **kwargs) -> bool:
        return self.localized_texts(info)[1].is_fallback

    def visible_footer_links(self, info=None, **kwargs) -> list[FooterLink]:
        texts, choice = self.localized_texts(info)
        links, targets = texts.visible_footer_links(choice.requested)
        if info is not None:
            footer_targets(info).update(targets)
        return links


def footer_targets(info) -> dict:
    """Footer link id -> (page, choice) it goes to, for the links listed in this request."""
    return request_cache(info, "footer_targets", dict)


@register_snippet
class SiteTexts(TranslatableMixin, DraftStateMixin, RevisionMixin, ClusterableModel):
    """A site's name, tagline, address and footer links in one language."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="+")
    name = models.CharField(max_length=200, default="World Alliance of Cities Against Poverty")
    tagline = models.CharField(max_length=300, blank=True)
    contact_address = models.TextField(blank=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="site_texts")

    panels = [
        FieldPanel("site"),
        MultiFieldPanel([FieldPanel("name"), FieldPanel("tagline")], "Identity"),
        FieldPanel("contact_address"),
        InlinePanel("footer_links", label="Footer links"),
        PublishingPanel(),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = "site texts"
        verbose_name_plural = "site texts"
        unique_together = [("translation_key", "locale"), ("site", "locale")]

    def __str__(self):
        return f"{self.name} ({self.site})"

    @property
    def revisions(self):
        return self._revisions

    @classmethod
    def for_site(cls, site_id: int, requested: str) -> tuple[SiteTexts, Localized]:
        """The published texts of the site first found along `requested`'s fallback chain,
        and the locale served. When none was published, unsaved defaults in the default
        language: reading never writes.
        """
        chain = fallback_chain(requested)
        published = {
            texts.locale.language_code: texts
            for texts in cls.objects.filter(
                site_id=site_id, live=True, locale__language_code__in=chain
            ).select_related("locale")
        }
        code = next((code for code in chain if code in published), None)
        if code is None:
            return cls(site_id=site_id), Localized(requested, default_language())
        texts = published[code]
        prefetch_related_objects(
            [texts],
            Prefetch("footer_links", queryset=FooterLink.objects.select_related("page")),
        )
        return texts, Localized(requested, code)

    def visible_footer_links(self, requested: str) -> tuple[list[FooterLink], dict]:
        """External links, and links whose page (or a translation of it) is visible; with
        link id -> (page, choice) where each page link goes.

        A page link goes to the page's translation in the requested locale, else along the
        fallback chain, else to the page itself. One query for any number of links.
        """
        links = list(self.footer_links.all())
        found = localized_targets([link.page for link in links if link.page_id], requested)
        targets = {
            link.pk: (found[link.page_id][0], Localized(requested, found[link.page_id][1]))
            for link in links
            if link.page_id in found
        }
        return [link for link in links if link.page_id is None or link.pk in targets], targets


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


class FooterLink(TranslatableMixin, Orderable):
    """A footer link; translatable so that its label follows its SiteTexts into each locale.

    The page is the same in every translation (wagtail-localize synchronises page links): it is
    swapped for its translation when the footer is read.
    """

    texts = ParentalKey(SiteTexts, on_delete=models.CASCADE, related_name="footer_links")
    label = models.CharField(max_length=100)
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    url = models.URLField(blank=True, help_text="Used when no page is chosen")

    panels = [FieldPanel("label"), FieldPanel("page"), FieldPanel("url")]
    graphql_fields = [
        GraphQLString("label", required=True),
        GraphQLString("url", source="href", description="The page's URL, else the external URL"),
        GraphQLBoolean(
            "is_fallback",
            required=True,
            source="target_is_fallback",
            description="True when the linked page is not in the requested locale",
        ),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        pass

    def href(self, info=None, **kwargs) -> str | None:
        """Where the link goes; never to a page that was not checked visible."""
        if self.page_id is None:
            return self.url or None
        target = footer_targets(info).get(self.pk) if info is not None else None
        return target[0].get_url(request=info.context) if target else None

    def target_is_fallback(self, info=None, **kwargs) -> bool:
        target = footer_targets(info).get(self.pk) if info is not None else None
        return bool(target and target[1].is_fallback)
