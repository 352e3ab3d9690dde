"""Editors can open the add and edit forms of every page type and snippet in Wagtail admin."""

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail.snippets.models import get_snippet_models

PROJECT_APPS = {"cms", "home", "news", "events", "cities", "knowledge", "forums"}


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


def a_valid_parent(model, home) -> Page | None:
    """Build the chain of parents `model` needs under the home page, using each type's rules."""
    if model.can_create_at(home):
        return home
    for parent_model in model.allowed_parent_page_models():
        if parent_model._meta.app_label not in PROJECT_APPS:
            continue
        grandparent = a_valid_parent(parent_model, home)
        if grandparent is not None:
            parent = parent_model(
                title=f"{parent_model.__name__} parent", slug=parent_model.__name__.lower()
            )
            grandparent.add_child(instance=parent)
            return parent
    return None


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model",
    [
        m
        for m in get_page_models()
        if m._meta.app_label in PROJECT_APPS and m.__name__ != "HomePage"
    ],
    ids=lambda m: m.__name__,
)
def test_add_form_of_every_page_type_opens(editor_client, home, model):
    parent = a_valid_parent(model, home)
    assert parent is not None, f"{model.__name__} cannot be placed anywhere under the home page"
    url = reverse(
        "wagtailadmin_pages:add",
        args=(model._meta.app_label, model._meta.model_name, parent.pk),
    )
    response = editor_client.get(url)
    assert response.status_code == 200


@pytest.mark.django_db
def test_home_page_edit_form_opens(editor_client, home):
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(home.pk,)))
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model",
    [m for m in get_snippet_models() if m._meta.app_label in PROJECT_APPS],
    ids=lambda m: m.__name__,
)
def test_snippet_listing_and_add_form_open(editor_client, model):
    viewset = model.snippet_viewset
    assert editor_client.get(reverse(viewset.get_url_name("list"))).status_code == 200
    assert editor_client.get(reverse(viewset.get_url_name("add"))).status_code == 200


def test_every_project_app_is_installed():
    assert PROJECT_APPS <= {app.label for app in apps.get_app_configs()}
