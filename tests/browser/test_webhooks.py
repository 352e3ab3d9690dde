"""An editor registers a webhook endpoint and publishes a page in the admin; the worker that
`make run` starts delivers a signed POST to a real receiver on 127.0.0.1."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.webhooks.receiver import running_receiver
from webhooks.signing import SIGNATURE_HEADER, verify

from .test_page_types import page_id, publish

ARTICLE = "/news/scientists-and-cities-on-climate-change/"
SECRET = "browser-test-shared-secret"


def run_worker(demo_server) -> None:
    demo_server.manage(
        "db_worker", "--backend", "webhooks", "--batch", "--no-startup-delay", "--interval", "0"
    )


def test_publish_in_the_admin_reaches_the_receiver_signed(admin, demo_server):
    with running_receiver() as receiver:
        admin.goto(f"{demo_server.url}/admin/webhooks/endpoints/new/")
        admin.fill("#id_name", "Reference site")
        admin.fill("#id_url", receiver.url)
        admin.fill("#id_secret", SECRET)
        admin.get_by_label("Page published").check()
        admin.get_by_role("button", name="Create").click()
        expect(admin.locator(".messages")).to_contain_text("created")

        article_id, _ = page_id(demo_server, ARTICLE)
        admin.goto(f"{demo_server.url}/admin/pages/{article_id}/edit/")
        admin.fill("#id_title", "Scientists and cities on climate change: the report")
        publish(admin)
        assert receiver.requests == []  # publishing did not wait for the receiver
        run_worker(demo_server)

        [request] = receiver.requests
        assert verify(SECRET, request.headers[SIGNATURE_HEADER], request.body)
        page = request.json["page"]
        assert (request.json["event"], page["id"]) == ("page.published", int(article_id))
        assert page["title"] == "Scientists and cities on climate change: the report"
        assert page["url"] == f"{demo_server.url}{ARTICLE}"

        admin.goto(f"{demo_server.url}/admin/webhooks/deliveries/")
        expect(admin.locator("table.listing")).to_contain_text("Delivered")
        # Leave the shared demo server without a live endpoint for the tests that follow.
        admin.goto(f"{demo_server.url}/admin/webhooks/endpoints/")
        admin.get_by_role("link", name="Reference site").click()
        admin.locator("#id_is_active").uncheck()
        admin.get_by_role("button", name="Save").click()
        expect(admin.locator(".messages")).to_contain_text("updated")
