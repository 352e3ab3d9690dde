"""One hit per work: the translations of a page that match a search are one hit, not several.

A work is a translation group (Wagtail's `translation_key`). Both engines rank works by their
best-ranked matching copy and show the copy in the most preferred language among the matching
ones; the other matching copies are listed on the hit. The preference is the searched locale,
else the request's Accept-Language, then the fallback chain of the first preferred language,
then every other content language in configured order: a researcher reading English sees the
English original of a report first, with its French and Spanish versions listed under it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.utils.translation.trans_real import parse_accept_lang_header

from cms.localization import content_languages, default_language, fallback_chain

from .languages import primary


def preferred_locales(locale: str | None, accept_language: str = "") -> tuple[str, ...]:
    """Content languages in the order a hit's copy is chosen from."""
    languages = content_languages()
    by_primary = {primary(code): code for code in reversed(languages)}
    chosen: list[str] = [locale] if locale else []
    for tag, _quality in parse_accept_lang_header(accept_language or ""):
        code = tag if tag in languages else by_primary.get(primary(tag))
        if code and code not in chosen:
            chosen.append(code)
    first = chosen[0] if chosen else default_language()
    for code in [*fallback_chain(first), *languages]:
        if code not in chosen:
            chosen.append(code)
    return tuple(chosen)


def by_preference(copies: Iterable[tuple[int, str]], preference: tuple[str, ...]) -> list[int]:
    """Page ids of `copies` ((page id, locale) of one work), the preferred language first."""
    position = {code: index for index, code in enumerate(preference)}
    ordered = sorted(copies, key=lambda copy: (position.get(copy[1], len(position)), copy[0]))
    return [page_id for page_id, _ in ordered]


def first_works(ranked_keys: Iterator[str], count: int) -> list[str]:
    """The first `count` distinct translation keys of a ranked stream of matching copies."""
    keys: dict[str, None] = {}
    for key in ranked_keys:
        keys.setdefault(key)
        if len(keys) >= count:
            break
    return list(keys)


def in_batches(queryset, size: int, start: int = 0) -> Iterator:
    """Rows of a ranked queryset from `start`, fetched a slice at a time and only as far as
    they are read."""
    while True:
        batch = list(queryset[start : start + size])
        yield from batch
        if len(batch) < size:
            return
        start += size
