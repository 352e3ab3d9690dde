"""RSS 2.0 and Atom feeds of upcoming events: local start times and links to their .ics."""

import xml.etree.ElementTree as ET

import pytest

from tests.conftest import restrict_with_password

from .conftest import days_from_now

ATOM = "{http://www.w3.org/2005/Atom}"
EV = "{http://purl.org/rss/1.0/modules/event/}"


@pytest.fixture
def events(make_event, make_translation, theme):
    water = theme("water")
    forum = make_event(
        "Mayoral forum",
        start=days_from_now(30).replace(microsecond=0),
        time_zone="America/Sao_Paulo",
        venue="Town hall",
        summary="Mayors meet.",
        themes=[water],
    )
    make_event("Webinar on finance", start=days_from_now(10), summary="Online.")
    make_event("Last year's workshop", start=days_from_now(-400))
    make_event("Draft retreat", start=days_from_now(5), publish=False)
    restrict_with_password(make_event("Closed meeting", start=days_from_now(6)))
    make_translation(forum, "fr", title="Forum des maires")
    return forum


@pytest.mark.django_db
def test_rss_lists_upcoming_events_soonest_first_with_local_time_and_ics(client, events):
    response = client.get("/feeds/events/")
    assert response.status_code == 200
    items = ET.fromstring(response.content).findall("./channel/item")

    assert [item.findtext("title") for item in items] == ["Webinar on finance", "Mayoral forum"]
    forum = items[1]
    assert forum.findtext(f"{EV}startdate") == events.start_iso
    assert events.start_iso.endswith("-03:00")  # São Paulo time, not UTC
    assert forum.findtext(f"{EV}location") == "Town hall"
    assert "(America/Sao_Paulo). Mayors meet." in forum.findtext("description")
    calendar = forum.find(f"{ATOM}link")
    assert calendar.get("type") == "text/calendar"
    assert calendar.get("href") == f"http://testserver/events/{events.pk}.ics"
    ics = client.get(calendar.get("href"))
    assert ics.status_code == 200
    assert b"BEGIN:VEVENT" in ics.content


@pytest.mark.django_db
def test_atom_events_per_locale_and_theme(client, events):
    french = ET.fromstring(client.get("/feeds/events/atom/?locale=fr").content)
    water = ET.fromstring(client.get("/feeds/events/atom/?theme=water").content)

    assert [e.findtext(f"{ATOM}title") for e in french.findall(f"{ATOM}entry")] == [
        "Forum des maires"
    ]
    entries = water.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Mayoral forum"]
    links = {link.get("rel"): link.get("type") for link in entries[0].findall(f"{ATOM}link")}
    assert links["related"] == "text/calendar"
    assert entries[0].findtext(f"{EV}startdate") == events.start_iso


@pytest.mark.django_db
def test_drafts_and_restricted_events_never_appear(client, events):
    everything = client.get("/feeds/events/").content + client.get("/feeds/events/atom/").content
    assert b"Draft retreat" not in everything
    assert b"Closed meeting" not in everything
