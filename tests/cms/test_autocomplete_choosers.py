"""The admin's autocomplete choosers offer one row per translation group: typing "Lyo" offers
Lyon once, the default locale's row, which is the one pages link."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from cms.models import Person

SEARCH_URL = "/admin/autocomplete/search/"


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def suggestions(client, model: str, query: str) -> list[dict]:
    response = client.post(SEARCH_URL, {"type": model, "query": query})
    assert response.status_code == 200
    return response.json()["items"]


@pytest.mark.django_db
def test_a_city_is_offered_once_whatever_its_translations(
    editor_client, make_city, make_translation
):
    lyon = make_city("Lyon")
    make_translation(lyon, "fr")
    make_city("Lyonnaise draft", publish=False)
    make_city("Quito", country="EC")

    assert suggestions(editor_client, "cities.CityProfilePage", "lyo") == [
        {"pk": lyon.pk, "title": "Lyon"}
    ]


@pytest.mark.django_db
def test_a_person_is_offered_once_by_name(editor_client):
    joan = Person.objects.create(name="Joan Clos", role="Mayor")
    joan.copy_for_translation(Locale.objects.get(language_code="es")).save()

    assert suggestions(editor_client, "cms.Person", "clos") == [
        {"pk": joan.pk, "title": "Joan Clos"}
    ]


@pytest.mark.django_db
def test_searching_needs_admin_access(client, make_city):
    make_city("Lyon")
    response = client.post(SEARCH_URL, {"type": "cities.CityProfilePage", "query": "lyo"})
    assert response.status_code == 302
