"""Typo tolerance and did-you-mean for the database engine, from the site's own words.

The vocabulary holds every word a search can match: visible pages' titles, summaries, bodies
(search.body_words), the text of products' public PDFs (stored once, search.attachments) and
the names attached to them (themes, tags, authors, cities), with their frequencies. A word in
the vocabulary is never corrected, so a correctly spelled query that finds something gets no
suggestion. The vocabulary is cached under a key that changes whenever
the set of visible pages or their latest publication changes, so a page published a moment ago
counts at once and a word that only a draft or private page contains is never suggested.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Count, Max, Sum
from wagtail.models import get_page_models

from cms.visibility import visible_pages
from knowledge.models import KnowledgeProductPage

from .attachments import attachment_texts
from .body_words import body_words
from .documents import KEYWORD_SOURCES
from .models import ExtractedText
from .text import words_of

CACHE_SECONDS = 300
MAX_VARIANTS = 6


def vocabulary() -> Counter:
    pages = visible_pages()
    # Publishing moves the latest date; unpublishing, restricting or deleting changes the count,
    # and the sum of ids tells apart two sets of the same size (one page hidden, another shown).
    state = pages.aggregate(n=Count("pk"), ids=Sum("pk"), latest=Max("last_published_at"))
    latest = state["latest"].timestamp() if state["latest"] else 0
    # A PDF replaced without republishing its product changes the words too.
    read = ExtractedText.objects.aggregate(latest=Max("extracted_at"))["latest"]
    key = (
        f"search:vocabulary:{state['n']}:{state['ids']}:{latest}:{read.timestamp() if read else 0}"
    )
    found = cache.get(key)
    if found is None:
        found = build_vocabulary(pages)
        cache.set(key, found, CACHE_SECONDS)
    return found


def build_vocabulary(pages) -> Counter:
    counts: Counter = Counter()
    for title in pages.values_list("title", flat=True):
        counts.update(words_of(title))
    for model in get_page_models():
        if any(field.name == "summary" for field in model._meta.concrete_fields):
            for summary in visible_pages(model.objects.all()).values_list("summary", flat=True):
                counts.update(words_of(summary))
    ids = list(pages.values_list("pk", flat=True))
    for source in KEYWORD_SOURCES:
        for value in source.queryset(pk__in=ids).values_list(source.lookup, flat=True):
            counts.update(words_of(str(value or "")))
    for words in body_words(pages).values():
        counts.update(words)
    products = pages.filter(content_type=ContentType.objects.get_for_model(KnowledgeProductPage))
    for text in attachment_texts(list(products.values_list("pk", flat=True))).values():
        counts.update(words_of(text))
    return counts


def known(word: str, vocabulary: Counter) -> bool:
    return word.lower() in vocabulary or len(word) <= 2 or word.isdigit() or not word.isalpha()


def correct(words, vocabulary: Counter) -> list[str]:
    """Each word, or the closest frequent word of the vocabulary when it is not a known word."""
    corrected = []
    for word in words:
        if not vocabulary or known(word, vocabulary):
            corrected.append(word)
            continue
        lowered = word.lower()
        # Like Elasticsearch's term suggester (prefix_length 1), the first letter is taken as
        # typed: it keeps the comparison to a slice of a vocabulary that holds every body word.
        candidates = [
            w for w in vocabulary if w[0] == lowered[0] and abs(len(w) - len(lowered)) <= 2
        ]
        close = difflib.get_close_matches(lowered, candidates, n=3, cutoff=0.75)
        corrected.append(max(close, key=lambda w: vocabulary[w]) if close else word)
    return corrected


# Endings that make word variants (English, French and Spanish plurals and verb forms). A crude
# prefix match would also take unrelated words ("housing" -> "houston"), so both words must
# reduce to the same stem once one of these endings is removed.
ENDINGS = sorted(
    [
        "s",
        "es",
        "e",
        "ed",
        "ing",
        "er",
        "ers",
        "ion",
        "ions",
        "al",
        "aux",
        "ment",
        "ments",
        "ción",
        "ciones",
        "os",
        "as",
    ],
    key=len,
    reverse=True,
)


def stem_of(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def variants(word: str, vocabulary: Counter) -> list[str]:
    """The word and the vocabulary's words sharing its stem (plurals, -ing forms...)."""
    lowered = word.lower()
    if len(lowered) < 4:
        return [word]
    stem = stem_of(lowered)
    found = sorted(
        (w for w in vocabulary if w.startswith(stem[:4]) and stem_of(w) == stem),
        key=lambda w: -vocabulary[w],
    )
    others = [w for w in found if w != lowered][: MAX_VARIANTS - 1]
    return [word, *others]


def corrected_text(text: str, words, corrected: list[str]) -> str:
    for original, replacement in zip(words, corrected, strict=True):
        if original != replacement:
            text = re.sub(rf"\b{re.escape(original)}\b", replacement, text, count=1)
    return text
