"""Post bodies and titles as stored: rich text cut down to a safe subset, within length limits.

Bodies are HTML from the frontend's editor, cleaned on the server with nh3 (the Rust
`ammonia` sanitiser): only the tags below survive, links keep only an absolute http(s) or
mailto `href` and get rel="nofollow ugc", and script and style elements go with their content.
Nothing the client sends reaches another reader's browser unless it passed through here.
"""

from __future__ import annotations

import html
import re

import nh3
from django.utils.html import strip_tags

from cms.graphql.errors import Invalid

ALLOWED_TAGS = {"p", "br", "strong", "em", "a", "ul", "ol", "li", "blockquote", "code"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
TITLE_LENGTH = (3, 200)
BODY_LENGTH = (1, 10_000)  # characters of text, markup not counted
# Markup may outweigh text, but not without bound: refuse before parsing huge input.
MAX_RAW_BODY = 10 * BODY_LENGTH[1]
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_html(raw: str) -> str:
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        url_relative="deny",
        link_rel="nofollow ugc",
        strip_comments=True,
    ).strip()


def text_of(body_html: str) -> str:
    """What a reader reads: the text without markup, entities decoded."""
    return html.unescape(strip_tags(body_html)).strip()


def clean_body(raw: str | None) -> str:
    raw = CONTROL_CHARACTERS.sub("", raw or "")
    if len(raw) > MAX_RAW_BODY:
        raise Invalid(f"The post is too long (at most {BODY_LENGTH[1]} characters).", "body")
    body = clean_html(raw)
    length = len(text_of(body))
    if length < BODY_LENGTH[0]:
        raise Invalid("The post is empty (once unsafe markup is removed).", field="body")
    if length > BODY_LENGTH[1]:
        raise Invalid(
            f"The post is too long: {length} characters, at most {BODY_LENGTH[1]}.", "body"
        )
    return body


def clean_title(raw: str | None) -> str:
    """A topic title: plain text on one line, whitespace collapsed."""
    title = " ".join(CONTROL_CHARACTERS.sub("", raw or "").split())
    low, high = TITLE_LENGTH
    if not low <= len(title) <= high:
        raise Invalid(f"The title must be {low} to {high} characters long.", field="title")
    return title
