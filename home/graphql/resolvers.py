"""Resolvers of the site skeleton's root fields; the tree logic itself is in home.navigation."""

from __future__ import annotations

from django.db.models import Prefetch
from wagtail.models import Page, Site

from cms.graphql.errors import NotFoundError, UserInputError
from home.models import FooterLink, SiteSettings
from home.navigation import (
    MAX_MENU_DEPTH,
    breadcrumb_trail,
    find_visible_page,
    menu_tree,
    site_for_request,
)


def parse_page_id(value, field: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise UserInputError(f"{field} must be a page id (a number).", field=field) from None


def resolve_navigation(info, depth: int = 2, root=None):
    if not 1 <= depth <= MAX_MENU_DEPTH:
        raise UserInputError(f"depth must be between 1 and {MAX_MENU_DEPTH}.", field="depth")
    if root is not None:
        root_page = find_visible_page(page_id=parse_page_id(root, "root"))
        if root_page is None:
            raise NotFoundError("No visible page has this id.")
    else:
        site = site_for_request(info.context)
        if site is None:
            return []
        root_page = Page.objects.get(pk=site.root_page_id)
    return menu_tree(root_page, depth)


def resolve_breadcrumbs(info, id=None, url_path: str | None = None) -> list[Page]:
    if (id is None) == (url_path is None):
        raise UserInputError("Give exactly one of id or urlPath.")
    if id is not None:
        page = find_visible_page(page_id=parse_page_id(id, "id"))
    else:
        page = find_visible_page(url_path=url_path, site=site_for_request(info.context))
    if page is None:
        raise NotFoundError("No visible page at this id or path.")
    return breadcrumb_trail(page)


def resolve_site_settings(info, site: str | None = None) -> SiteSettings:
    """The settings of the named (or requested) site; defaults when none were saved yet."""
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
        .prefetch_related(
            "social_links",
            Prefetch("footer_links", queryset=FooterLink.objects.select_related("page")),
        )
        .first()
    )
    return settings or SiteSettings(site=target)
