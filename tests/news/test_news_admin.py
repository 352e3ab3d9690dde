"""Editors find articles in a flat admin list, by theme and by date."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_article_list_filters_by_theme_and_date(admin_client, make_article, theme):
    housing = theme("housing")
    make_article("Housing news", datetime.date(2024, 3, 1), themes=[housing])
    make_article("Water news", datetime.date(2023, 3, 1), themes=[theme("water")])

    everything = admin_client.get("/admin/news_articles/")
    by_theme = admin_client.get("/admin/news_articles/", {"themes": housing.pk})
    by_date = admin_client.get(
        "/admin/news_articles/", {"date_from": "2023-01-01", "date_to": "2023-12-31"}
    )

    assert everything.status_code == 200
    content = everything.content.decode()
    assert content.index("Housing news") < content.index("Water news")  # newest first
    assert "Housing news" in by_theme.content.decode()
    assert "Water news" not in by_theme.content.decode()
    assert "Water news" in by_date.content.decode()
    assert "Housing news" not in by_date.content.decode()


@pytest.mark.django_db
def test_theme_filter_offers_each_theme_once_and_matches_every_language(
    admin_client, make_article, translated_theme
):
    housing = translated_theme("housing", en="Housing", fr="Logement", es="Vivienda")
    french_housing = housing.get_translation(Locale.objects.get(language_code="fr"))
    make_article("Logement abordable", datetime.date(2024, 3, 1), themes=[french_housing])
    make_article("Water news", datetime.date(2023, 3, 1))

    listing = admin_client.get("/admin/news_articles/").content.decode()
    by_theme = admin_client.get("/admin/news_articles/", {"themes": housing.pk}).content.decode()

    assert "Housing" in listing
    assert "Logement</label>" not in listing and "Vivienda" not in listing
    assert "Logement abordable" in by_theme and "Water news" not in by_theme
