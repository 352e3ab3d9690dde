"""Upcoming-event feeds, mounted under /feeds/ by the project's URLconf: RSS 2.0, and Atom
under atom/."""

from django.urls import path

from .feeds import EventsAtomFeed, EventsFeed

urlpatterns = [
    path("events/", EventsFeed(), name="events_feed"),
    path("events/atom/", EventsAtomFeed(), name="events_atom_feed"),
]
