"""Grapple's `tags`, `tag` and `redirects` fields, resolved over visible pages only.

Grapple's resolvers listed tags used only by drafts and redirects to draft pages (a
redirect's `newUrl` is its page's URL, slug included). The schema puts this mixin before
grapple's so that these resolvers serve grapple's fields (cms.graphql.allow_list).
"""

from django.db.models import Q
from taggit.models import Tag
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from cms.visibility import visible_pages


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


class TagAndRedirectResolvers:
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
