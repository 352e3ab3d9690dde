"""A page's translations (for language switchers and hreflang), loaded in batches.

A batch loader primed with every page of the response (see `cms.graphql.batch`), so asking for
the translations of 100 listed pages costs one query, not 100, whichever path listed them.
"""

from collections import defaultdict

import graphene
from wagtail.models import Page

from cms.localization import native_name, text_direction
from cms.privacy import readable_pages

from .batch import PagesLoader, loader
from .locales import TextDirection
from .privacy_gate import policy_of


class PageTranslation(graphene.ObjectType):
    id = graphene.ID(required=True)
    locale = graphene.String(required=True)
    language_name = graphene.String(required=True, description="In its own language")
    direction = graphene.Field(TextDirection, required=True)
    title = graphene.String(required=True)
    url = graphene.String(description="Site-relative URL, with the language prefix")


class TranslationsLoader(PagesLoader):
    """Translation key -> the visible pages of that translation group, by language code."""

    def keys_in(self, page):
        yield page.translation_key

    def batch_load(self, keys):
        translations = (
            readable_pages(
                Page.objects.filter(translation_key__in=keys), policy_of(self.info).closed_paths
            )
            .select_related("locale")
            .order_by("locale__language_code")
        )
        loaded: dict = defaultdict(list)
        for translation in translations:
            loaded[translation.translation_key].append(translation)
        return loaded


def translations_of(info, page: Page) -> list[dict]:
    group = loader(info, TranslationsLoader).load(page.translation_key) or []
    return [describe(info, translation) for translation in group]


def describe(info, translation: Page) -> dict:
    """A `PageTranslation` of a page loaded with its locale."""
    return {
        "id": translation.pk,
        "locale": translation.locale.language_code,
        "language_name": native_name(translation.locale.language_code),
        "direction": text_direction(translation.locale.language_code),
        "title": translation.title,
        "url": translation.get_url(info.context),
    }
