"""Grapple's `page` and `pages` root fields, made locale-aware.

Grapple has no notion of locale: its `urlPath` matched the first page of any tree ending with
the path, and `inSite` dropped every page outside the default language's tree. These resolvers
replace grapple's (the schema puts this mixin first) and `add_locale_argument` adds `locale`
to grapple's field definitions, so the rest of their arguments stay grapple's. A site's own
`page` and `pages` (`sites { page(...) }`) resolve the same way, within that site.
"""

from __future__ import annotations

import graphene
from django.db.models import Q
from grapple.types.pages import get_site_filter
from grapple.types.sites import SiteObjectType
from grapple.utils import resolve_queryset
from wagtail.models import Locale, Page

from cms.localization import (
    listing_locale,
    localize_page,
    localize_path,
    split_language_prefix,
)
from cms.sites import site_for_request
from cms.visibility import visible_pages

from . import response_cache
from .errors import UserInputError
from .locale_choices import choose, choose_listed
from .locales import check_locale, locale_description, requested_locale
from .preview import resolve_preview


def add_locale_argument(mixins: list) -> None:
    for mixin in mixins:
        for name in ("page", "pages"):
            field = mixin.__dict__.get(name)
            if field is None:
                continue
            argument = graphene.Argument(graphene.String, description=locale_description())
            # `page` is a mounted Field; `pages` an unmounted list whose kwargs become arguments
            arguments = field.args if isinstance(field, graphene.Field) else field.kwargs
            arguments["locale"] = argument


def filter_content_type(queryset, content_type: str | None):
    if not content_type:
        return queryset
    condition = Q()
    for item in content_type.split(","):
        app_label, _, model = item.strip().lower().partition(".")
        if not app_label or not model:
            raise UserInputError(
                f"contentType must look like app.Model, not {item.strip()!r}.",
                field="contentType",
            )
        condition |= Q(content_type__app_label=app_label, content_type__model=model)
    return queryset.filter(condition)


def in_site_trees(queryset, site):
    """Pages under the site's home page or any translation of it (one tree per locale)."""
    roots = Page.objects.filter(translation_key=site.root_page.translation_key)
    condition = Q(pk__in=[])
    for root in roots:
        condition |= Q(path__startswith=root.path)
    return queryset.filter(condition)


def resolve_page(
    info, id=None, slug=None, url_path=None, token=None, locale=None, within=None, **kwargs
):
    """`within`: the site whose own `page` field this is (else the `site`/`inSite` arguments)."""
    code = check_locale(locale)
    if token:
        response_cache.mark_private(info)  # a draft shown to its editor: never cached or shared
        page = resolve_preview(info, token)
        if page is None:
            return None
        language = page.locale.language_code
        return choose(info, page, requested_locale(info, code, default=language), language)
    site = within or get_site_filter(info, **kwargs)
    content_type = kwargs.get("content_type")
    if url_path is not None:
        prefix, relative = split_language_prefix(url_path)
        requested = requested_locale(info, code or prefix)
        site = site or site_for_request(info.context)
        # "/fr/a-propos/" asked for in Spanish: the path is French, the answer Spanish
        found = localize_path(site, relative, requested, path_locale=prefix)
    else:
        candidates = filter_content_type(visible_pages(), content_type)
        if site is not None:
            candidates = in_site_trees(candidates, site)
        if id is not None:
            candidates = candidates.filter(pk=id) if str(id).isdigit() else candidates.none()
        elif slug is not None:
            candidates = candidates.filter(slug=slug)
            if code:  # a slug shared by several locales: prefer the requested one's
                candidates = candidates.filter(locale__language_code=code) or candidates
        else:
            raise UserInputError("Give one of id, slug, urlPath or token.")
        base = candidates.first()
        if base is None:
            return None
        if code is None:
            language = requested_locale(info, None, default=base.locale.language_code)
            return choose(info, base.specific, language, language)
        requested = requested_locale(info, code)
        found = localize_page(base, requested)
    if found is None:
        return None
    page, served = found
    pages = Page.objects.filter(pk=page.pk)
    if content_type and not filter_content_type(pages, content_type).exists():
        return None
    return choose(info, page, requested, served)


def resolve_pages(info, locale=None, parent=None, ancestor=None, within=None, **kwargs):
    site = within or get_site_filter(info, **kwargs)
    if (kwargs.get("site") or kwargs.get("in_site")) and site is None:
        return Page.objects.none()
    anchor = None
    queryset = Page.objects.all()
    anchor_id = parent if parent is not None else ancestor
    if anchor_id is not None:
        anchor = Page.objects.filter(pk=anchor_id).first() if str(anchor_id).isdigit() else None
        if anchor is None:
            return Page.objects.none()
        queryset = anchor.get_children() if parent is not None else anchor.get_descendants()
    pages = filter_content_type(visible_pages(queryset), kwargs.pop("content_type", None))
    if site is not None:
        pages = in_site_trees(pages, site)
    default = anchor.locale.language_code if anchor is not None else None
    requested = requested_locale(info, check_locale(locale), default=default)
    served = listing_locale(pages, requested)
    kwargs.pop("site", None)
    kwargs.pop("in_site", None)
    # by Locale row, not language code: grapple's searchQuery can filter on `locale` only
    served_locale = Locale.objects.get(language_code=served)
    items = list(resolve_queryset(pages.filter(locale=served_locale).specific(), info, **kwargs))
    choose_listed(info, items, requested)
    return items


class PageRootResolvers:
    """Placed before grapple's mixins in the schema, so these resolve grapple's fields."""

    def resolve_page(self, info, **kwargs):
        return resolve_page(info, **kwargs)

    def resolve_pages(self, info, **kwargs):
        return resolve_pages(info, **kwargs)


def resolve_site_fields() -> None:
    """Before the schema is built: a site's `page` and `pages` are the root fields' resolvers
    (visibility, locales, argument errors), limited to that site."""
    SiteObjectType.resolve_page = lambda site, info, **kwargs: resolve_page(
        info, within=site, **kwargs
    )
    SiteObjectType.resolve_pages = lambda site, info, **kwargs: resolve_pages(
        info, within=site, **kwargs
    )
