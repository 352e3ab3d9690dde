"""The rich-text editor's HTML reader, one per call instead of one per process.

Wagtail's `ContentstateConverter` (the Draftail widget's converter) keeps a single HTML parser and
feeds every stored rich text through it. Block definitions, and so their widgets and converters,
are shared by the whole process, so two edit forms rendered at the same time by two threads
(runserver, gunicorn's threads) parse into the same parser: one of them fails with "unexpected
call to parse_endtag" (a 500 on the edit page) or reads the other's text. Found by the browser
tests (an autosave and an edit page at once); known upstream as wagtail/wagtail#14573.
"""

from __future__ import annotations

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.admin.rich_text.converters.html_to_contentstate import HtmlToContentStateHandler


def from_database_format(self: ContentstateConverter, html: str) -> str:
    handler = HtmlToContentStateHandler(self.features or ())
    handler.feed(html)
    handler.close()
    return handler.contentstate.as_json(indent=4, separators=(",", ": "))


def read_each_rich_text_with_its_own_parser() -> None:
    ContentstateConverter.from_database_format = from_database_format
