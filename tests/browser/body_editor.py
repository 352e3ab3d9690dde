"""Fill a page body in Wagtail's StreamField editor the way an editor does: the "+" menu, the
fields of each block, the choosers' modals and the rich-text toolbar."""

from __future__ import annotations

from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

# Every block type of cms.blocks.BodyBlock, by the label the "+" menu shows.
BLOCK_LABELS = {
    "heading": "Heading",
    "paragraph": "Paragraph",
    "image": "Image",
    "quote": "Quote",
    "embed": "Embed",
    "document": "Document",
    "call_to_action": "Call to action",
    "key_figures": "Key figures",
    "table": "Table",
}


def pick(modal: Locator, choice: Locator, timeout: float = 15_000) -> None:
    """Click a chooser modal's choice until the modal closes: a click that lands while the
    search-as-you-type listing is being replaced hits the old listing and chooses nothing."""
    choice.click(timeout=timeout)
    try:
        modal.wait_for(state="hidden", timeout=5_000)
    except PlaywrightTimeoutError:
        choice.click()
        modal.wait_for(state="hidden")


class BodyEditor:
    def __init__(self, page: Page, field: str, video_url: str):
        self.page = page
        self.field = field
        self.video_url = video_url
        self.stream = page.locator(f"[data-contentpath={field}]").first

    def add(self, block_type: str) -> str:
        """Append a block and return its field prefix (`body-3`)."""
        count = int(self.page.locator(f"input[name={self.field}-count]").input_value())
        self.stream.locator("button[title='Insert a block']").last.click()
        self.page.locator("[role=option]", has_text=BLOCK_LABELS[block_type]).first.click()
        prefix = f"{self.field}-{count}"
        self.page.wait_for_selector(f"[name='{prefix}-type']", state="attached")
        getattr(self, f"fill_{block_type}")(prefix)
        return prefix

    def add_every_block_type(self, link_page_title: str, document_title: str) -> None:
        self.link_page_title = link_page_title
        self.document_title = document_title
        for block_type in BLOCK_LABELS:
            self.add(block_type)

    def block(self, prefix: str):
        return self.page.locator(f"[data-streamfield-child]:has(> input[name='{prefix}-type'])")

    def choose(self, button_text: str, prefix: str, search: str | None = None) -> None:
        """Open a chooser of the block and pick the first result (of a search, if given).
        A click that lands while the editor re-renders opens nothing: click once more."""
        button = self.block(prefix).get_by_role("button", name=button_text)
        button.click()
        search_field = self.page.locator(".modal").locator("input[name=q]")
        try:
            search_field.wait_for(timeout=15_000)
        except PlaywrightTimeoutError:
            button.click()
        self.pick_in_modal(search)

    def pick_in_modal(self, search: str | None) -> None:
        modal = self.page.locator(".modal")
        field = modal.locator("input[name=q]")
        field.wait_for()
        choices = modal.locator("[data-chooser-modal-choice], a.choose-page")
        if search:
            # The chooser searches as you type (debounced): the editor waits for the answer,
            # then clicks the choice that carries the name they typed.
            with self.page.expect_response(lambda response: "q=" in response.url):
                field.fill(search)
            choices = choices.filter(has_text=search)
        pick(modal, choices.first)

    def fill_heading(self, prefix: str) -> None:
        self.page.fill(f"#{prefix}-value-text", "What member cities achieved")
        self.page.select_option(f"#{prefix}-value-level", "h3")

    def fill_paragraph(self, prefix: str) -> None:
        editor = self.block(prefix).locator("[contenteditable=true]")
        editor.click()
        keyboard = self.page.keyboard
        keyboard.type("Read our story")
        keyboard.press("Shift+Home")
        self.block(prefix).locator("button[name=LINK]").click()
        self.pick_in_modal(self.link_page_title)
        keyboard.press("End")
        keyboard.type(" and the full report")
        for _ in range(len("the full report")):
            keyboard.press("Shift+ArrowLeft")
        self.block(prefix).locator("button[name=DOCUMENT]").click()
        self.pick_in_modal(self.document_title)

    def fill_image(self, prefix: str) -> None:
        self.choose("Choose an image", prefix)
        self.page.fill(f"#{prefix}-value-caption", "Residents at a neighbourhood assembly")

    def fill_quote(self, prefix: str) -> None:
        self.page.fill(f"#{prefix}-value-quote", "Cities learn fastest from other cities.")
        self.page.fill(f"#{prefix}-value-attribution", "A mayor at the forum")

    def fill_embed(self, prefix: str) -> None:
        self.page.fill(f"#{prefix}-value", self.video_url)

    def fill_document(self, prefix: str) -> None:
        self.choose("Choose a document", prefix, self.document_title)

    def fill_call_to_action(self, prefix: str) -> None:
        self.page.fill(f"#{prefix}-value-text", "Contact the secretariat")
        self.choose("Choose a page", prefix, self.link_page_title)

    def fill_key_figures(self, prefix: str) -> None:
        self.page.fill(f"#{prefix}-value-title", "The alliance in figures")
        self.page.fill(f"#{prefix}-value-figures-0-value-figure", "400")
        self.page.fill(f"#{prefix}-value-figures-0-value-caption", "member cities")

    def fill_table(self, prefix: str) -> None:
        """Type into the first cell. Wagtail puts the focus on a new block's first field, the
        table's header select: a double click lost on a busy machine left it there, and the
        typing then chose "Select a header option" (Enter even submitted the page form). So the
        typing waits for the focus to be in the table's own input, double clicking again if not."""
        # The header option first, as the form asks for one (a draft saves without it).
        self.page.select_option(f"#{prefix}-value-table-header-choice", "row")
        cell = self.block(prefix).locator(".htCore td").first
        for _ in range(3):
            cell.dblclick()
            try:
                self.page.wait_for_function(
                    "document.activeElement?.classList.contains('handsontableInput')",
                    timeout=3_000,
                )
                break
            except PlaywrightTimeoutError:
                continue
        else:
            raise AssertionError("the table's cell did not take the focus")
        self.page.keyboard.type("Slum upgrading")
        self.page.keyboard.press("Tab")  # ends the cell's edit; Enter would submit a lost focus
