"""Plain text of a page for indexing: StreamField blocks and rich text flattened to words."""

from __future__ import annotations

import html
import re

from wagtail.blocks import StreamValue
from wagtail.blocks.list_block import ListValue
from wagtail.rich_text import RichText

TAGS = re.compile(r"<[^>]+>")
WORD = re.compile(r"\w+", re.UNICODE)
SPACES = re.compile(r"\s+")
# Block values that are references or settings, not prose a researcher would search for.
SKIPPED_KEYS = {"level", "url", "page", "document", "image", "embed"}
# The StreamFields that hold a page's prose, whichever page type declares them.
BODY_FIELDS = ("body", "intro")


def words_of(text: str) -> list[str]:
    return [word.lower() for word in WORD.findall(text or "")]


def clean(value: str) -> str:
    return SPACES.sub(" ", html.unescape(TAGS.sub(" ", value))).strip()


def flatten(value) -> list[str]:
    """Every piece of human text inside a block value (StreamValue, StructValue, lists, tables)."""
    if value is None:
        return []
    if isinstance(value, RichText):
        return [clean(value.source)]
    if isinstance(value, str):
        return [clean(value)]
    if isinstance(value, StreamValue):
        return [text for child in value for text in flatten(child.value)]
    if isinstance(value, dict):
        if "data" in value and isinstance(value.get("data"), list):  # TableBlock
            return [clean(str(cell)) for row in value["data"] for cell in row if cell]
        return [
            text for key, item in value.items() if key not in SKIPPED_KEYS for text in flatten(item)
        ]
    if isinstance(value, list | tuple | ListValue):
        return [text for item in value for text in flatten(item)]
    return []


def stream_text(page, field_names: tuple[str, ...] = BODY_FIELDS) -> str:
    parts: list[str] = []
    for name in field_names:
        parts += flatten(getattr(page, name, None))
    return " ".join(part for part in parts if part)
