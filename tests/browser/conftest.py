"""Browser tests: Debian's Chromium driven by Playwright against a demo server process.

One demo server per test session (per xdist worker), on a copy of the run's prepared demo; a
test that changes content makes its own pages, so tests do not depend on each other. A failed
browser test runs once more, on the demo server started afresh from the prepared demo (its
failed try may have saved a draft or approved a post that its first steps expect not to exist).
Every admin page a test opens is watched: an uncaught script error, a console error or a request
to another host fails the test. A failing test leaves a screenshot in test-artifacts/browser/.
"""

from __future__ import annotations

import os
import re

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from tests.prepared import PreparedDemo, prepared

from .demo_server import ADMIN_PASSWORD, ADMIN_USER, ROOT, DemoServer
from .video_provider import VideoProvider

ARTIFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the networking flags Chromium phones home at start; this machine has no internet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def new_context(browser: Browser, **options) -> BrowserContext:
    """A browser profile of the tests' users: they ask for reduced motion, as the operating
    system of many editors does. Wagtail's admin honours it, and stops animating what no test
    looks at: the sidebar's "new items" badge pulses for ten seconds after every page load, a
    tenth of a core for Chromium (measured with the page left idle: 1.3 s of CPU in 10 s,
    0.2 s with reduced motion), taken from the tests running beside it."""
    return browser.new_context(reduced_motion="reduce", **options)


@pytest.fixture(scope="session")
def video_provider():
    provider = VideoProvider()
    yield provider
    provider.close()


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, video_provider, worker_id, pytestconfig) -> DemoServer:
    server = DemoServer(
        work_dir=tmp_path_factory.mktemp("demo-server"),
        name=f"alliance_browser_{worker_id}",
        prepared=prepared(PreparedDemo, pytestconfig),
        extra_env={"OEMBED_EXTRA_PROVIDERS": video_provider.setting()},
    ).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Browser:
    """Per module: Playwright's event loop must not outlive the browser tests, or Django would
    refuse database work in the tests that follow on the same worker."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(autouse=True)
def fresh_demo_on_rerun(request, demo_server):
    """A rerun starts from the prepared demo, not from what its failed try left behind."""
    if getattr(request.node, "execution_count", 1) > 1:
        demo_server.reset()


@pytest.fixture(scope="module")
def admin_login(browser, demo_server, tmp_path_factory):
    """The admin's signed-in browser state, made by the login form once per start of the demo
    server (a reset drops the sessions with the rest of the database)."""
    states: dict[int, str] = {}

    def state() -> str:
        if demo_server.generation not in states:
            states[demo_server.generation] = sign_in(browser, demo_server, tmp_path_factory)
        return states[demo_server.generation]

    return state


def sign_in(browser, demo_server, tmp_path_factory) -> str:
    context = new_context(browser)
    page = context.new_page()
    page.goto(f"{demo_server.url}/admin/login/")
    page.fill("#id_username", ADMIN_USER)
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{demo_server.url}/admin/")
    state = str(tmp_path_factory.mktemp("login") / "admin.json")
    context.storage_state(path=state)
    context.close()
    return state


class PageProblems:
    """What went wrong in the browser while a test ran."""

    def __init__(self, server_url: str):
        self.server_url = server_url
        self.items: list[str] = []

    def watch(self, page: Page) -> None:
        page.on("pageerror", lambda error: self.items.append(f"uncaught: {error}"))
        page.on("console", lambda message: self.on_console(message, page))
        page.on("response", self.on_response)
        page.on("request", self.on_request)

    def on_console(self, message, page: Page) -> None:
        # Network failures are judged by on_response, which knows the request.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.items.append(f"console {message.text} at {page.url}")

    def on_response(self, response) -> None:
        """Server errors and missing files fail; a 400 to a form POST is autosave meeting a
        half-filled form, which Wagtail shows as "Autosave is paused"."""
        request = response.request
        if response.status >= 500 or response.status == 404:
            self.items.append(f"{response.status} for {request.method} {response.url}")
        elif response.status >= 400 and request.method != "POST":
            self.items.append(f"{response.status} for {request.method} {response.url}")

    def on_request(self, request) -> None:
        if not request.url.startswith((self.server_url, "data:", "blob:", "about:")):
            self.items.append(f"request to another host: {request.url}")


class Quiet:
    """Counts the requests a page has in flight (autosave, choosers, pings)."""

    def __init__(self, page: Page):
        self.page = page
        self.in_flight = 0
        page.on("request", lambda request: self.change(1))
        page.on("requestfinished", lambda request: self.change(-1))
        page.on("requestfailed", lambda request: self.change(-1))

    def change(self, delta: int) -> None:
        self.in_flight += delta

    def wait(self, quiet_ms: int = 800, timeout_ms: int = 15_000) -> None:
        """Until no request has been in flight for `quiet_ms` (autosave waits 500 ms)."""
        quiet = waited = 0
        while quiet < quiet_ms:
            assert waited < timeout_ms, "the page kept sending requests"
            self.page.wait_for_timeout(100)
            waited += 100
            quiet = quiet + 100 if self.in_flight == 0 else 0


@pytest.fixture
def admin(browser, admin_login, demo_server, request) -> Page:
    """A signed-in admin tab; it fails the test on script errors or calls to other hosts."""
    context = new_context(
        browser, storage_state=admin_login(), viewport={"width": 1400, "height": 1000}
    )
    context.set_default_timeout(15_000)
    problems = PageProblems(demo_server.url)
    context.on("page", problems.watch)
    page = context.new_page()
    page.quiet = Quiet(page)
    yield page
    call = getattr(request.node, "rep_call", None)
    if call is not None and not call.passed and not call.skipped:  # failed, or failed to be rerun
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", request.node.nodeid.split("::", 1)[1])
        for index, open_page in enumerate(context.pages):
            open_page.screenshot(path=str(ARTIFACTS / f"{name}-{index}.png"), full_page=True)
    context.close()
    assert not problems.items, "\n".join(problems.items)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def pytest_collection_modifyitems(items):
    """A real Chromium against a real server on a loaded 2-core machine now and then misses a
    timeout (a chooser modal that opens late). A browser test that fails runs once more, and
    the run reports it as a rerun; a failure that repeats fails the suite."""
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.flaky(reruns=1))
