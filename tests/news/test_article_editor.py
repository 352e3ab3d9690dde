"""The article editor: themes of the article's own language, related cities by autocomplete."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.models import Theme
from tests.rendered_forms import rendered_form_data


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def water(translated_theme):
    return translated_theme(
        "water", en="Water and sanitation", es="Agua y saneamiento", fr="Eau et assainissement"
    )


def theme_choices(html: bytes) -> dict[str, bool]:
    """Label -> checked, for each theme checkbox of the form."""
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select('select[name="themes"]') == []
    return {
        box.find_parent("label").get_text(strip=True): box.has_attr("checked")
        for box in soup.select('input[type="checkbox"][name="themes"]')
    }


def edit_url(page) -> str:
    return f"/admin/pages/{page.pk}/edit/"


def latest_draft(page):
    return type(page).objects.get(pk=page.pk).get_latest_revision_as_object()


def scripted_fields() -> dict:
    """What the admin's scripts add to a submitted page form: the (empty) body's block count."""
    return {name: [value] for name, value in nested_form_data({"body": streamfield([])}).items()}


@pytest.mark.django_db
def test_an_english_article_offers_english_themes_only(editor_client, make_article, water):
    article = make_article("Standpipes", themes=[water])

    choices = theme_choices(editor_client.get(edit_url(article)).content)

    assert choices == {"Water and sanitation": True}


@pytest.mark.django_db
def test_a_french_translation_offers_french_themes_and_saves(
    editor_client, make_article, make_translation, water, theme
):
    article = make_article("Standpipes", themes=[water, theme("untranslated")])
    french = make_translation(article, "fr", title="Bornes-fontaines")
    url = edit_url(french)

    response = editor_client.get(url)
    # Its themes are the source's rows; each shows as its French translation, or as itself.
    assert theme_choices(response.content) == {
        "Eau et assainissement": True,
        "Untranslated": True,
    }
    data = rendered_form_data(response.content, "form#page-edit-form")
    response = editor_client.post(url, {**data, **scripted_fields()})

    assert response.status_code == 302, response.context["form"].errors
    saved = latest_draft(french)
    assert {t.name for t in saved.themes.all()} == {"Eau et assainissement", "Untranslated"}


@pytest.mark.django_db
def test_a_new_article_offers_the_themes_of_its_parent_language(
    editor_client, news_index, make_translation, water
):
    french_index = make_translation(news_index, "fr")

    response = editor_client.get(f"/admin/pages/add/news/newsarticle/{french_index.pk}/")

    assert theme_choices(response.content) == {"Eau et assainissement": False}


@pytest.mark.django_db
def test_a_theme_of_another_language_is_refused(editor_client, make_article, water):
    article = make_article("Standpipes")
    url = edit_url(article)
    data = rendered_form_data(editor_client.get(url).content, "form#page-edit-form")
    spanish = Theme.objects.get(name="Agua y saneamiento")

    response = editor_client.post(url, {**data, **scripted_fields(), "themes": [spanish.pk]})

    assert response.status_code == 200
    assert "themes" in response.context["form"].errors


@pytest.mark.django_db
def test_related_cities_are_chosen_by_autocomplete(editor_client, make_article, make_city):
    quito = make_city("Quito", country="EC")
    lyon = make_city("Lyon")
    for n in range(30):
        make_city(f"City {n}")
    article = make_article("Standpipes", cities=[quito])
    url = edit_url(article)

    response = editor_client.get(url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select('select[name="related_cities"]') == []
    widget = soup.select_one('[data-autocomplete-input-name="related_cities"]')
    assert json.loads(widget["data-autocomplete-input-value"]) == [
        {"pk": quito.pk, "title": "Quito"}
    ]

    # The widget's script submits the chosen cities as JSON in a field of that name.
    data = rendered_form_data(response.content, "form#page-edit-form")
    chosen = json.dumps([{"pk": quito.pk, "title": "Quito"}, {"pk": lyon.pk, "title": "Lyon"}])
    response = editor_client.post(url, {**data, **scripted_fields(), "related_cities": chosen})

    assert response.status_code == 302
    saved = latest_draft(article)
    assert {c.title for c in saved.related_cities.all()} == {"Quito", "Lyon"}
