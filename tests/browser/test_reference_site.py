"""The reference site (/site/) in Chromium, as visitors, members and editors use it.

Every page is watched like the admin's: a script error, a failed request or a request to
another host fails the test (the one allowed host is the video provider an editor embedded).
Each test keeps screenshots of what it saw in test-artifacts/browser/site-*.png.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import ARTIFACTS, PageProblems, Quiet, new_context
from .demo_server import DemoServer
from .test_page_types import save_draft

MEMBER_LOGIN, MEMBER_PASSWORD = "joao.pereira", "alliance-member"


class SiteProblems(PageProblems):
    def __init__(self, server_url: str, embed_host: str):
        super().__init__(server_url)
        self.embed_host = embed_host

    def on_request(self, request) -> None:
        if not request.url.startswith(self.embed_host):
            super().on_request(request)


@pytest.fixture(scope="module", autouse=True)
def patient_expectations():
    """The site renders after its GraphQL answers, which can be slow on a loaded machine."""
    expect.set_options(timeout=20_000)
    yield
    expect.set_options(timeout=None)  # back to Playwright's default for other modules


@pytest.fixture(scope="module")
def article(demo_server: DemoServer, video_provider) -> str:
    """The path of a news article with every block type, translated into Arabic."""
    code = "from tests.browser.site_content import every_block_article as make; make(%r)"
    demo_server.manage("shell", "-c", code % video_provider.video_url("upgrading"))
    return "/news/every-block/"


def shoot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"site-{name}.png"), full_page=True)


@pytest.fixture
def visitor(browser, demo_server, video_provider, admin_login, request):
    """A site tab; `visitor.editor()` opens a signed-in admin tab beside it."""
    problems = SiteProblems(demo_server.url, video_provider.base)
    contexts = []

    def open_tab(**options) -> Page:
        context = new_context(browser, viewport={"width": 1280, "height": 900}, **options)
        context.set_default_timeout(20_000)
        context.on("page", problems.watch)
        contexts.append(context)
        page = context.new_page()
        page.quiet = Quiet(page)
        return page

    page = open_tab()
    page.editor = lambda: open_tab(storage_state=admin_login())
    yield page
    for context in contexts:
        context.close()
    assert not problems.items, "\n".join(problems.items)


def site(demo_server: DemoServer, path: str = "") -> str:
    return f"{demo_server.url}/site/{path.lstrip('/')}"


def test_visitor_browses_the_menu_reads_every_block_and_switches_to_arabic(
    visitor, demo_server, article
):
    visitor.goto(site(demo_server))
    expect(visitor.locator("html")).to_have_attribute("dir", "ltr")
    menu = visitor.get_by_role("navigation", name="Main")
    menu.get_by_role("link", name="News").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("News")
    expect(visitor.get_by_role("navigation", name="Breadcrumb")).to_contain_text("Home")
    shoot(visitor, "news-listing")

    visitor.goto(site(demo_server, article))
    main = visitor.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text("Upgrading without evictions")
    expect(main.get_by_role("heading", level=2, name="What the programme changed")).to_be_visible()
    expect(main.get_by_role("link", name="Write to us")).to_have_attribute("href", "/site/contact/")
    image = main.locator("figure.block-image img")
    expect(image).to_have_attribute("srcset", re.compile(r"width-320\.\w+ 320w, .*width-1280"))
    expect(main.locator("figure.block-image figcaption")).to_contain_text("The upgraded hillside")
    expect(main.locator("blockquote")).to_have_text("Nobody had to leave.")
    expect(main.locator(".block-embed iframe")).to_have_attribute(
        "src", re.compile("/videos/upgrading")
    )
    expect(main.get_by_role("link", name="The programme's report")).to_have_attribute(
        "href", re.compile(r"/documents/\d+/")
    )
    expect(main.get_by_role("link", name="Contact the secretariat")).to_have_attribute(
        "href", "/site/contact/"
    )
    expect(main.locator(".block-figures dt").first).to_have_text("3")
    table = main.locator(".block-table table")
    expect(table.locator("thead th")).to_have_text(["Year", "Homes"])
    expect(table.locator("tbody td")).to_have_text(["2024", "120"])
    shoot(visitor, "every-block")

    arabic = visitor.get_by_role("navigation", name="Languages").locator("a[hreflang=ar]")
    arabic.click()
    visitor.wait_for_url(re.compile(r"/site/ar/news/"))
    expect(visitor.locator("html")).to_have_attribute("dir", "rtl")
    expect(visitor.locator("html")).to_have_attribute("lang", "ar")
    expect(visitor.get_by_role("heading", level=1)).to_have_text("تحسين الأحياء دون إخلاء")
    expect(visitor.locator("head link[rel=alternate][hreflang=en]")).to_have_attribute(
        "href", f"/site{article}"
    )
    shoot(visitor, "arabic-rtl")


def test_a_search_narrowed_by_a_facet(visitor, demo_server):
    visitor.goto(site(demo_server))
    expect(visitor.get_by_role("heading", level=1)).to_be_visible()  # the scripts are running
    box = visitor.get_by_role("searchbox", name="Search")
    box.press_sequentially("wat", delay=50)
    expect(visitor.locator("#search-suggestions")).to_be_visible()
    box.fill("water")
    box.press("Enter")
    visitor.wait_for_url(re.compile(r"/site/search/\?q=water"))
    status = visitor.get_by_role("status")
    expect(status).to_have_text(re.compile(r"^\d+ results$"))
    everything = int(status.inner_text().split()[0])

    facet = visitor.locator("[data-facet=contentType] a", has_text="News article")
    expected = int(facet.locator(".count").inner_text())
    facet.click()
    visitor.wait_for_url(re.compile(r"contentType=news.newsarticle"))
    expect(status).to_have_text(f"{expected} results")
    assert expected < everything
    expect(visitor.locator("[data-facet=contentType] a.selected")).to_contain_text("News article")
    shoot(visitor, "search-facet")

    visitor.goto(site(demo_server, "search/?q=housng"))  # a typo: did you mean?
    expect(visitor.locator(".did-you-mean")).to_contain_text("housing")


def test_a_member_signs_in_and_replies_in_a_forum(visitor, demo_server):
    visitor.goto(site(demo_server, "forums/housing/"))
    visitor.get_by_role("main").get_by_role("link", name=re.compile("Upgrading without")).click()
    visitor.wait_for_url(re.compile(r"/site/topics/\d+/"))
    visitor.get_by_label("E-mail or user name").fill(MEMBER_LOGIN)
    visitor.get_by_label("Password").fill(MEMBER_PASSWORD)
    visitor.get_by_role("button", name="Sign in").click()

    reply = "In Recife we kept residents by phasing works street by street."
    visitor.get_by_label("Your reply").fill(reply)
    visitor.get_by_role("button", name="Post reply").click()
    expect(visitor.get_by_role("status")).to_have_text(
        re.compile("Your reply is posted|waits for a moderator")
    )
    shoot(visitor, "forum-reply")
    if "posted" in visitor.get_by_role("status").inner_text():
        visitor.reload()  # the reply is in the topic for everyone, not just in this tab
        expect(visitor.locator(".post").last).to_contain_text(reply)


def test_an_editors_draft_shows_in_preview_and_not_on_the_live_site(visitor, demo_server):
    code = "from tests.browser.site_content import published_page; published_page('budget')"
    page_id = demo_server.manage("shell", "-c", code).strip().splitlines()[-1]

    editor = visitor.editor()
    editor.goto(f"{demo_server.url}/admin/pages/{page_id}/edit/")
    editor.fill("#id_title", "Draft title only editors see")
    editor.locator("[data-side-panel-toggle=preview]").click()  # the editor's Preview panel
    # the panel frames the preview view, which frames the site's /site/preview/?token=...
    panel = editor.frame_locator("#w-preview-iframe, iframe[title]").first
    preview = panel.frame_locator("iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Draft title only editors see")
    expect(preview.get_by_role("status")).to_contain_text("Preview of a draft")
    shoot(editor, "preview")
    save_draft(editor)

    visitor.goto(f"{demo_server.url}/about/budget/")  # the admin's "View live" link
    visitor.wait_for_url(site(demo_server, "about/budget/"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Published title")
    expect(visitor.get_by_role("main")).not_to_contain_text("Draft title")

    visitor.goto(site(demo_server, "preview/"))  # no token: nothing of the draft
    expect(visitor.get_by_role("main")).not_to_contain_text("Draft title")
    shoot(visitor, "live")
