"""Two edit forms rendered at once read their rich text without mixing it up (wagtail#14573)."""

import json
import sys
import threading

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from cms.rich_text_editor import from_database_format

FEATURES = ["bold", "italic", "h2", "ol", "ul"]


def texts(n: int) -> list[str]:
    return [
        f"<h2>Heading {i}</h2><p>Paragraph <b>{i}</b> of the body, "
        + "with <i>words</i> " * 40
        + f"</p><ul><li>item {i}</li><li>another</li></ul>"
        for i in range(n)
    ]


def content(state: str) -> list:
    """The blocks' types, texts and styles (each read gives its blocks new random keys)."""
    return [
        (b["type"], b["text"], b["inlineStyleRanges"], b["depth"])
        for b in json.loads(state)["blocks"]
    ]


def read_concurrently(converter, html: list[str]) -> tuple[list, list]:
    """Each thread reads every text many times; returns the texts read and the errors."""
    results, errors = [], []

    def read():
        for _ in range(30):
            for text in html:
                try:
                    results.append((text, content(converter.from_database_format(text))))
                except Exception as error:  # what the edit page turned into a 500
                    errors.append(error)

    threads = [threading.Thread(target=read) for _ in range(6)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as a loaded server can
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    return results, errors


def test_concurrent_reads_of_one_converter_each_get_their_own_text():
    converter = ContentstateConverter(FEATURES)
    html = texts(4)
    expected = {text: content(converter.from_database_format(text)) for text in html}
    results, errors = read_concurrently(converter, html)
    assert not errors
    assert all(state == expected[text] for text, state in results)
    assert expected[html[1]][0][:2] == ("header-two", "Heading 1")


def test_one_shared_parser_is_what_mixed_them_up():
    """The check above can fail: with Wagtail's own shared parser, the same reads go wrong."""
    patched = ContentstateConverter.from_database_format
    assert patched is from_database_format
    original = ContentstateConverter.__dict__["from_database_format"]

    def shared_parser(self, html):
        handler = self.html_to_contentstate_handler
        handler.reset()
        handler.feed(html)
        handler.close()
        return handler.contentstate.as_json(indent=4, separators=(",", ": "))

    ContentstateConverter.from_database_format = shared_parser
    try:
        converter = ContentstateConverter(FEATURES)
        html = texts(4)
        expected = {text: content(converter.from_database_format(text)) for text in html}
        results, errors = read_concurrently(converter, html)
    finally:
        ContentstateConverter.from_database_format = original
    assert errors or any(state != expected[text] for text, state in results)
