"""Which locale each page of a response was chosen for, and which language its text is in.

A field that picks pages for a requested locale (the fallback chain may answer in another)
records its choice here, on the request, by page id; the page's own fields (`locale`,
`isFallback`, `requestedLocale`, a menu item's) read it back. Nothing is written on the page
instances, which other fields and caches share.
"""

from __future__ import annotations

from collections.abc import Iterable

from wagtail.models import Page

from cms.localization import Localized, locale_codes

from .batch import BatchLoader, loader
from .request_cache import request_cache


def chosen(info) -> dict[int, tuple[str, str | None]]:
    """Page id -> (requested, served) recorded for it in this request; served None means
    "the language of its text" (`text_locale`)."""
    return request_cache(info, "locale_choices", dict)


def own_locale(info, page: Page) -> str:
    return request_cache(info, "locale_codes", locale_codes)[page.locale_id]


class AliasSourceLocaleLoader(BatchLoader):
    """Id of an alias's source page -> the source's language code: an alias shows its
    source's text (wagtail-localize creates untranslated parents as aliases)."""

    def batch_load(self, keys):
        return dict(Page.objects.filter(pk__in=keys).values_list("pk", "locale__language_code"))


def text_locale(info, page: Page) -> str:
    """The language of `page`'s text: its source's for an alias, else its own locale's."""
    if page.alias_of_id:
        return loader(info, AliasSourceLocaleLoader).load(page.alias_of_id) or own_locale(
            info, page
        )
    return own_locale(info, page)


def choose(info, page: Page | None, requested: str, served: str | None = None):
    """Record that `page` answers a reader of `requested` with text in `served` (default: the
    language of its text); returns `page`."""
    if page is not None:
        chosen(info)[page.pk] = (requested, served)
    return page


def choose_listed(info, pages: Iterable, requested: str) -> None:
    """Record a listing's pages as chosen for `requested`; the aliases among them are looked
    up together, and only when a field asks for the language of their text."""
    pages = [page for page in pages if isinstance(page, Page)]
    loader(info, AliasSourceLocaleLoader).prime(p.alias_of_id for p in pages if p.alias_of_id)
    for page in pages:
        choose(info, page, requested)


def choice_of(info, page: Page) -> Localized | None:
    """The choice recorded for `page`, None for a page no field chose for a locale."""
    found = chosen(info).get(page.pk)
    if found is None:
        return None
    requested, served = found
    return Localized(requested, served or text_locale(info, page))
