"""Root fields a frontend needs to render any page: menu, breadcrumbs and site settings."""

import graphene
from grapple.registry import registry

from home.models import SiteSettings
from home.navigation import MAX_MENU_DEPTH

from . import resolvers
from .types import Breadcrumb, NavigationItem


class Query:
    navigation = graphene.List(
        graphene.NonNull(NavigationItem),
        required=True,
        depth=graphene.Int(
            default_value=2, description=f"Levels of the menu, 1 to {MAX_MENU_DEPTH}"
        ),
        root=graphene.ID(description="The page whose descendants form the menu (default: home)"),
        description=(
            "The menu tree: visible pages marked 'show in menus', in admin order. A page whose "
            "parent is not in the menu is left out with it."
        ),
    )
    breadcrumbs = graphene.List(
        graphene.NonNull(Breadcrumb),
        required=True,
        id=graphene.ID(),
        url_path=graphene.String(description="Path relative to the site, e.g. /about/history/"),
        description=(
            "From the home page down to the page itself, hidden ancestors skipped. A draft, "
            "restricted or unknown page gives a NOT_FOUND error (the same for all three)."
        ),
    )
    site_settings = graphene.Field(
        lambda: registry.settings[SiteSettings],
        required=True,
        site=graphene.String(description="Hostname; default: the site the request is sent to"),
        description="Name, logo, contact, social and footer links of a site",
    )

    def resolve_navigation(self, info, depth=2, root=None):
        return resolvers.resolve_navigation(info, depth=depth, root=root)

    def resolve_breadcrumbs(self, info, id=None, url_path=None):
        return resolvers.resolve_breadcrumbs(info, id=id, url_path=url_path)

    def resolve_site_settings(self, info, site=None):
        return resolvers.resolve_site_settings(info, site=site)
