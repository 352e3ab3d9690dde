"""A page's translations (for language switchers and hreflang), loaded in batches.

Listing items are remembered as they are resolved (`remember_pages`), so asking for the
translations of 100 listed pages costs one query, not 100.
"""

import graphene
from wagtail.models import Page

from cms.localization import native_name, text_direction
from cms.visibility import visible_pages

from .locales import TextDirection
from .request_cache import request_cache


class PageTranslation(graphene.ObjectType):
    id = graphene.ID(required=True)
    locale = graphene.String(required=True)
    language_name = graphene.String(required=True, description="In its own language")
    direction = graphene.Field(TextDirection, required=True)
    title = graphene.String(required=True)
    url = graphene.String(description="Site-relative URL, with the language prefix")


def remember_pages(info, pages) -> None:
    """Note pages about to be resolved, so per-page lookups can be batched over all of them."""
    request_cache(info, "page_batch", list).extend(page for page in pages if isinstance(page, Page))


def translations_of(info, page: Page) -> list[dict]:
    loaded: dict = request_cache(info, "page_translations", dict)
    if page.translation_key not in loaded:
        keys = {page.translation_key} | {
            other.translation_key
            for other in request_cache(info, "page_batch", list)
            if other.translation_key not in loaded
        }
        for key in keys:
            loaded[key] = []
        translations = (
            visible_pages(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .order_by("locale__language_code")
        )
        for translation in translations:
            loaded[translation.translation_key].append(translation)
    return [
        {
            "id": translation.pk,
            "locale": translation.locale.language_code,
            "language_name": native_name(translation.locale.language_code),
            "direction": text_direction(translation.locale.language_code),
            "title": translation.title,
            "url": translation.get_url(info.context),
        }
        for translation in loaded[page.translation_key]
    ]
