"""The page interface every page type implements: grapple's, with every relation privacy-safe."""

import graphene
from grapple.types.interfaces import PageInterface as GrapplePageInterface
from grapple.types.interfaces import get_page_interface
from grapple.utils import resolve_queryset

from cms.visibility import is_page_visible, visible_pages


class PageInterface(GrapplePageInterface):
    """Grapple's page fields, but a page's relatives only ever include visible pages."""

    locale = graphene.String(required=True, description="Language code of this page's locale")
    breadcrumbs = graphene.List(
        graphene.NonNull(get_page_interface),
        required=True,
        description="Visible ancestors from the home page down to this page's parent",
    )

    def resolve_locale(self, info, **kwargs):
        return self.locale.language_code

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
        return list(visible_pages(self.get_ancestors()).order_by("depth").specific())
