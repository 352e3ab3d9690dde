"""Editors type an event's times as wall-clock times of the event's own time zone."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from events.models import EventPage

from .conftest import at


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")


def event_form(editor, parent, instance, **fields):
    form_class = EventPage.get_edit_handler().get_form_class()
    data = nested_form_data(
        {
            "title": "Forum",
            "slug": "forum",
            "event_type": "mayoral_forum",
            "time_zone": "Europe/Paris",
            "body": streamfield([]),
            "comments": inline_formset([]),
            **fields,
        }
    )
    return form_class(data, instance=instance, parent_page=parent, for_user=editor)


@pytest.mark.django_db
def test_typed_times_are_read_in_the_event_time_zone(editor, events_index):
    form = event_form(
        editor,
        events_index,
        EventPage(),
        start="2030-06-01 09:00",
        end="2030-06-01 17:00",
        time_zone="Asia/Manila",
    )

    assert form.is_valid(), form.errors
    event = form.save(commit=False)
    assert event.start == at(2030, 6, 1, 9, 0, tz="Asia/Manila")
    assert event.end.astimezone(datetime.UTC) == at(2030, 6, 1, 9, 0)


@pytest.mark.django_db
def test_the_editor_time_zone_does_not_matter(editor, events_index):
    with timezone.override("America/Los_Angeles"):
        form = event_form(editor, events_index, EventPage(), start="2030-06-01 09:00")
        assert form.is_valid(), form.errors

    assert form.save(commit=False).start == at(2030, 6, 1, 9, 0, tz="Europe/Paris")


@pytest.mark.django_db
def test_stored_times_are_shown_in_the_event_time_zone(editor, make_event, events_index):
    event = make_event(
        "Forum", start=at(1998, 10, 5, 9, 0, tz="Europe/Paris"), time_zone="Europe/Paris"
    )

    form_class = EventPage.get_edit_handler().get_form_class()
    form = form_class(instance=event, parent_page=events_index, for_user=editor)

    assert form["start"].value() == datetime.datetime(1998, 10, 5, 9, 0)
    assert 'value="1998-10-05 09:00"' in str(form["start"])


@pytest.mark.django_db
def test_end_before_start_is_refused(editor, events_index):
    form = event_form(
        editor, events_index, EventPage(), start="2030-06-01 09:00", end="2030-05-01 09:00"
    )

    assert not form.is_valid()
    assert "end" in form.errors
