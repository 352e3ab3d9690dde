"""GraphQL types of the site skeleton: menu items, breadcrumbs and child listings."""

import graphene
from grapple.types.interfaces import get_page_interface

from cms.graphql.locale_choices import choice_of
from cms.graphql.locales import TextDirection
from cms.graphql.pagination import paginated_type
from cms.localization import text_direction
from home.graphql.dataloaders import alternates_of
from home.navigation import MenuNode


class LocalizedItem:
    """`locale`, `direction` and `isFallback` of a menu or trail item (see cms.localization)."""

    locale = graphene.String(required=True, description="Language of the item's text")
    direction = graphene.Field(TextDirection, required=True)
    is_fallback = graphene.Boolean(
        required=True,
        description=(
            "True when the item's text is not in the requested locale: that locale has no "
            "tree of its own, or the page was not translated yet"
        ),
    )

    @staticmethod
    def choice(root, info):
        """A menu node carries its choice; a trail's pages were chosen by `breadcrumbs`."""
        return root.choice if isinstance(root, MenuNode) else choice_of(info, root)

    def resolve_locale(root, info):
        return LocalizedItem.choice(root, info).served

    def resolve_direction(root, info):
        return text_direction(LocalizedItem.choice(root, info).served)

    def resolve_is_fallback(root, info):
        return LocalizedItem.choice(root, info).is_fallback


class NavigationItem(LocalizedItem, graphene.ObjectType):
    """One entry of a menu; `children` holds the entries below it, up to the requested depth."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    slug = graphene.String(required=True)
    url = graphene.String(
        description="Relative to the requested site; absolute when the page lives on another site"
    )
    page_type = graphene.String(
        required=True, description='GraphQL type of the page, as `pageType` of pages: "ContentPage"'
    )
    level = graphene.Int(required=True, description="1 for top-level entries")
    children = graphene.List(graphene.NonNull(lambda: NavigationItem), required=True)

    def resolve_id(node, info):
        return node.page.pk

    def resolve_title(node, info):
        return node.page.title

    def resolve_slug(node, info):
        return node.page.slug

    def resolve_url(node, info):
        return node.page.get_url(request=info.context)

    def resolve_page_type(node, info):
        return node.page.content_type.model_class().__name__

    def resolve_level(node, info):
        return node.level

    def resolve_children(node, info):
        return node.children


class Breadcrumb(LocalizedItem, graphene.ObjectType):
    """One step of the trail from the home page to the current page."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    url = graphene.String()

    def resolve_id(page, info):
        return page.pk

    def resolve_title(page, info):
        return page.title

    def resolve_url(page, info):
        return page.get_url(request=info.context)


ChildPageListing = paginated_type(get_page_interface, "ChildPageListing", localized=True)


class SitemapAlternate(graphene.ObjectType):
    """One language version of a sitemap entry, for `<xhtml:link rel="alternate" hreflang>`."""

    locale = graphene.String(required=True, description="hreflang value, e.g. fr")
    url = graphene.String(required=True, description="Relative to the site, with its prefix")


class SitemapEntry(graphene.ObjectType):
    """One visible page of the sitemap."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    page_type = graphene.String(required=True, description='GraphQL type, e.g. "NewsArticle"')
    url = graphene.String(required=True, description="Relative to the site, with its prefix")
    last_modified = graphene.DateTime(
        description="When the published version last changed; null for a page that was "
        "never published through the admin (one a migration created)"
    )
    alternates = graphene.List(
        graphene.NonNull(SitemapAlternate),
        required=True,
        description="Visible translations, this page included, ordered by locale",
    )

    def resolve_id(page, info):
        return page.pk

    def resolve_title(page, info):
        return page.title

    def resolve_page_type(page, info):
        return page.specific_class.__name__

    def resolve_url(page, info):
        return page.get_url(request=info.context)

    def resolve_last_modified(page, info):
        return page.last_published_at or page.first_published_at

    def resolve_alternates(page, info):
        return [
            {"locale": other.locale.language_code, "url": other.get_url(request=info.context)}
            for other in alternates_of(info, page)
        ]


SitemapListing = paginated_type(SitemapEntry, "SitemapListing", localized=True)
