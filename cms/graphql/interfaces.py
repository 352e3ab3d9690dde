"""The page interface every page type implements: grapple's, with every relation privacy-safe."""

import graphene
from grapple.types.interfaces import PageInterface as GrapplePageInterface
from grapple.types.interfaces import get_page_interface
from grapple.utils import resolve_queryset
from wagtail.models import Locale

from cms.visibility import is_page_visible, visible_pages

from .request_cache import request_cache


def locale_codes() -> dict[int, str]:
    return dict(Locale.objects.values_list("pk", "language_code"))


class PageInterface(GrapplePageInterface):
    """Grapple's page fields, but a page's relatives only ever include visible pages."""

    summary = graphene.String(description="One or two sentences for listings and search results")
    locale = graphene.String(required=True, description="Language code of this page's locale")
    breadcrumbs = graphene.List(
        graphene.NonNull(get_page_interface),
        required=True,
        description="Visible ancestors from the home page down to this page's parent",
    )

    def resolve_summary(self, info, **kwargs):
        return getattr(self, "summary", "")

    def resolve_locale(self, info, **kwargs):
        return request_cache(info, "locale_codes", locale_codes)[self.locale_id]

    def resolve_parent(self, info, **kwargs):
        parent = self.get_parent()
        return parent.specific if is_page_visible(parent) else None

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
        # Pages listed together usually share a parent: cache the trail per parent path so a
        # list costs one query per distinct parent, not one per page.
        trails = request_cache(info, "breadcrumb_trails", dict)
        parent_path = self.path[: -self.steplen]
        if parent_path not in trails:
            trails[parent_path] = list(
                visible_pages(self.get_ancestors()).order_by("depth").specific()
            )
        return trails[parent_path]
