"""An editor uploads an image and a PDF and attaches them to a knowledge product; the API
serves the cover and the document, and both files download from the URLs it gives."""

from __future__ import annotations

import io
import re

import requests
from PIL import Image
from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from .body_editor import pick
from .test_page_types import page_id, publish

PRODUCT = "/knowledge/managing-systems-of-secondary-cities/"

PRODUCT_QUERY = """
query ($path: String!) {
  page(urlPath: $path) {
    ... on KnowledgeProductPage {
      coverImage { title url }
      documents { title url fileType }
    }
  }
}
"""


def jpeg_file(tmp_path):
    path = tmp_path / "tambacounda-street-mapping.jpg"
    Image.new("RGB", (1200, 800), (40, 120, 90)).save(path, format="JPEG")
    return path


def pdf_file(tmp_path):
    path = tmp_path / "tambacounda-mapping-guide.pdf"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Community mapping guide: how residents map their settlement.")
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path


def upload(admin, demo_server, kind: str, path) -> None:
    """Wagtail's multiple upload page, as an editor drops a file on it."""
    admin.goto(f"{demo_server.url}/admin/{kind}/multiple/add/")
    admin.locator("input[type=file]").set_input_files(str(path))
    # The item's messages are in the page from the start, hidden: wait for the one the editor
    # sees once the server has answered, or the next page would cut the upload short.
    expect(admin.locator("#upload-list .status-msg.success")).to_be_visible()


def choose(admin, field: str, title: str) -> None:
    """Open a chooser field (the last one of that name: the newest inline form) and pick the
    file titled `title`; a field that holds a choice already is changed from its menu."""
    chooser = admin.locator(f"[data-contentpath={field}]").last
    menu = chooser.get_by_role("button", name="Actions")
    if menu.is_visible():
        menu.click()
        chooser.get_by_text(re.compile(r"^\s*Change ")).click()
    else:
        chooser.get_by_role("button", name=re.compile(r"^Choose ")).click()
    modal = admin.locator(".modal")
    # Search the chooser for the upload, as an editor would: on a shared demo server the
    # newest-first listing may hold other tests' uploads. One word of the title: the database
    # search backend reads a hyphen in a query as an operator.
    modal.locator("input[name=q]").fill(title.split("-")[0])
    choice = modal.locator("[data-chooser-modal-choice]")
    pick(
        modal, choice.filter(has_text=title).or_(modal.locator(f"[title='{title}']")).first, 30_000
    )


def test_upload_an_image_and_a_pdf_and_attach_them_to_a_knowledge_product(
    admin, demo_server, tmp_path
):
    upload(admin, demo_server, "images", jpeg_file(tmp_path))
    upload(admin, demo_server, "documents", pdf_file(tmp_path))

    product_id, _ = page_id(demo_server, PRODUCT)
    admin.goto(f"{demo_server.url}/admin/pages/{product_id}/edit/")
    choose(admin, "cover_image", "tambacounda-street-mapping")
    admin.get_by_role("button", name="Add attached documents").click()
    choose(admin, "document", "tambacounda-mapping-guide")
    publish(admin)

    product = demo_server.graphql(PRODUCT_QUERY, {"path": PRODUCT})["page"]
    assert product["coverImage"]["title"] == "tambacounda-street-mapping"
    attached = [d for d in product["documents"] if d["title"] == "tambacounda-mapping-guide"]
    assert attached and attached[0]["fileType"] == "PDF"
    for url in (product["coverImage"]["url"], attached[0]["url"]):
        assert url.startswith(demo_server.url)
        assert requests.get(url, timeout=30).status_code == 200
