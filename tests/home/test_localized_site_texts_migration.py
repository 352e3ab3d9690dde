"""Upgrading keeps what editors saved: site texts and footer links move to the default-locale
SiteTexts, and going back restores them on SiteSettings."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("home", "0002_create_homepage")]
AFTER = [("home", "0005_site_texts_only")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_site_settings_texts_are_copied_to_default_locale_site_texts_and_back():
    old = migrate(BEFORE)
    site = old.get_model("wagtailcore", "Site").objects.get(is_default_site=True)
    settings = old.get_model("home", "SiteSettings").objects.create(
        site_id=site.pk,
        name="Alliance",
        tagline="Cities against poverty",
        contact_address="Geneva",
        contact_email="info@alliance.example",
    )
    old.get_model("home", "FooterLink").objects.create(
        settings=settings, label="Partner", url="https://partner.test/", sort_order=0
    )

    new = migrate(AFTER)
    texts = new.get_model("home", "SiteTexts").objects.get()
    assert (texts.site_id, texts.locale.language_code, texts.live) == (site.pk, "en", True)
    assert (texts.name, texts.tagline, texts.contact_address) == (
        "Alliance",
        "Cities against poverty",
        "Geneva",
    )
    link = new.get_model("home", "FooterLink").objects.get()
    assert (link.texts_id, link.label, link.locale_id) == (texts.pk, "Partner", texts.locale_id)
    assert new.get_model("home", "SiteSettings").objects.get().contact_email == (
        "info@alliance.example"
    )

    old = migrate(BEFORE)
    settings = old.get_model("home", "SiteSettings").objects.get()
    assert (settings.name, settings.contact_address) == ("Alliance", "Geneva")
    assert old.get_model("home", "FooterLink").objects.get().settings_id == settings.pk

    migrate(AFTER)
