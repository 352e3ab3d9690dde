"""RSS 2.0 and Atom feeds of published news, newest first: /feeds/news/ and /feeds/news/atom/."""

from __future__ import annotations

import datetime

from cms.feeds import FEED_ITEMS, AtomFeedMixin, ContentFeed, FeedQuery
from cms.graphql.filters import filter_by_theme
from cms.public_urls import absolute_url
from cms.visibility import visible_pages
from news.models import NewsArticle, NewsIndexPage


class NewsFeed(ContentFeed):
    def title(self, obj: FeedQuery) -> str:
        about = f" on {obj.theme.name}" if obj.theme else ""
        return f"Alliance news{about} ({obj.locale})"

    def description(self, obj: FeedQuery) -> str:
        return "The latest news articles of the alliance of cities."

    def link(self, obj: FeedQuery) -> str:
        index = visible_pages(NewsIndexPage.objects.filter(locale__language_code=obj.locale))
        index = index.order_by("path").first()
        return absolute_url(index.get_url(request=obj.request) if index else "/")

    def items(self, obj: FeedQuery) -> list[NewsArticle]:
        articles = (
            visible_pages(NewsArticle.objects.filter(locale__language_code=obj.locale))
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")
            .order_by("-date", "-first_published_at", "-pk")
        )
        if obj.theme is not None:
            articles = filter_by_theme(articles, obj.theme.slug)
        return self.with_links(obj, list(articles[:FEED_ITEMS]))

    def item_pubdate(self, item: NewsArticle) -> datetime.datetime:
        """The article's own date (the one listings sort by), at midnight UTC."""
        return datetime.datetime.combine(item.date, datetime.time.min, tzinfo=datetime.UTC)


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    pass
