"""Translating a section "including subtree" leaves a tree treebeard can keep building on,
whether new translations start as drafts (this project's setting) or are published at once.

Published at once, wagtail-localize publishes each new translation after the transaction
commits, from the page object it saved before that page's translated children existed, and
the publish wrote the stale child count 0 back (wagtail-localize#773): the French section
listed no children, and the next page added under it collided with an existing path.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import ContentPage, SectionPage


@pytest.fixture
def section(home, make_page):
    section = make_page(home, SectionPage(title="Programmes", slug="programmes"))
    for name in ("Housing", "Water"):
        topic = make_page(section, ContentPage(title=name, slug=name.lower()))
        make_page(topic, ContentPage(title=f"{name} toolkit", slug=f"{name.lower()}-toolkit"))
    return section


@pytest.mark.django_db
@pytest.mark.parametrize("live", [False, True], ids=["as-drafts", "published-at-once"])
def test_a_section_translated_with_its_subtree_keeps_its_children(
    admin_client, home, section, committed, settings, live
):
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = live
    french = Locale.objects.get(language_code="fr")
    with committed():
        admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[home.pk]),
            {"locales": [french.pk]},
        )
    with committed():
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[section.pk]),
            {"locales": [french.pk], "include_subtree": "on"},
        )
    assert response.status_code == 302
    assert Page.find_problems() == ([], [], [], [], [])
    french_section = section.get_translation(french)
    assert [p.title for p in french_section.get_children()] == ["Housing", "Water"]
    french_section.add_child(instance=ContentPage(title="Sanitation", slug="sanitation"))
    assert french_section.get_children().count() == 3
