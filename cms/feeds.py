"""What the RSS 2.0 and Atom feeds of news and events share: request parsing, images, errors.

Feeds are for readers and aggregators that cannot speak GraphQL, so their bad input is plain
HTTP: an unknown `?locale=` is a 400 naming the known codes, an unknown `?theme=` a 404, each
with a one-line explanation, never a 500. Items come from `cms.visibility` like every other
read path, so a draft or restricted page never reaches a feed.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.http import HttpRequest, HttpResponse
from django.utils.feedgenerator import Atom1Feed, Enclosure

from cms.localization import content_languages, default_language
from cms.models import Theme
from cms.public_urls import absolute_url

FEED_ITEMS = 50
LEAD_IMAGE_FILTER = "fill-1280x720"


class FeedRequestError(Exception):
    """A feed request the client got wrong: answered with `status` and `message` as text."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class FeedQuery:
    """What one feed request asked for: the items' locale and, optionally, a theme."""

    request: HttpRequest
    locale: str
    theme: Theme | None


def parse_feed_query(request: HttpRequest) -> FeedQuery:
    locale = request.GET.get("locale") or default_language()
    if locale not in content_languages():
        known = ", ".join(content_languages())
        raise FeedRequestError(400, f"Unknown locale {locale!r}. Known locales: {known}.")
    theme = None
    slug = request.GET.get("theme")
    if slug:
        themes = Theme.objects.filter(slug=slug)
        theme = themes.filter(locale__language_code=locale).first() or themes.first()
        if theme is None:
            raise FeedRequestError(404, f"No theme {slug!r}: use a theme slug, e.g. housing.")
    return FeedQuery(request=request, locale=locale, theme=theme)


class ContentFeed(Feed):
    """RSS 2.0 of published pages in one locale; `AtomFeedMixin` turns a subclass into Atom."""

    def __call__(self, request, *args, **kwargs):
        try:
            return super().__call__(request, *args, **kwargs)
        except FeedRequestError as error:
            return HttpResponse(
                error.message + "\n", status=error.status, content_type="text/plain; charset=utf-8"
            )

    def get_object(self, request, *args, **kwargs) -> FeedQuery:
        return parse_feed_query(request)

    def feed_url(self, obj: FeedQuery) -> str:
        return obj.request.get_full_path()

    def get_feed(self, obj: FeedQuery, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = obj.locale  # Django takes it from the settings otherwise
        return feed

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.summary

    def item_link(self, item) -> str:
        return item.feed_url

    def item_guid(self, item) -> str:
        return f"urn:alliance-cms:page:{item.pk}"

    item_guid_is_permalink = False

    def item_updateddate(self, item):
        return item.last_published_at

    def item_enclosures(self, item) -> list[Enclosure]:
        """The lead image as an enclosure (RSS) or `rel="enclosure"` link (Atom)."""
        return [item.feed_image] if getattr(item, "feed_image", None) else []

    def with_links(self, obj: FeedQuery, items: list) -> list:
        """Give each item its absolute public URL and lead image: item methods see no request."""
        for item in items:
            item.feed_url = absolute_url(item.get_url(request=obj.request))
            item.feed_image = lead_image_enclosure(item.lead_image)
        return items


def lead_image_enclosure(image) -> Enclosure | None:
    if image is None:
        return None
    rendition = image.get_rendition(LEAD_IMAGE_FILTER)
    mime_type = mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg"
    return Enclosure(absolute_url(rendition.url), str(rendition.file.size), mime_type)


class AtomFeedMixin:
    """The same feed as Atom 1.0: the description becomes the subtitle."""

    feed_type = Atom1Feed

    def subtitle(self, obj: FeedQuery) -> str:
        return self.description(obj)
