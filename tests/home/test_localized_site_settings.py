"""`siteSettings(locale)`: translatable site texts (a SiteTexts snippet per locale) and footer
links that go to the linked page's translation."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from cms.demo_utils import demo_image
from home.models import ContentPage, FooterLink, SiteSettings, SiteTexts
from tests.conftest import add_child, restrict_with_password, translate

pytestmark = pytest.mark.django_db

SETTINGS = """query ($locale: String) {
  siteSettings(locale: $locale) {
    name tagline contactAddress contactEmail locale direction isFallback
    logo { url }
    footerLinks { label url isFallback }
  }
}"""

FRENCH = {
    "Alliance of cities": "Alliance des villes",
    "Cities against poverty": "Les villes contre la pauvreté",
    "Geneva": "Genève",
    "About us": "À propos",
    "Contact": "Contact",
}


def locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


@pytest.fixture
def site_texts(home):
    """English texts with footer links to: a page translated to French, one that is not, one
    whose French translation is a draft, a restricted one, and an external site."""
    site = Site.objects.get(is_default_site=True)
    SiteSettings.objects.create(
        site=site, contact_email="info@alliance.example", logo=demo_image("Logo", 400, 200)
    )
    about = add_child(home, ContentPage(title="About", slug="about"))
    contact = add_child(home, ContentPage(title="Contact", slug="contact"))
    terms = add_child(home, ContentPage(title="Terms", slug="terms"))
    staff = add_child(home, ContentPage(title="Staff", slug="staff"))
    restrict_with_password(staff)
    translate(about, "fr", title="À propos", slug="a-propos")
    translate(about, "ar", title="من نحن")
    translate(terms, "fr", publish=False, title="SECRET conditions", slug="conditions")
    texts = SiteTexts.objects.create(
        site=site,
        locale=Locale.get_default(),
        name="Alliance of cities",
        tagline="Cities against poverty",
        contact_address="Geneva",
    )
    links = [
        ("About us", about, ""),
        ("Contact", contact, ""),
        ("Terms", terms, ""),
        ("Staff", staff, ""),
        ("UN partner", None, "https://partner.test/"),
    ]
    for order, (label, page, url) in enumerate(links):
        FooterLink.objects.create(texts=texts, label=label, page=page, url=url, sort_order=order)
    return texts


def translate_texts(texts: SiteTexts, code: str, labels: dict[str, str], **fields) -> SiteTexts:
    """A published translation of `texts`, made the way wagtail-localize copies a snippet."""
    translated = texts.copy_for_translation(locale(code))
    for name, value in fields.items():
        setattr(translated, name, value)
    for link in translated.footer_links.all():
        link.label = labels.get(link.label, link.label)
    translated.save()
    return translated


def settings(gql, code=None) -> dict:
    return gql.data(SETTINGS, {"locale": code})["siteSettings"]


def test_default_locale_texts_are_english_and_not_a_fallback(gql, site_texts):
    data = settings(gql)
    assert (data["name"], data["locale"], data["isFallback"]) == ("Alliance of cities", "en", False)
    assert [link["label"] for link in data["footerLinks"]] == [
        "About us",
        "Contact",
        "Terms",
        "UN partner",
    ]


def test_translated_texts_answer_in_the_requested_locale(gql, site_texts):
    translate_texts(
        site_texts,
        "fr",
        {"About us": "À propos"},
        name="Alliance des villes",
        tagline="Les villes contre la pauvreté",
        contact_address="Genève",
    )
    data = settings(gql, "fr")
    assert data["name"] == "Alliance des villes"
    assert data["tagline"] == "Les villes contre la pauvreté"
    assert data["contactAddress"] == "Genève"
    assert (data["locale"], data["direction"], data["isFallback"]) == ("fr", "LTR", False)
    # language-independent parts are shared by every locale
    assert data["contactEmail"] == "info@alliance.example"
    assert data["logo"]["url"] == settings(gql)["logo"]["url"]


def test_footer_links_go_to_the_pages_translation_when_visible(gql, site_texts):
    translate_texts(site_texts, "fr", {"About us": "À propos"}, name="Alliance des villes")
    links = settings(gql, "fr")["footerLinks"]
    assert links == [
        {"label": "À propos", "url": "/fr/a-propos/", "isFallback": False},
        {"label": "Contact", "url": "/contact/", "isFallback": True},  # not translated
        {"label": "Terms", "url": "/terms/", "isFallback": True},  # French one is a draft
        {"label": "UN partner", "url": "https://partner.test/", "isFallback": False},
    ]
    assert "SECRET" not in str(links) and "conditions" not in str(links)


def test_missing_texts_fall_back_along_the_chain(gql, site_texts):
    data = settings(gql, "es")
    assert (data["name"], data["locale"], data["isFallback"]) == ("Alliance of cities", "en", True)
    assert data["footerLinks"][0] == {"label": "About us", "url": "/about/", "isFallback": True}


@override_settings(CONTENT_LOCALE_FALLBACKS={"es": ["fr"]})
def test_fallback_chain_setting_is_followed(gql, site_texts):
    translate_texts(site_texts, "fr", {}, name="Alliance des villes")
    data = settings(gql, "es")
    assert (data["name"], data["locale"], data["isFallback"]) == ("Alliance des villes", "fr", True)
    # the footer's page links follow the same chain: the French page for a Spanish reader
    assert data["footerLinks"][0]["url"] == "/fr/a-propos/"
    assert data["footerLinks"][0]["isFallback"] is True


def test_arabic_texts_are_right_to_left(gql, site_texts):
    translate_texts(site_texts, "ar", {"About us": "من نحن"}, name="تحالف المدن")
    data = settings(gql, "ar")
    assert (data["name"], data["locale"], data["direction"]) == ("تحالف المدن", "ar", "RTL")
    assert data["footerLinks"][0]["label"] == "من نحن"
    assert data["footerLinks"][0]["url"].startswith("/ar/")


def test_texts_for_another_site_are_not_used(gql, site_texts, home):
    other = Site.objects.create(hostname="other.test", root_page=home)
    SiteTexts.objects.create(site=other, locale=locale("fr"), name="Autre site")
    assert settings(gql, "fr")["name"] == "Alliance of cities"


def test_editor_translation_workflow_with_a_po_file(
    gql, site_texts, django_capture_on_commit_callbacks
):
    """Translate in wagtail-localize: the draft is never served; once the PO file is filled
    in and the translation published, French readers get it."""
    source, _ = TranslationSource.get_or_create_from_instance(site_texts)
    translation = Translation.objects.create(source=source, target_locale=locale("fr"))
    translation.save_target(publish=False)
    draft = SiteTexts.objects.get(locale=locale("fr"))
    assert not draft.live
    assert settings(gql, "fr")["isFallback"] is True

    po = translation.export_po()
    assert {entry.msgid for entry in po} >= set(FRENCH)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, "")
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):  # publishing waits for a commit
        translation.save_target(publish=True)

    data = settings(gql, "fr")
    assert (data["name"], data["contactAddress"], data["isFallback"]) == (
        "Alliance des villes",
        "Genève",
        False,
    )
    assert data["footerLinks"][0] == {
        "label": "À propos",
        "url": "/fr/a-propos/",
        "isFallback": False,
    }


def test_unpublished_changes_to_published_texts_are_not_served(gql, site_texts):
    french = translate_texts(site_texts, "fr", {}, name="Alliance des villes")
    french.name = "SECRET nouveau nom"
    french.save_revision()
    assert settings(gql, "fr")["name"] == "Alliance des villes"


def test_unpublished_translation_is_not_served(gql, site_texts):
    french = translate_texts(site_texts, "fr", {}, name="SECRET Alliance")
    french.unpublish()
    data = settings(gql, "fr")
    assert (data["name"], data["isFallback"]) == ("Alliance of cities", True)


def test_grapple_setting_field_answers_in_the_default_locale(gql, site_texts):
    translate_texts(site_texts, "fr", {}, name="Alliance des villes")
    data = gql.data('{ setting(name: "SiteSettings") { ... on SiteSettings { name locale } } }')
    assert data["setting"] == {"name": "Alliance of cities", "locale": "en"}


def test_defaults_when_nothing_was_saved_are_in_the_default_language(gql, home):
    data = gql.data('{ siteSettings(locale: "fr") { name locale isFallback footerLinks { url } } }')
    assert data["siteSettings"] == {
        "name": "World Alliance of Cities Against Poverty",
        "locale": "en",
        "isFallback": True,
        "footerLinks": [],
    }
    assert not SiteTexts.objects.exists()  # reading never writes


def test_unknown_locale_is_a_typed_error(gql, site_texts):
    result = gql.execute(SETTINGS, {"locale": "xx"})
    assert result["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "locale"}
    assert result["data"] is None


def test_query_count_does_not_grow_with_links(gql, site_texts, home):
    french = translate_texts(site_texts, "fr", {}, name="Alliance des villes")
    SiteSettings.objects.get().logo.get_renditions("original")
    _, few = gql.count_queries(SETTINGS, {"locale": "fr"})
    for i in range(10):
        page = add_child(home, ContentPage(title=f"Extra {i}", slug=f"extra-{i}"))
        translate(page, "fr", title=f"Extra fr {i}", slug=f"extra-fr-{i}")
        FooterLink.objects.create(texts=french, label=f"Extra {i}", page=page, sort_order=10 + i)
    data, many = gql.count_queries(SETTINGS, {"locale": "fr"})
    assert len(data["siteSettings"]["footerLinks"]) == 14
    assert data["siteSettings"]["footerLinks"][-1]["url"] == "/fr/extra-fr-9/"
    assert [few, many] == [8] * 2


def test_editors_edit_texts_and_settings_and_submit_texts_for_translation(client, site_texts):
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(editor)
    edit_texts = reverse("wagtailsnippets_home_sitetexts:edit", args=[site_texts.pk])
    assert "Alliance of cities" in client.get(edit_texts).content.decode()
    site = site_texts.site
    edit_settings = reverse("wagtailsettings:edit", args=["home", "sitesettings", site.pk])
    assert "info@alliance.example" in client.get(edit_settings).content.decode()

    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "sitetexts", site_texts.pk]
    )
    response = client.post(submit, {"locales": [locale("fr").pk]})
    assert response.status_code == 302
    french = SiteTexts.objects.get(locale=locale("fr"))
    assert not french.live  # a new translation starts as a draft
    assert [link.locale_id for link in french.footer_links.all()] == [locale("fr").pk] * 5
