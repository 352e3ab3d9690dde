"""Which language a page's text is in, and swapping linked pages for their translations.

Menus, breadcrumbs and footer links tell a frontend the language of every item (for `lang`
attributes, and to flag untranslated entries). A page's own locale is not always that language:
when a page is translated, wagtail-localize creates its missing parents in the new locale as
*aliases* of the source pages, which keep showing the source's text until someone translates
them. Such an item is reported in its source's locale, as a fallback.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Q
from wagtail.models import Page

from cms.localization import fallback_chain, mark_content_locale, with_content_locale
from cms.visibility import visible_pages


def localized_targets(pages: list[Page], requested: str) -> dict[int, Page]:
    """Page id -> the page to link to for a reader of `requested`, marked; one query in all.

    That is the page's visible translation first found along the fallback chain, else the
    page itself when visible. Pages with neither are left out: a link to them is hidden.
    """
    if not pages:
        return {}
    chain = fallback_chain(requested)
    ids = {page.pk for page in pages}
    candidates = with_content_locale(
        visible_pages(Page.objects.filter(translation_key__in={p.translation_key for p in pages}))
        .filter(Q(locale__language_code__in=chain) | Q(pk__in=ids))
        .select_related("locale")
    )
    by_key: dict = defaultdict(dict)
    themselves: dict[int, Page] = {}
    for candidate in candidates:
        by_key[candidate.translation_key][candidate.locale.language_code] = candidate
        if candidate.pk in ids:
            themselves[candidate.pk] = candidate
    targets = {}
    for page in pages:
        translations = by_key[page.translation_key]
        found = next((translations[c] for c in chain if c in translations), None)
        found = found or themselves.get(page.pk)
        if found is not None:
            targets[page.pk] = mark_content_locale(found, requested)
    return targets
