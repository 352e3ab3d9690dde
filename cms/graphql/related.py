"""Related pages shown in the reader's language, loaded for every page of a response at once.

Relations between pages are language-independent: a French article points at the same city
rows as its English source. Which version of a related page a reader is shown (its visible
translation first found along the fallback chain of the relating page's locale, else itself)
is a loader's answer, keyed by (locale, related page id), so that a listed article's cities
never carry a swapped value some other code left on them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import QuerySet
from wagtail.models import Page

from cms.localization import translations_in

from .batch import PagesLoader, bring
from .dataloaders import page_locale


class ShownPagesLoader(PagesLoader):
    """(locale code, related page id) -> the version of that page a reader of the locale sees.

    A subclass names the related pages of a response's page (`related_of`: what its preparer
    prefetched, visible ones only) and the visible pages of their model with what their
    fields show (`queryset`). The versions shown are brought into the response complete."""

    def __init__(self, info):
        super().__init__(info)
        self._related: dict[int, Page] = {}

    def related_of(self, page: Page) -> Iterable[Page]:
        raise NotImplementedError

    def queryset(self) -> QuerySet:
        raise NotImplementedError

    def keys_in(self, page):
        code = page_locale(self.info, page)
        for related in self.related_of(page):
            self._related[related.pk] = related
            yield (code, related.pk)

    def batch_load(self, keys):
        by_code: dict = defaultdict(list)
        for code, pk in keys:
            by_code[code].append(self._related[pk])
        shown = {}
        for code, pages in by_code.items():
            swap = translations_in(pages, code, self.queryset())
            versions = {page.pk: swap(page) for page in pages}
            bring(self.info, list(versions.values()), code)
            shown.update({(code, pk): version for pk, version in versions.items()})
        return shown

    def shown(self, page: Page, related: Iterable[Page]) -> list[Page]:
        """`related` (pages `page` relates to) as a reader of `page`'s locale sees them."""
        related = list(related)
        self._related.update((other.pk, other) for other in related)
        code = page_locale(self.info, page)
        return [
            version
            for version in self.load_many((code, other.pk) for other in related)
            if version is not None
        ]
