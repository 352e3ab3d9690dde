"""The knowledge product editor has no long plain multi-select: authors and related cities are
autocomplete choosers, themes (of the product's language) and regions are checkboxes."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from .conftest import region


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_relations_are_choosers_or_checkboxes(
    editor_client, make_product, make_city, person, translated_theme
):
    water = translated_theme("water", en="Water and sanitation", es="Agua y saneamiento")
    product = make_product(
        "Slum upgrading toolkit",
        themes=[water],
        authors=[person("Joan Clos")],
        regions=[region("africa")],
        cities=[make_city("Lyon")],
    )

    soup = BeautifulSoup(
        editor_client.get(f"/admin/pages/{product.pk}/edit/").content, "html.parser"
    )

    assert soup.select("select[multiple]") == []
    for name, title in (("authors", "Joan Clos"), ("related_cities", "Lyon")):
        widget = soup.select_one(f'[data-autocomplete-input-name="{name}"]')
        assert [item["title"] for item in json.loads(widget["data-autocomplete-input-value"])] == [
            title
        ]
    themes = [
        box.find_parent("label").get_text(strip=True) for box in soup.select('[name="themes"]')
    ]
    assert themes == ["Water and sanitation"]
    assert soup.select_one('input[type="checkbox"][name="regions"][checked]') is not None
