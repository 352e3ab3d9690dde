"""Every page type edits and saves in the browser, with one block of each body block type,
and the API serves what was published."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from .body_editor import BodyEditor
from .page_types import PAGE_TYPES, PageType

LINKED_PAGE = "Contact"  # the demo page the paragraph and the call to action link to
LINKED_DOCUMENT = "Migration and the inclusive city"

BODY_QUERY = """
query ($path: String!) {
  page(urlPath: $path) {
    __typename title url
    ... on %(type)s {
      %(stream)s {
        blockType
        ... on RichTextBlock { value }
        ... on CallToActionBlock { page { title } }
        ... on DocumentLinkBlock { document { title url } }
        ... on ImageWithCaptionBlock { image { url } }
        ... on EmbedBlock { url }
        ... on KeyFiguresBlock { title }
      }
    }
  }
}
"""
EVERY_BLOCK = {
    "HeadingBlock",
    "RichTextBlock",
    "ImageWithCaptionBlock",
    "QuoteBlock",
    "EmbedBlock",
    "DocumentLinkBlock",
    "CallToActionBlock",
    "KeyFiguresBlock",
    "TableBlock",
}


def page_id(demo_server, path: str) -> tuple[str, str]:
    page = demo_server.graphql(
        "query ($path: String!) { page(urlPath: $path) { id __typename } }", {"path": path}
    )["page"]
    return page["id"], page["__typename"]


# Whether Wagtail has autosaved every edit of the form: its unsaved-changes controller keeps the
# form's data as last saved (or as loaded, two seconds after the load: until then it neither
# looks for edits nor autosaves), and autosave pauses on an error. A form without autosave has
# nothing to wait for.
EDITS_AUTOSAVED = """() => {
    const form = document.querySelector('[data-edit-form]');
    if (!form || !form.matches('[data-controller~=w-autosave]')) return true;
    const unsaved = window.wagtail.app.getControllerForElementAndIdentifier(form, 'w-unsaved');
    const indicator = document.querySelector('#w-autosave-indicator');
    return !unsaved.initialFormData || unsaved.initialFormData === unsaved.formData
        || indicator?.dataset.wAutosaveStateValue === 'paused';
}"""


def settle(page: Page) -> None:
    """An editor's pause before saving: the field being edited loses focus, then Wagtail's
    autosave of the last edits finishes. Without it the click on the save button races that
    autosave: the save meets a newer revision than the form's and is refused, or, on a new
    page, both create it and Wagtail answers the second with a 500 (the slug is taken between
    its form's check and its insert). Wagtail looks for edits every 500 ms and autosaves 500 ms
    later: the wait is on its own record of what it saved, not on a pause."""
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.wait_for_function(EDITS_AUTOSAVED, polling=100)
    page.quiet.wait(300)


def save_draft(page: Page) -> None:
    settle(page)
    page.get_by_role("button", name="Save draft").click()
    messages = page.locator(".messages")
    refused = messages.filter(has_text="validation errors")
    # "created" when this click makes the page, "has been saved" when autosave made it first.
    saved = messages.filter(has_text=re.compile("has been|created"))
    expect(saved.or_(refused)).to_be_visible()
    assert not refused.is_visible(), f"the form refused the save: {form_errors(page)}"


def form_errors(page: Page) -> list[str]:
    """What the editor sees next to the fields the form refused, with the field's name."""
    return page.locator(
        ".w-field--error, .error-message, [data-streamfield-child].error"
    ).evaluate_all(
        """nodes => nodes.map(n => (n.querySelector('[name]')?.name || n.id || n.className)
                               + ': ' + n.innerText.trim().replace(/\\s+/g, ' ').slice(0, 200))"""
    )


def publish(page: Page) -> None:
    settle(page)
    page.locator("footer [data-w-dropdown-target=toggle], footer .dropdown-toggle").first.click()
    page.get_by_role("button", name="Publish").click()
    # Wagtail 8's editing session sometimes reports the editor's own autosave, taken while a
    # long body was still initialising, as "You saved a new version in another window" and
    # asks before publishing over it: the editor confirms, as they would.
    confirm = page.get_by_role("dialog").filter(has_text="saved a new version")
    published = page.locator(".messages").filter(has_text="has been published")
    expect(published.or_(confirm)).to_be_visible()
    if confirm.is_visible():
        confirm.get_by_role("button", name="Publish").click()
    expect(published).to_be_visible()


def test_the_list_covers_every_page_type_of_the_schema(demo_server):
    schema = demo_server.graphql('{ __type(name: "PageInterface") { possibleTypes { name } } }')
    page_types = {t["name"] for t in schema["__type"]["possibleTypes"]} - {"Page"}
    covered = {page_id(demo_server, page_type.demo_path)[1] for page_type in PAGE_TYPES}
    assert covered == page_types


@pytest.mark.parametrize("page_type", PAGE_TYPES, ids=lambda t: t.model)
def test_demo_page_edit_form_has_a_working_body_editor_and_saves(admin, demo_server, page_type):
    id_, _ = page_id(demo_server, page_type.demo_path)
    admin.goto(f"{demo_server.url}/admin/pages/{id_}/edit/")
    if page_type.stream:
        count = admin.locator(f"input[name={page_type.stream}-count]")
        expect(count).to_be_attached()
        # Each block the editor shows carries its type in a hidden `<stream>-<n>-type` input.
        stream = page_type.stream
        shown = admin.locator(f"input[name^='{stream}-'][name$='-type']").evaluate_all(
            f"inputs => inputs.filter(i => /^{stream}-\\d+-type$/.test(i.name)).length"
        )
        assert shown == int(count.input_value())
        expect(
            admin.locator(f"[data-contentpath={page_type.stream}] button[title='Insert a block']")
        ).not_to_have_count(0)
    save_draft(admin)


@pytest.mark.parametrize("page_type", [t for t in PAGE_TYPES if t.stream], ids=lambda t: t.model)
def test_new_page_with_every_block_type_is_published_and_served(
    admin, demo_server, video_provider, page_type: PageType
):
    if page_type.parent_path is None:
        # The only one of its kind: the demo page gets the blocks and keeps its title, which
        # the other browser tests on this shared demo server read in menus and breadcrumbs.
        id_, _ = page_id(demo_server, page_type.demo_path)
        admin.goto(f"{demo_server.url}/admin/pages/{id_}/edit/")
        title = admin.locator("#id_title").input_value()
        path = page_type.demo_path
    else:
        parent_id, _ = page_id(demo_server, page_type.parent_path)
        app, model = page_type.model.split(".")
        admin.goto(f"{demo_server.url}/admin/pages/add/{app}/{model}/{parent_id}/")
        page_type.fill_required(admin)
        path = None
        title = f"Browser test {page_type.model}"
        admin.fill("#id_title", title)
        admin.locator("#id_title").blur()
    editor = BodyEditor(admin, page_type.stream, video_provider.video_url("forum-2026"))
    editor.add_every_block_type(LINKED_PAGE, LINKED_DOCUMENT)
    save_draft(admin)
    if path is None:
        path = f"{page_type.parent_path}{admin.locator('#id_slug').input_value()}/"
    publish(admin)

    _, typename = page_id(demo_server, page_type.demo_path)
    served = demo_server.graphql(
        BODY_QUERY % {"type": typename, "stream": page_type.stream}, {"path": path}
    )["page"]
    assert served["title"] == title
    blocks = served[page_type.stream]
    assert EVERY_BLOCK <= {block["blockType"] for block in blocks}
    paragraph = [b for b in blocks if b["blockType"] == "RichTextBlock"][-1]["value"]
    assert 'href="/contact/"' in paragraph
    assert re.search(r'href="[^"]*/documents/\d+/', paragraph)
    by_type = {block["blockType"]: block for block in blocks}
    assert by_type["CallToActionBlock"]["page"]["title"] == LINKED_PAGE
    assert by_type["DocumentLinkBlock"]["document"]["title"].startswith(LINKED_DOCUMENT)
    assert by_type["EmbedBlock"]["url"].endswith("/videos/forum-2026")
