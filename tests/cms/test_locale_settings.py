"""The content languages and fallback chains are settings: adding a language needs no code."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from cms.checks import check_content_languages
from cms.localization import ensure_locales, fallback_chain

WITH_PORTUGUESE = [("en", "English"), ("fr", "French"), ("es", "Spanish"), ("pt", "Portuguese")]


@override_settings(
    LANGUAGES=WITH_PORTUGUESE,
    WAGTAIL_CONTENT_LANGUAGES=WITH_PORTUGUESE,
    CONTENT_LOCALE_FALLBACKS={"pt": ["es"]},
)
def test_a_new_language_is_a_setting_away(gql, home):
    assert ensure_locales() == ["pt"]
    assert Locale.objects.filter(language_code="pt").exists()
    locales = gql.data("{ locales { code nativeName fallbacks } }")["locales"]
    assert locales[-1] == {"code": "pt", "nativeName": "Português", "fallbacks": ["es", "en"]}
    page = gql.data('{ page(urlPath: "/", locale: "pt") { title isFallback } }')["page"]
    assert page == {"title": home.title, "isFallback": True}


def test_migrate_creates_the_missing_locales(db):
    Locale.objects.filter(language_code="ru").delete()
    call_command("migrate", verbosity=0)
    assert set(Locale.objects.values_list("language_code", flat=True)) >= {
        "en",
        "fr",
        "es",
        "ar",
        "zh-hans",
        "ru",
    }


@pytest.mark.parametrize(
    ("fallbacks", "chain"),
    [({}, ["es", "en"]), ({"es": ["fr"]}, ["es", "fr", "en"]), ({"es": ["en"]}, ["es", "en"])],
)
def test_fallback_chain_ends_with_the_default_language(fallbacks, chain):
    with override_settings(CONTENT_LOCALE_FALLBACKS=fallbacks):
        assert fallback_chain("es") == chain
    assert fallback_chain("en") == ["en"]


@override_settings(CONTENT_LOCALE_FALLBACKS={"es": ["pt"]})
def test_a_typo_in_the_fallbacks_stops_startup_with_a_clear_error():
    errors = check_content_languages()
    assert [error.id for error in errors] == ["cms.E102"]
    assert "unknown languages: pt" in errors[0].msg
