"""A forum's theme is chosen among the themes of the forum's own language."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.models import Locale


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def theme_options(html: bytes) -> dict[str, bool]:
    select = BeautifulSoup(html, "html.parser").select_one('select[name="theme"]')
    return {
        o.get_text(strip=True): o.has_attr("selected")
        for o in select.select("option[value]")
        if o["value"]
    }


@pytest.mark.django_db
def test_a_forum_offers_the_themes_of_its_language(
    editor_client, make_forum, make_translation, translated_theme
):
    housing = translated_theme("housing", en="Housing", fr="Logement", es="Vivienda")
    forum = make_forum("Housing", theme=housing)
    french = make_translation(
        forum, "fr", theme=housing.get_translation(Locale.objects.get(language_code="fr"))
    )

    english_form = editor_client.get(f"/admin/pages/{forum.pk}/edit/").content
    french_form = editor_client.get(f"/admin/pages/{french.pk}/edit/").content

    assert theme_options(english_form) == {"Housing": True}
    assert theme_options(french_form) == {"Logement": True}
