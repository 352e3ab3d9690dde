"""Every page type an editor can create, where the demo has one, and what a new one needs."""

from __future__ import annotations

from dataclasses import dataclass, field

from playwright.sync_api import Page


@dataclass(frozen=True)
class PageType:
    model: str  # app_label.modelname, as in the admin's add URL
    demo_path: str  # a demo page of this type
    parent_path: str | None  # where the demo allows a new one; None: there is only one
    stream: str | None = "body"  # the StreamField of BodyBlock the type has
    required: dict[str, str] = field(default_factory=dict)  # input id -> value to type
    selects: dict[str, str] = field(default_factory=dict)  # select id -> option value

    def fill_required(self, page: Page) -> None:
        for selector, value in self.required.items():
            page.fill(f"#{selector}", value)
        for selector, value in self.selects.items():
            page.select_option(f"#{selector}", value)


PAGE_TYPES = [
    PageType("home.homepage", "/", None),
    PageType("home.contentpage", "/about/mission/", "/about/"),
    PageType("home.sectionpage", "/about/", "/", stream="intro"),
    PageType("cities.cityindexpage", "/member-cities/", "/", stream="intro"),
    PageType(
        "cities.cityprofilepage",
        "/member-cities/shanghai/",
        "/member-cities/",
        required={"id_city_name": "Ndola"},
        selects={"id_country": "ZM"},
    ),
    PageType("news.newsindexpage", "/news/", "/", stream="intro"),
    PageType("news.newsarticle", "/news/registration-open-next-mayoral-forum/", "/news/"),
    PageType("events.eventindexpage", "/events/", "/", stream="intro"),
    PageType(
        "events.eventpage",
        "/events/habitat-ii-istanbul-1996/",
        "/events/",
        required={"id_start": "2027-03-15 09:00"},
    ),
    PageType("knowledge.knowledgeindexpage", "/knowledge/", "/", stream="intro"),
    PageType(
        "knowledge.knowledgeproductpage",
        "/knowledge/managing-systems-of-secondary-cities/",
        "/knowledge/",
        required={"id_publication_date": "2026-10-01"},
    ),
    PageType("forums.forumindexpage", "/forums/", "/", stream="intro"),
    PageType("forums.forumpage", "/forums/housing/", "/forums/", stream=None),
]
