"""Grapple root fields that would leak unpublished or restricted content, made safe.

`redirects` listed redirects to draft pages, and `tags` listed tags used only by drafts.
These resolvers replace grapple's; the schema puts this mixin first so they win. (Grapple's
`search`, which returned drafts and password-protected pages, is replaced by search.graphql.)
"""

from django.db.models import Q
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from cms.visibility import visible_pages

from . import page_roots


def visible_tags():
    """Tags attached to at least one visible page (through any app's tagged-item model)."""
    visible = visible_pages().values("pk")
    condition = Q()
    for relation in Tag._meta.related_objects:
        through = relation.related_model
        content_object = next((f for f in through._meta.fields if f.name == "content_object"), None)
        if content_object and issubclass(content_object.remote_field.model, Page):
            condition |= Q(**{f"{relation.name}__content_object__in": visible})
    return Tag.objects.filter(condition).distinct() if condition else Tag.objects.none()


class SafeRootQuery:
    def resolve_redirects(self, info, **kwargs):
        visible = visible_pages().values("pk")
        return Redirect.objects.select_related("redirect_page", "site").filter(
            Q(redirect_page__isnull=True) | Q(redirect_page__in=visible)
        )

    def resolve_tags(self, info, **kwargs):
        from grapple.utils import resolve_queryset

        return resolve_queryset(visible_tags().order_by("name"), info, **kwargs)

    def resolve_tag(self, info, id, **kwargs):
        return visible_tags().filter(pk=id).first()

    def resolve_page(self, info, **kwargs):
        return page_roots.resolve_page(info, **kwargs)

    def resolve_pages(self, info, **kwargs):
        return page_roots.resolve_pages(info, **kwargs)

    def resolve_snippets(self, info, **kwargs):
        """Grapple's list of every snippet, without drafts of snippets that have a draft state."""
        from grapple.registry import registry
        from wagtail.models import DraftStateMixin

        objects = []
        for model in registry.snippets:
            queryset = model._meta.model.objects.all()
            if issubclass(model, DraftStateMixin):
                queryset = queryset.filter(live=True)
            objects.extend(queryset)
        return objects
