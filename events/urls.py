"""iCalendar exports, mounted at /events/ (see cms/urls.py); other paths fall through to pages."""

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<int:pk>.ics", views.event_ics, name="event_ics"),
    path("<int:pk>/calendar.ics", views.index_ics, name="index_ics"),
]
