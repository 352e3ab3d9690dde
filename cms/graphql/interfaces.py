"""The page interface every page type implements: grapple's, with every relation privacy-safe."""

import graphene
from grapple.types.interfaces import PageInterface as GrapplePageInterface
from grapple.types.interfaces import get_page_interface
from grapple.utils import resolve_queryset

from cms.localization import locale_codes, text_direction
from cms.visibility import is_page_visible, visible_pages

from .locales import TextDirection
from .request_cache import request_cache
from .translations import PageTranslation, remember_pages, translations_of


class PageInterface(GrapplePageInterface):
    """Grapple's page fields, but a page's relatives only ever include visible pages."""

    summary = graphene.String(description="One or two sentences for listings and search results")
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

    def resolve_locale(self, info, **kwargs):
        # The language of the text served: an alias or a fallback reports its source's locale.
        choice = getattr(self, "locale_choice", None)
        if choice is not None:
            return choice.served
        return request_cache(info, "locale_codes", locale_codes)[self.locale_id]

    def resolve_direction(self, info, **kwargs):
        return text_direction(PageInterface.resolve_locale(self, info))

    def resolve_translations(self, info, **kwargs):
        return translations_of(info, self)

    def resolve_is_fallback(self, info, **kwargs):
        choice = getattr(self, "locale_choice", None)
        return bool(choice and choice.is_fallback)

    def resolve_requested_locale(self, info, **kwargs):
        choice = getattr(self, "locale_choice", None)
        return choice.requested if choice else None

    def resolve_parent(self, info, **kwargs):
        parent = self.get_parent()
        return parent.specific if is_page_visible(parent) else None

    def resolve_children(self, info, **kwargs):
        children = list(
            resolve_queryset(visible_pages(self.get_children()).specific(), info, **kwargs)
        )
        remember_pages(info, children)
        return children

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
        # Pages listed together usually share a parent: cache the trail per parent path so a
        # list costs one query per distinct parent, not one per page.
        trails = request_cache(info, "breadcrumb_trails", dict)
        parent_path = self.path[: -self.steplen]
        if parent_path not in trails:
            trails[parent_path] = list(
                visible_pages(self.get_ancestors()).order_by("depth").specific()
            )
        return trails[parent_path]
