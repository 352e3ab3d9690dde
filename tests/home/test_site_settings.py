"""Site settings: identity, contact and links a frontend shows in every header and footer."""

import pytest
from wagtail.models import Locale, PageViewRestriction, Site

from cms.demo_utils import demo_image
from home.models import ContentPage, FooterLink, SiteSettings, SiteTexts, SocialLink

SETTINGS = """{
  siteSettings {
    name tagline contactEmail contactPhone contactAddress
    logo { url srcSet(sizes: [320]) }
    socialLinks { network url }
    footerLinks { label url }
  }
}"""


@pytest.fixture
def settings_with_links(home, make_page):
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.objects.create(
        site=site,
        contact_email="info@alliance.example",
        contact_phone="+41 22 000 00 00",
        logo=demo_image("Logo", 400, 200),
    )
    # Since issue 4 the texts (and footer links) are a translatable snippet, one per locale.
    texts = SiteTexts.objects.create(
        site=site,
        locale=Locale.get_default(),
        name="Alliance",
        tagline="Cities against poverty",
        contact_address="Geneva",
    )
    open_page = make_page(home, ContentPage(title="Privacy", slug="privacy"))
    draft = make_page(home, ContentPage(title="Draft terms", slug="terms"), publish=False)
    locked = make_page(home, ContentPage(title="Staff only", slug="staff"))
    PageViewRestriction.objects.create(page=locked, restriction_type=PageViewRestriction.LOGIN)
    SocialLink.objects.create(
        settings=settings, network="linkedin", url="https://linkedin.test/a", sort_order=0
    )
    SocialLink.objects.create(settings=settings, network="x", url="https://x.test/a", sort_order=1)
    for order, (label, page, url) in enumerate(
        [
            ("Privacy", open_page, ""),
            ("Terms (draft)", draft, ""),
            ("Staff", locked, ""),
            ("UN partner", None, "https://partner.test/"),
        ]
    ):
        FooterLink.objects.create(texts=texts, label=label, page=page, url=url, sort_order=order)
    return settings


@pytest.mark.django_db
def test_site_settings_are_served(gql, settings_with_links):
    data = gql.data(SETTINGS)["siteSettings"]
    assert data["name"] == "Alliance"
    assert data["tagline"] == "Cities against poverty"
    assert data["contactEmail"] == "info@alliance.example"
    assert data["logo"]["url"].endswith(".jpg")
    assert data["socialLinks"] == [
        {"network": "linkedin", "url": "https://linkedin.test/a"},
        {"network": "x", "url": "https://x.test/a"},
    ]


@pytest.mark.django_db
def test_footer_links_to_hidden_pages_are_left_out(gql, settings_with_links):
    links = gql.data(SETTINGS)["siteSettings"]["footerLinks"]
    assert links == [
        {"label": "Privacy", "url": "/privacy/"},
        {"label": "UN partner", "url": "https://partner.test/"},
    ]


@pytest.mark.django_db
def test_grapple_setting_fields_hide_them_too(gql, settings_with_links):
    query = """{
      setting(name: "SiteSettings") { ... on SiteSettings { footerLinks { label url } } }
      settings { ... on SiteSettings { footerLinks { label } } }
    }"""
    data = gql.data(query)
    assert [link["label"] for link in data["setting"]["footerLinks"]] == ["Privacy", "UN partner"]
    assert [link["label"] for link in data["settings"][0]["footerLinks"]] == [
        "Privacy",
        "UN partner",
    ]


@pytest.mark.django_db
def test_unpublishing_a_linked_page_hides_its_link(gql, settings_with_links):
    ContentPage.objects.get(slug="privacy").unpublish()
    links = gql.data(SETTINGS)["siteSettings"]["footerLinks"]
    assert [link["label"] for link in links] == ["UN partner"]


@pytest.mark.django_db
def test_defaults_when_nothing_was_saved(gql, home):
    data = gql.data("{ siteSettings { name footerLinks { label } socialLinks { url } } }")
    assert data["siteSettings"] == {
        "name": "World Alliance of Cities Against Poverty",
        "footerLinks": [],
        "socialLinks": [],
    }
    assert not SiteSettings.objects.exists()  # reading never writes
    assert not SiteTexts.objects.exists()


@pytest.mark.django_db
def test_unknown_site_is_not_found(gql, home):
    result = gql.execute('{ siteSettings(site: "nowhere.test") { name } }')
    assert result["errors"][0]["extensions"]["code"] == "NOT_FOUND"


@pytest.mark.django_db
def test_site_argument_picks_that_sites_settings(gql, home):
    site = Site.objects.get(is_default_site=True)
    SiteTexts.objects.create(site=site, locale=Locale.get_default(), name="Main")
    data = gql.data('{ siteSettings(site: "localhost") { name } }')
    assert data["siteSettings"]["name"] == "Main"


@pytest.mark.django_db
def test_query_count_does_not_grow_with_links(gql, settings_with_links, home, make_page):
    settings_with_links.logo.get_renditions("width-320")
    _, few = gql.count_queries(SETTINGS)
    for i in range(10):
        page = make_page(home, ContentPage(title=f"Extra {i}", slug=f"extra-{i}"))
        FooterLink.objects.create(
            texts=SiteTexts.objects.get(), label=f"Extra {i}", page=page, sort_order=10 + i
        )
        SocialLink.objects.create(
            settings=settings_with_links,
            network="youtube",
            url=f"https://yt.test/{i}",
            sort_order=10 + i,
        )
    data, many = gql.count_queries(SETTINGS)
    assert len(data["siteSettings"]["footerLinks"]) == 12
    assert [few, many] == [8] * 2
