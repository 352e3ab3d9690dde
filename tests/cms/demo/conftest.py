"""The demo, loaded once per worker for every test of this folder.

Loading the demo (pages, knowledge products, themes and their translations) is the slow part of
these tests, and each of them only looks at what it made or changes it inside its own savepoint.
It is loaded twice (loading is idempotent: the second run must not spoil what the first made)
inside a transaction rolled back after the folder's last test. Only demo tests live here, so no
other test ever sees the demo.
"""

from dataclasses import dataclass

import pytest
from django.db import transaction
from wagtail.models import Page, Site
from wagtail_localize.models import Translation

from cms.models import Theme
from tests.cms.demo_loading import load_demo


def counts() -> tuple[int, int, int]:
    return Page.objects.count(), Theme.objects.count(), Translation.objects.count()


@dataclass
class LoadedDemo:
    home: Page
    summary: str  # what the first load reported about the translations
    counts_after_first_load: tuple[int, int, int]


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker) -> LoadedDemo:
    with django_db_blocker.unblock(), transaction.atomic():
        home = Site.objects.get(is_default_site=True).root_page.specific
        summary = load_demo(home)
        first = counts()
        load_demo(home)
        yield LoadedDemo(home, summary, first)
        transaction.set_rollback(True)
