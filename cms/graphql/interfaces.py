"""The page interface every page type implements: grapple's, with every relation privacy-safe."""

import graphene
from grapple.types.interfaces import PageInterface as GrapplePageInterface
from grapple.types.interfaces import get_page_interface
from grapple.utils import resolve_queryset

from cms.localization import text_direction
from cms.visibility import visible_pages

from .dataloaders import breadcrumbs_of, parent_of
from .locale_choices import choice_of, own_locale
from .locales import TextDirection
from .translations import PageTranslation, translations_of


class PageInterface(GrapplePageInterface):
    """Grapple's page fields, but a page's relatives only ever include visible pages."""

    summary = graphene.String(description="One or two sentences for listings and search results")
    url_path = graphene.String(
        required=True,
        description="The public path, the same as `url` (/fr/actualites/...): page(urlPath:) "
        "takes it back. Wagtail's tree path (/accueil/actualites/...) is not served",
    )
    locale = graphene.String(
        required=True,
        description="Language of the text served (an alias or a fallback: its source's)",
    )
    direction = graphene.Field(
        TextDirection, required=True, description="Text direction of this page's language"
    )
    translations = graphene.List(
        graphene.NonNull(PageTranslation),
        required=True,
        description="This page in every locale it is published in (itself included): hreflang",
    )
    is_fallback = graphene.Boolean(
        required=True,
        description="True when this page stands in for a translation the requested locale lacks",
    )
    requested_locale = graphene.String(
        description="The locale that was asked for, when this page was chosen for one"
    )
    breadcrumbs = graphene.List(
        graphene.NonNull(get_page_interface),
        required=True,
        description="Visible ancestors from the home page down to this page's parent",
    )

    def resolve_summary(self, info, **kwargs):
        return getattr(self, "summary", "")

    def resolve_url_path(self, info, **kwargs):
        return self.url or self.url_path

    def resolve_locale(self, info, **kwargs):
        # The language of the text served: an alias or a fallback reports its source's locale.
        choice = choice_of(info, self)
        return choice.served if choice is not None else own_locale(info, self)

    def resolve_direction(self, info, **kwargs):
        return text_direction(PageInterface.resolve_locale(self, info))

    def resolve_translations(self, info, **kwargs):
        return translations_of(info, self)

    def resolve_is_fallback(self, info, **kwargs):
        choice = choice_of(info, self)
        return bool(choice and choice.is_fallback)

    def resolve_requested_locale(self, info, **kwargs):
        choice = choice_of(info, self)
        return choice.requested if choice else None

    def resolve_parent(self, info, **kwargs):
        return parent_of(info, self)

    def resolve_children(self, info, **kwargs):
        return resolve_queryset(visible_pages(self.get_children()).specific(), info, **kwargs)

    def resolve_siblings(self, info, **kwargs):
        qs = self.get_siblings().exclude(pk=self.pk)
        return resolve_queryset(visible_pages(qs).specific(), info, **kwargs)

    def resolve_next_siblings(self, info, **kwargs):
        qs = self.get_next_siblings().exclude(pk=self.pk)
        return resolve_queryset(visible_pages(qs).specific(), info, **kwargs)

    def resolve_previous_siblings(self, info, **kwargs):
        qs = self.get_prev_siblings().exclude(pk=self.pk)
        return resolve_queryset(visible_pages(qs).specific(), info, **kwargs)

    def resolve_descendants(self, info, **kwargs):
        return resolve_queryset(visible_pages(self.get_descendants()).specific(), info, **kwargs)

    def resolve_ancestors(self, info, **kwargs):
        return resolve_queryset(visible_pages(self.get_ancestors()).specific(), info, **kwargs)

    def resolve_breadcrumbs(self, info, **kwargs):
        return breadcrumbs_of(info, self)
