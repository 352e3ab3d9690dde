"""Demo home page, sections, standalone pages and site settings, from `demo/home.json`.

Bodies are StreamField data as Wagtail stores it (`{"type": ..., "value": ...}`); a page
chooser in them, like the footer links, names its page by path below home ("/about/").
"""

from __future__ import annotations

from wagtail.models import Locale, Page, Site

from cms.demo_utils import demo_data, demo_image, stream, upsert_page

from .models import ContentPage, FooterLink, SectionPage, SiteSettings, SiteTexts, SocialLink


def load(home) -> str:
    data = demo_data("home")
    for section in data["sections"]:
        index = upsert_page(
            home,
            SectionPage,
            section["slug"],
            title=section["title"],
            summary=section["summary"],
            show_in_menus=True,
            intro=stream(SectionPage, "intro", section["intro"]),
        )
        for page in section["pages"]:
            lead_image = demo_image(page["title"], 1280, 720)
            upsert_content_page(index, page, show_in_menus=True, lead_image=lead_image)
    for page in data["pages"]:
        upsert_content_page(home, page)
    update_home(home, data["home"])
    update_site_settings(home, data["site_settings"], data["site_texts"])
    sections = ", ".join(
        f"{section['slug']} section with {len(section['pages'])} pages"
        for section in data["sections"]
    )
    pages = ", ".join(page["slug"] for page in data["pages"])
    return f"home page, {sections}, {pages}, site settings"


def upsert_content_page(parent: Page, page: dict, **fields) -> Page:
    return upsert_page(
        parent,
        ContentPage,
        page["slug"],
        title=page["title"],
        summary=page["summary"],
        body=stream(ContentPage, "body", page["body"]),
        **fields,
    )


def by_path(home, path: str) -> Page:
    """The page at `path` below home ("/about/")."""
    return Page.objects.get(url_path=home.url_path + path.removeprefix("/"))


def update_home(home, data: dict) -> None:
    home.hero_title = data["hero_title"]
    home.hero_image = demo_image(data["hero_image"], 1920, 1080)
    home.summary = data["summary"]
    body = [
        block | {"value": block["value"] | {"page": by_path(home, block["value"]["page"]).pk}}
        if block["type"] == "call_to_action"
        else block
        for block in data["body"]
    ]
    home.body = stream(type(home), "body", body)
    home.save_revision().publish()


def update_site_settings(home, data: dict, texts_data: dict) -> None:
    site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.logo = demo_image(data["logo"], 480, 240)
    settings.contact_email = data["contact_email"]
    settings.contact_phone = data["contact_phone"]
    settings.social_links = [
        SocialLink(sort_order=order, **link) for order, link in enumerate(data["social_links"])
    ]
    settings.save()
    # Texts that editors translate live in SiteTexts, here in the default language.
    texts = SiteTexts.objects.filter(site=site, locale=Locale.get_default()).first()
    texts = texts or SiteTexts(site=site, locale=Locale.get_default())
    texts.name = texts_data["name"]
    texts.tagline = texts_data["tagline"]
    texts.contact_address = texts_data["contact_address"]
    texts.footer_links = [
        FooterLink(
            label=link["label"],
            page=by_path(home, link["page"]) if "page" in link else None,
            url=link.get("url", ""),
            sort_order=order,
            locale=texts.locale,
        )
        for order, link in enumerate(texts_data["footer_links"])
    ]
    texts.save()
