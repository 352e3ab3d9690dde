"""Menu trees and breadcrumbs: what a frontend needs to render a site's header and trail.

Both are built from one query each, whatever the size of the site: the subtree (or the ancestor
chain) is fetched by materialised path and nested in Python. Every page goes through
`cms.visibility`, so drafts and restricted pages never appear, and a page whose parent is not in
the menu is dropped with it (a frontend could not reach it from the menu anyway).

Each locale has its own tree under its translation of the home page, so a menu or a trail is
always of one locale's tree; each item says which language its text is in (cms.localization).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wagtail.models import Page, Site

from cms.localization import (
    Localized,
    fallback_chain,
    visible_translations,
    with_content_locale,
)
from cms.privacy import PrivacyPolicy
from cms.visibility import visible_pages

MAX_MENU_DEPTH = 5


@dataclass
class MenuNode:
    page: Page
    level: int
    choice: Localized
    children: list[MenuNode] = field(default_factory=list)


def home_in_locale(site: Site, requested: str) -> Page | None:
    """The site's visible home page in the first locale of `requested`'s chain that has one.

    One query: every visible translation of the home page in the chain, the first one kept
    (a locale whose home is a draft falls back as if it had none).
    """
    chain = fallback_chain(requested)
    homes = {
        home.locale.language_code: home
        for home in visible_translations(site.root_page)
        .filter(locale__language_code__in=chain)
        .select_related("locale")
    }
    return next((homes[code] for code in chain if code in homes), None)


def menu_tree(root: Page, depth: int, requested: str) -> list[MenuNode]:
    """Visible `show_in_menus` descendants of `root`, `depth` levels deep, in admin tree order,
    each with the language of its text for a reader of `requested`."""
    pages = with_content_locale(
        visible_pages(
            Page.objects.filter(
                path__startswith=root.path,
                depth__gt=root.depth,
                depth__lte=root.depth + depth,
                show_in_menus=True,
            )
        )
        .select_related("content_type")
        .order_by("path")
    )
    nodes_by_path: dict[str, MenuNode] = {}
    top_level: list[MenuNode] = []
    for page in pages:
        choice = Localized(requested, page.content_locale)
        node = MenuNode(page=page, level=page.depth - root.depth, choice=choice)
        parent_path = page.path[: -Page.steplen]
        if parent_path == root.path:
            top_level.append(node)
        elif parent_path in nodes_by_path:
            nodes_by_path[parent_path].children.append(node)
        else:
            continue  # its parent is hidden or not in menus: unreachable from the menu
        nodes_by_path[page.path] = node
    return top_level


def find_visible_page(page_id=None, url_path: str | None = None, site: Site | None = None):
    """The visible page with this id, or at this path relative to `site`'s root; else None."""
    queryset = Page.objects.select_related("content_type", "locale")
    if page_id is not None:
        page = queryset.filter(pk=page_id).first()
    elif url_path is not None and site is not None:
        relative = "/".join(part for part in url_path.split("/") if part)
        full_path = site.root_page.url_path + (f"{relative}/" if relative else "")
        page = queryset.filter(url_path=full_path).first()
    else:
        page = None
    return page if page is not None and PrivacyPolicy().shows_page(page) else None


def breadcrumb_trail(page: Page) -> list[tuple[Page, str]]:
    """Visible ancestors from the home page (depth 2) down to `page` itself, in order, each
    with the language of its text.

    `page` must have been checked visible; it is fetched again with the trail (same query).
    """
    trail = with_content_locale(
        visible_pages(
            Page.objects.filter(
                path__in=[
                    page.path[:i] for i in range(Page.steplen * 2, len(page.path) + 1, Page.steplen)
                ]
            )
        )
    ).order_by("depth")
    return [(crumb, crumb.content_locale) for crumb in trail]
