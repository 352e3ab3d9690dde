"""Highlight fragments for the database engine, shaped like Elasticsearch's.

Same fields (title, summary, body, attachment), same markup (HTML-escaped text, matches in
`<mark>`), same sizes: the whole title, up to three fragments of about 160 characters from the
others. A word is marked when it is one of the query's words or their accepted variants.
"""

from __future__ import annotations

import html

from .documents import HIGHLIGHTED
from .text import WORD

FRAGMENT_SIZE = 160
FRAGMENTS = 3


def marked(text: str, spans: list[tuple[int, int]]) -> str:
    parts, position = [], 0
    for start, end in spans:
        parts += [html.escape(text[position:start]), f"<mark>{html.escape(text[start:end])}</mark>"]
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def fragments(text: str, words: set[str], whole: bool = False) -> list[str]:
    """Fragments of `text` around its words in `words` (lowercase), matches marked."""
    spans = [m.span() for m in WORD.finditer(text or "") if m.group().lower() in words]
    if not spans:
        return []
    if whole:
        return [marked(text, spans)]
    found = []
    while spans and len(found) < FRAGMENTS:
        start = max(0, spans[0][0] - FRAGMENT_SIZE // 4)
        if start:  # begin at a word boundary
            start = text.find(" ", start, spans[0][0]) + 1 or start
        stop = start + FRAGMENT_SIZE
        inside = [span for span in spans if span[1] <= stop] or spans[:1]
        cut = text.rfind(" ", inside[-1][1], stop)  # end at a word boundary too
        stop = cut if cut > 0 else max(stop, inside[-1][1])
        found.append(marked(text[start:stop], [(a - start, b - start) for a, b in inside]).strip())
        spans = spans[len(inside) :]
    return found


def highlights(fields: dict[str, str], words: set[str]) -> list[tuple[str, list[str]]]:
    """(field, fragments) for each highlighted field of `fields` where a word matches."""
    result = []
    for name in HIGHLIGHTED:
        found = fragments(fields.get(name, ""), words, whole=name == "title")
        if found:
            result.append((name, found))
    return result
