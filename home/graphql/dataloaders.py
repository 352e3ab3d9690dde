"""Batch loaders of the home app: the hreflang alternates of sitemap entries."""

from __future__ import annotations

from collections import defaultdict

from wagtail.models import Page

from cms.graphql.batch import BatchLoader, loader
from cms.visibility import visible_pages


class SitemapAlternatesLoader(BatchLoader):
    """Translation key -> the group's pages a visitor could open, ordered by locale.

    The sitemap lists what an anonymous visitor could open whoever asks, so its alternates
    follow the anonymous rule, not the requester's policy (`TranslationsLoader` follows that).
    """

    def batch_load(self, keys):
        translations = (
            visible_pages(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .order_by("locale__language_code")
        )
        by_key: dict = defaultdict(list)
        for translation in translations:
            by_key[translation.translation_key].append(translation)
        return by_key


def prime_alternates(info, pages: list[Page]) -> None:
    """The sitemap's entries are known when the page of results is read: their alternates
    are then loaded in one query, whichever middleware the schema runs with."""
    loader(info, SitemapAlternatesLoader).prime(page.translation_key for page in pages)


def alternates_of(info, page: Page) -> list[Page]:
    return loader(info, SitemapAlternatesLoader).load(page.translation_key) or []
