"""Resolvers of the site skeleton's root fields; the tree logic itself is in home.navigation.

Each takes a `locale`: a menu is the tree of that locale's home page, a trail is the trail of
the page's translation in it, and settings texts are that locale's. Along the fallback chain
when the locale has none, which every item then says (`locale`, `isFallback`).
"""

from __future__ import annotations

from wagtail.models import Page, Site

from cms.graphql.errors import NotFoundError, UserInputError
from cms.graphql.filters import parse_id
from cms.graphql.locale_choices import choose
from cms.graphql.locales import check_locale, requested_locale
from cms.localization import localize_page, localize_path, split_language_prefix
from cms.sites import site_for_request
from home.models import SiteSettings
from home.navigation import (
    MAX_MENU_DEPTH,
    breadcrumb_trail,
    find_visible_page,
    home_in_locale,
    menu_tree,
)


def page_for_locale(info, page: Page, code: str | None) -> tuple[Page | None, str]:
    """`page` for the requested locale (its visible translation along the chain, else itself),
    and that locale. Without a locale, the page's own is the requested one, as for `page(id)`.
    """
    if code is None:
        return page, requested_locale(info, None, default=page.locale.language_code)
    requested = requested_locale(info, code)
    found = localize_page(page, requested)
    return (found[0] if found else None), requested


def resolve_navigation(info, depth: int = 2, root=None, locale: str | None = None):
    code = check_locale(locale)
    if not 1 <= depth <= MAX_MENU_DEPTH:
        raise UserInputError(f"depth must be between 1 and {MAX_MENU_DEPTH}.", field="depth")
    if root is not None:
        root_page = find_visible_page(page_id=parse_id(root, "root"))
        if root_page is None:
            raise NotFoundError("No visible page has this id.")
        root_page, requested = page_for_locale(info, root_page, code)
    else:
        requested = requested_locale(info, code)
        site = site_for_request(info.context)
        root_page = home_in_locale(site, requested) if site is not None else None
        if root_page is None:
            return []
    return menu_tree(root_page, depth, requested)


def resolve_breadcrumbs(
    info, id=None, url_path: str | None = None, locale: str | None = None
) -> list[Page]:
    code = check_locale(locale)
    if (id is None) == (url_path is None):
        raise UserInputError("Give exactly one of id or urlPath.")
    if id is not None:
        page = find_visible_page(page_id=parse_id(id, "id"))
        if page is not None:
            page, requested = page_for_locale(info, page, code)
    else:
        prefix, relative = split_language_prefix(url_path)
        requested = requested_locale(info, code or prefix)
        found = localize_path(site_for_request(info.context), relative, requested)
        page = found[0] if found else None
    if page is None:
        raise NotFoundError("No visible page at this id or path.")
    return [choose(info, crumb, requested, served) for crumb, served in breadcrumb_trail(page)]


def resolve_site_settings(info, site: str | None = None, locale: str | None = None):
    """The settings of the named (or requested) site; defaults when none were saved yet. Its
    texts are read in the requested locale, remembered here, when a field asks for them."""
    requested_locale(info, locale)
    if site is not None:
        hostname = site.split(":")[0]
        target = Site.objects.filter(hostname=hostname).order_by("-is_default_site").first()
        if target is None:
            raise NotFoundError(f"No site with hostname {hostname!r}.")
    else:
        target = site_for_request(info.context)
    settings = (
        SiteSettings.objects.filter(site=target)
        .select_related("logo")
        .prefetch_related("social_links")
        .first()
    ) or SiteSettings(site=target)
    return settings
