"""The sitemap: every visible page of one locale, in tree order, with its visible translations.

Frontends build `sitemap.xml` (with hreflang alternates) from it, so it must hold exactly what
a visitor could open: pages come from `cms.visibility` (no drafts, nothing restricted, nothing
under a draft), and so do the alternates. A page of another locale is never listed as a
fallback: each locale's sitemap lists that locale's own URLs. Costs the same few queries for
3 pages or 3,000: count, slice, and one query for all alternates of the slice (a loader of
the request, `home.graphql.dataloaders`).
"""

from __future__ import annotations

from wagtail.models import Page

from cms.graphql.locales import requested_locale
from cms.graphql.pagination import PageOfResults, paginate
from cms.visibility import visible_pages
from home.graphql.dataloaders import prime_alternates


def resolve_sitemap(info, *, locale: str | None = None, page: int = 1, per_page: int = 100):
    code = requested_locale(info, locale)
    pages = visible_pages(Page.objects.filter(locale__language_code=code)).order_by("path")
    result: PageOfResults = paginate(pages, page, per_page)
    result.locale = result.requested_locale = code
    prime_alternates(info, result.items)
    return result
