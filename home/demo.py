"""Demo home page, "About" section and site settings, written from the facts in the seeds."""

from __future__ import annotations

from wagtail.models import Locale, Site
from wagtail.rich_text import RichText

from cms.demo_utils import demo_image, upsert_page

from .models import ContentPage, FooterLink, SectionPage, SiteSettings, SiteTexts, SocialLink


def paragraph(*sentences: str) -> tuple:
    return ("paragraph", RichText("".join(f"<p>{s}</p>" for s in sentences)))


def bullets(*items: str) -> tuple:
    return ("paragraph", RichText("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"))


def heading(text: str) -> tuple:
    return ("heading", {"text": text, "level": "h2"})


ABOUT_PAGES = [
    (
        "mission",
        "Our mission",
        "Helping cities give every resident a decent, healthy place to live and a fair chance.",
        [
            paragraph(
                "Over half of the world's people live in cities, and more arrive every year in "
                "search of safer, more productive lives. That growth stretches services, "
                "infrastructure and budgets that were already thin.",
                "The alliance exists so that no city faces this alone. By connecting local "
                "authorities and encouraging them to work with one another, it helps them "
                "find and share answers to hard development problems and meet the basic needs "
                "of their poorest residents.",
            ),
            heading("Two ways of working"),
            bullets(
                "Strengthen what cities can deliver: better public services through proven "
                "practice and partnerships with other cities.",
                "Open new ways to pay for it: innovative financing and partnerships with the "
                "private sector, so developing cities can offer basic services to everyone.",
            ),
            paragraph(
                "Behind both lies one idea of sustainable development with three sides, "
                "economic, environmental and social, best served when government, business "
                "and civil society share the responsibility. Today the alliance puts special "
                "weight on cooperation among cities of the Global South and on triangular "
                "arrangements that bring in traditional and emerging donors."
            ),
        ],
    ),
    (
        "history",
        "History",
        "From a conversation in Istanbul in 1996 to a network of more than 900 cities.",
        [
            paragraph(
                "The idea was first discussed at Habitat II, the UN conference on human "
                "settlements held in Istanbul in 1996, a year the United Nations had "
                "dedicated to the eradication of poverty. Cities there began to network with "
                "new energy, and UNDP set about turning the idea into a global project, "
                "launched on 17 October 1997.",
            ),
            (
                "key_figures",
                {
                    "title": "Milestones",
                    "figures": [
                        {"figure": "1996", "caption": "the idea takes shape at Habitat II"},
                        {"figure": "1998", "caption": "first forum of mayors, Lyon"},
                        {"figure": "2010", "caption": "forum in Rotterdam"},
                        {"figure": "2014", "caption": "new institutional home at UNOSSC"},
                    ],
                },
            ),
            paragraph(
                "Mayors first met as an alliance in Lyon, France, in 1998. At the Rotterdam "
                "forum of 2010 members gave the private sector a larger role and widened "
                "their goal from reducing poverty to lasting social inclusion: food, water, "
                "energy, education and health care within everyone's reach.",
                "In 2014 the alliance moved its institutional home to the UN Office for "
                "South-South Cooperation. It now counts more than 900 member cities on five "
                "continents.",
            ),
        ],
    ),
    (
        "governance",
        "Governance",
        "An executive steering committee of UN bodies and member cities sets the course.",
        [
            paragraph(
                "The alliance is steered by an Executive Steering Committee in which "
                "representatives of United Nations organisations sit alongside member cities "
                "that take turns on the committee.",
                "In January 2014 the committee accepted the proposal of the UN Office for "
                "South-South Cooperation (UNOSSC) to become the alliance's institutional "
                "home, a choice that matches its growing focus on cooperation among cities "
                "of the South.",
            ),
            (
                "quote",
                {
                    "quote": "Cities learn fastest from other cities that faced the same "
                    "problem last year.",
                    "attribution": "Amina Diallo",
                    "role": "Programme officer, alliance secretariat",
                },
            ),
        ],
    ),
    (
        "secretariat",
        "Secretariat",
        "A small team in Geneva runs the alliance day to day.",
        [
            paragraph(
                "Day-to-day management is the job of a secretariat based in Geneva. It "
                "prepares the forums of mayors, matches cities that want to learn from each "
                "other, follows up on their exchanges and keeps members informed.",
                "Members and partners can reach the team through the contact page; "
                "programme officers look after each region and theme.",
            ),
        ],
    ),
]


