"""What a delivery says about a change, built when the change happens.

A visible page is described fully: type, locale, title, public URL, its visible translations,
the pages whose listings include it (its parent) and the GraphQL listings it appears in, so a
frontend can revalidate exactly those. A page that is not visible (a draft, restricted, under
a draft) is only ever named by id and by the URL it had while it was public, and only if it
was public: a draft's title or slug never leaves the system.
"""

from __future__ import annotations

import json
import uuid

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from cms.privacy import PrivacyPolicy, closed_keys, lineage
from cms.public_urls import absolute_url
from cms.visibility import visible_pages

# GraphQL listing root fields that list pages of a type, by model label; every page is in
# `sitemap`, and pages shown in menus in `navigation`.
LISTINGS_BY_MODEL = {
    "news.newsarticle": "newsArticles",
    "events.eventpage": "events",
    "cities.cityprofilepage": "cities",
    "knowledge.knowledgeproductpage": "knowledgeProducts",
}


def envelope(event: str, subject: dict) -> str:
    """The JSON body: a unique id (receivers can drop duplicates), the event and its subject."""
    body = {
        "id": str(uuid.uuid4()),
        "event": event,
        "occurredAt": timezone.now().isoformat(),
        **subject,
    }
    return json.dumps(body, ensure_ascii=False, sort_keys=True)


def public_url(page: Page) -> str | None:
    url = page.get_url()
    return absolute_url(url) if url else None


def was_public(page: Page, ignoring: int | None = None) -> bool:
    """Whether `page` was visible just before it stopped being so: nothing above it hidden,
    nothing restricting it but the restriction `ignoring` (one just added). Its own `live`
    flag is ignored (an unpublish has just cleared it)."""
    keys = PageViewRestriction.objects.exclude(pk=ignoring).values("page__translation_key")
    ancestors = [path for path in lineage(page.path) if path != page.path]
    hidden_above = Page.objects.filter(path__in=ancestors).filter(
        Q(live=False) | Q(translation_key__in=keys)
    )
    restricted = Page.objects.filter(pk=page.pk, translation_key__in=keys)
    return page.depth > 1 and not hidden_above.exists() and not restricted.exists()


def was_visible_under(page: Page, parent: Page) -> bool:
    """Whether live `page` was visible under `parent` (its parent before a move)."""
    restricted = Page.objects.filter(pk=page.pk, translation_key__in=closed_keys())
    parent_shown = parent.depth <= 1 or PrivacyPolicy().shows_page(parent)
    return parent_shown and not restricted.exists()


def page_reference(page_id: int, old_url: str | None) -> dict:
    """All that is said about a page that is gone from view."""
    return {"page": {"id": page_id, "oldUrl": old_url}}


def page_subject(page: Page, old_url: str | None = None) -> dict:
    page = page.specific_deferred
    translations = visible_pages(
        Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    ).select_related("locale")
    parent = page.get_parent()
    listings = ["sitemap"]
    if page.show_in_menus:
        listings.append("navigation")
    if listing := LISTINGS_BY_MODEL.get(page._meta.label_lower):
        listings.append(listing)
    subject = {
        "id": page.pk,
        "type": type(page).__name__,
        "locale": page.locale.language_code,
        "title": page.title,
        "url": public_url(page),
        "translations": [
            {"id": other.pk, "locale": other.locale.language_code, "url": public_url(other)}
            for other in translations.order_by("locale__language_code")
        ],
        "listedOn": [parent.pk] if parent and PrivacyPolicy().shows_page(parent) else [],
        "listings": listings,
    }
    if old_url:
        subject["oldUrl"] = old_url
    return {"page": subject}


def media_subject(kind: str, item, page_ids: list[int]) -> dict:
    """A document or image that changed, and the visible pages that use it."""
    url = item.url if kind == "document" else item.file.url
    return {
        kind: {"id": item.pk, "title": item.title, "url": absolute_url(url)},
        "pageIds": page_ids,
    }
