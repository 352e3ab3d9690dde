"""The demo leaves a consistent page tree, so editors can go on translating it.

A stored `numchild` that disagrees with the tree is not cosmetic: treebeard trusts it to place
the next child (a page it believes childless gets the first child's path, which is taken) and
to list children (a page it believes childless has none, so French navigation loses sections).

The demo is loaded twice, once for the folder (conftest.py); each test runs in a savepoint.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Locale, Page


@pytest.fixture
def loaded(demo, db):
    return demo.home


def children_in_tree(page: Page) -> int:
    """Count the children from their paths, not from `numchild` as `get_children` does."""
    return Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()


def test_treebeard_finds_no_problems(loaded):
    assert Page.find_problems() == ([], [], [], [], [])


def test_fixtree_has_nothing_to_fix(loaded):
    out = io.StringIO()
    call_command("fixtree", interactive=False, stdout=out)
    assert out.getvalue().count("No problems found.") == 2, out.getvalue()  # pages, collections


def test_translated_sections_list_their_children(loaded):
    french = Locale.objects.get(language_code="fr")
    sections = [page for page in Page.objects.filter(locale=french) if children_in_tree(page)]
    assert {page.slug for page in sections} >= {"accueil", "a-propos", "actualites", "ressources"}
    for page in sections:
        assert page.get_children().count() == page.numchild == children_in_tree(page), page


def test_every_page_can_be_translated_into_french(client, loaded):
    """What an editor's "Translate this page" does, page after page, each request committed."""
    client.force_login(get_user_model().objects.create_superuser("editor", "e@example.org", "pw"))
    french = Locale.objects.get(language_code="fr")
    untranslated = [
        page
        for page in Page.objects.filter(locale=Locale.get_default(), depth__gt=1).order_by("path")
        if page.get_translation_or_none(french) is None
    ]
    assert untranslated  # the demo translates only a few articles and knowledge products
    for page in untranslated:
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = client.post(url, {"locales": [french.pk]})
        assert response.status_code == 302, page
        parent = page.get_translation(french).get_parent()
        assert parent.numchild == children_in_tree(parent), parent
    assert Page.find_problems() == ([], [], [], [], [])
