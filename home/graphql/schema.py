"""Root fields a frontend needs to render any page: menu, breadcrumbs and site settings."""

import graphene
from grapple.registry import registry

from cms.graphql.locales import locale_argument
from cms.graphql.pagination import pagination_args
from home.models import SiteSettings
from home.navigation import MAX_MENU_DEPTH
from home.sitemap import resolve_sitemap

from . import resolvers
from .types import Breadcrumb, NavigationItem, SitemapListing


class Query:
    navigation = graphene.List(
        graphene.NonNull(NavigationItem),
        required=True,
        depth=graphene.Int(
            default_value=2, description=f"Levels of the menu, 1 to {MAX_MENU_DEPTH}"
        ),
        root=graphene.ID(
            description=(
                "The page whose descendants form the menu (default: home); with `locale`, "
                "its translation in that locale"
            )
        ),
        locale=locale_argument(),
        description=(
            "The menu tree: visible pages marked 'show in menus', in admin order. A page whose "
            "parent is not in the menu is left out with it. The tree is the requested locale's "
            "(under its home page), or the next locale's of the fallback chain if it has none."
        ),
    )
    breadcrumbs = graphene.List(
        graphene.NonNull(Breadcrumb),
        required=True,
        id=graphene.ID(),
        url_path=graphene.String(
            description=(
                "Path relative to the site, e.g. /about/history/, within the locale's tree; "
                "a language prefix (/fr/a-propos/) selects the locale"
            )
        ),
        locale=locale_argument(),
        description=(
            "From the home page down to the page itself, hidden ancestors skipped, in the "
            "locale of the page's translation. A draft, restricted or unknown page gives a "
            "NOT_FOUND error (the same for all three)."
        ),
    )
    site_settings = graphene.Field(
        lambda: registry.settings[SiteSettings],
        required=True,
        site=graphene.String(description="Hostname; default: the site the request is sent to"),
        locale=locale_argument(),
        description=(
            "Name, logo, contact, social and footer links of a site; texts in the requested "
            "locale, or along its fallback chain"
        ),
    )
    sitemap = graphene.Field(
        SitemapListing,
        required=True,
        locale=locale_argument(),
        **pagination_args(),
        description=(
            "Every visible page of one locale in tree order, with its URL, last published "
            "time and visible translations (hreflang alternates); no fallback to other locales"
        ),
    )

    def resolve_navigation(self, info, depth=2, root=None, locale=None):
        return resolvers.resolve_navigation(info, depth=depth, root=root, locale=locale)

    def resolve_breadcrumbs(self, info, id=None, url_path=None, locale=None):
        return resolvers.resolve_breadcrumbs(info, id=id, url_path=url_path, locale=locale)

    def resolve_site_settings(self, info, site=None, locale=None):
        return resolvers.resolve_site_settings(info, site=site, locale=locale)

    def resolve_sitemap(self, info, **kwargs):
        return resolve_sitemap(info, **kwargs)