def load(home) -> str:
    about = upsert_page(
        home,
        SectionPage,
        "about",
        title="About the alliance",
        summary="Who we are, what we aim for and how the alliance is run.",
        show_in_menus=True,
        intro=[
            paragraph(
                "A worldwide alliance of cities against poverty: where it comes from, what "
                "it works for and who keeps it running."
            )
        ],
    )
    for slug, title, summary, body in ABOUT_PAGES:
        upsert_page(
            about,
            ContentPage,
            slug,
            title=title,
            summary=summary,
            show_in_menus=True,
            lead_image=demo_image(title, 1280, 720),
            body=body,
        )
    contact = upsert_page(
        home,
        ContentPage,
        "contact",
        title="Contact",
        summary="How to reach the secretariat.",
        body=[
            paragraph(
                "Write to the secretariat in Geneva to join the alliance, propose a "
                "city-to-city exchange or ask about a forum."
            )
        ],
    )
    privacy = upsert_page(
        home,
        ContentPage,
        "privacy",
        title="Privacy",
        summary="What this site records about its visitors, and why.",
        body=[
            paragraph(
                "This site keeps no personal data about readers. Members who sign in to the "
                "forums are shown to others by their display name only."
            )
        ],
    )
    update_home(home, about)
    update_site_settings(home, about, contact, privacy)
    return f"home page, about section with {len(ABOUT_PAGES)} pages, contact, site settings"


def update_home(home, about) -> None:
    home.hero_title = "Cities working together against urban poverty"
    home.hero_image = demo_image("Cities working together", 1920, 1080)
    home.summary = (
        "A worldwide network of more than 900 cities sharing what works against poverty and "
        "exclusion."
    )
    home.body = [
        paragraph(
            "More than half of humanity lives in cities, and many more people are on their "
            "way. The alliance links mayors, municipal teams and their partners so that a "
            "solution found in one city can help another: safe water, decent housing, fair "
            "ways to pay for basic services."
        ),
        (
            "key_figures",
            {
                "title": "The alliance in figures",
                "figures": [
                    {"figure": "900+", "caption": "member cities"},
                    {"figure": "5", "caption": "continents"},
                    {"figure": "1996", "caption": "the idea is born at Habitat II"},
                    {"figure": "1998", "caption": "first forum of mayors, in Lyon"},
                ],
            },
        ),
        heading("What members do together"),
        bullets(
            "Connect municipal leaders with UN agencies, civil society, universities and business.",
            "Organise exchanges so that a programme that works in one city is adapted in another.",
            "Turn international development goals into local action plans.",
            "Build local skills and community-owned solutions.",
            "Argue for triangular cooperation and innovative financing of services.",
        ),
        ("call_to_action", {"text": "Learn about the alliance", "page": about, "url": ""}),
    ]
    home.save_revision().publish()


def update_site_settings(home, about, contact, privacy) -> None:
    site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    settings.logo = demo_image("Alliance logo", 480, 240)
    settings.contact_email = "secretariat@alliance.example"
    settings.contact_phone = "+41 22 555 01 00"
    social = [
        ("facebook", "https://www.facebook.com/alliance.example"),
        ("linkedin", "https://www.linkedin.com/company/alliance-example"),
        ("x", "https://x.com/alliance_example"),
    ]
    settings.social_links = [
        SocialLink(network=network, url=url, sort_order=order)
        for order, (network, url) in enumerate(social)
    ]
    settings.save()
    # Texts that editors translate live in SiteTexts, here in the default language.
    texts = SiteTexts.objects.filter(site=site, locale=Locale.get_default()).first()
    texts = texts or SiteTexts(site=site, locale=Locale.get_default())
    texts.name = "World Alliance of Cities Against Poverty"
    texts.tagline = "Cities working together against urban poverty"
    texts.contact_address = "Alliance secretariat\nGeneva\nSwitzerland"
    footer = [
        ("About", about, ""),
        ("Contact", contact, ""),
        ("Privacy", privacy, ""),
        ("UN Office for South-South Cooperation", None, "https://unsouthsouth.org/"),
    ]
    texts.footer_links = [
        FooterLink(label=label, page=page, url=url, sort_order=order, locale=texts.locale)
        for order, (label, page, url) in enumerate(footer)
    ]
    texts.save()
