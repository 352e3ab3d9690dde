"""`search { citations(format:) }`: the whole result set, for a reference manager.

The export asks the engine for the same request page after page (so it gets exactly what
`search` returns, visibility included) and stops at EXPORT_LIMIT hits: a file for Zotero or
EndNote, not a way to dump the site. Knowledge products are cited as publications; news,
events and other pages as web pages of the site.
"""

from __future__ import annotations

from dataclasses import replace

from django.conf import settings
from django.db.models import prefetch_related_objects
from django.utils import timezone
from wagtail.models import Page

from cms.localization import locale_codes
from knowledge.citations import WEB_PAGE, Work, format_citations
from knowledge.graphql.citations import chosen_format, page_url, product_work
from knowledge.models import KnowledgeProductPage

from .. import service
from ..backends.base import SearchRequest
from ..dates import sort_date

EXPORT_LIMIT = 500
EXPORT_PAGE_SIZE = 100


def exported_pages(request: SearchRequest) -> list[Page]:
    """The visible pages of the first EXPORT_LIMIT hits, in the request's order."""
    pages: list[Page] = []
    for number in range(1, -(-EXPORT_LIMIT // EXPORT_PAGE_SIZE) + 1):
        response = service.search(replace(request, page=number, per_page=EXPORT_PAGE_SIZE))
        pages += [hit.page for hit in response.hits]
        if number * EXPORT_PAGE_SIZE >= response.total:
            break
    return pages[:EXPORT_LIMIT]


def web_page_work(page: Page, codes: dict[int, str]) -> Work:
    return Work(
        title=page.title,
        kind=WEB_PAGE,
        url=page_url(page),
        accessed=timezone.localdate(),
        publisher=settings.WAGTAIL_SITE_NAME,
        date=sort_date(page),
        language=codes[page.locale_id],
    )


def export_citations(info, request: SearchRequest, citation_format) -> str:
    pages = exported_pages(request)
    products = [page for page in pages if isinstance(page, KnowledgeProductPage)]
    prefetch_related_objects(products, "authors", "publisher")
    codes = locale_codes()
    works = [
        product_work(page, info)
        if isinstance(page, KnowledgeProductPage)
        else web_page_work(page, codes)
        for page in pages
    ]
    return format_citations(works, chosen_format(citation_format))
