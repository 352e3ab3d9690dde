"""News feeds, mounted under /feeds/ by the project's URLconf: RSS 2.0, and Atom under atom/."""

from django.urls import path

from .feeds import NewsAtomFeed, NewsFeed

urlpatterns = [
    path("news/", NewsFeed(), name="news_feed"),
    path("news/atom/", NewsAtomFeed(), name="news_atom_feed"),
]
