"""Relevance, defined once for both engines: field weights and page-type weights.

A match in a title counts more than one in a summary or keywords, which counts more than one in
the body or an attached PDF (`FIELD_BOOSTS`, used by Elasticsearch's multi_match and by the
database engine's own scoring). Navigation pages (the home page, section and index pages) hold a
little of everything in their intros, so for a topical query they would outrank the reports and
news a researcher wants; their score is multiplied by `NAVIGATION_WEIGHT`.

The database engine scores matches itself: Wagtail's SQLite backend weighs every column alike
and its combination of several words' BM25 values can invert the order, so a page that mentions
both words once in a long body outranked a report with both in its title. Its score follows the
Elasticsearch query: per word, the best field it occurs in (boost x rarity), plus a bonus when
the words appear together, times the page-type weight.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from django.contrib.contenttypes.models import ContentType

from .attachments import attachment_texts
from .text import BODY_FIELDS, flatten, words_of

FIELD_BOOSTS = {"title": 4.0, "keywords": 2.0, "summary": 2.0, "body": 1.0, "attachment": 0.5}
NAVIGATION_WEIGHT = 0.25
NAVIGATION_TYPES = (
    "home.homepage",
    "home.sectionpage",
    "news.newsindexpage",
    "knowledge.knowledgeindexpage",
    "events.eventindexpage",
    "cities.cityindexpage",
    "forums.forumindexpage",
)
# The database engine scores at most this many matches (in the database's own order), as
# Elasticsearch rescores a window of its top hits: enough for any page a researcher reads.
RANK_WINDOW = 500
# BM25's length normalisation with a typical length per field: a word in a short title says
# more about a page than the same word in a long one.
TYPICAL_LENGTH = {"title": 8, "keywords": 10, "summary": 25, "body": 400, "attachment": 2000}
K1, B = 1.2, 0.75


def length_factor(field: str, length: int) -> float:
    """BM25's weight of one occurrence in a field of `length` words (1.0 at typical length)."""
    return (K1 + 1) / (K1 * (1 - B + B * length / TYPICAL_LENGTH[field]) + 1)


def type_weight(content_type: str) -> float:
    return NAVIGATION_WEIGHT if content_type in NAVIGATION_TYPES else 1.0


def page_texts(pages: list[tuple[int, int]]) -> dict[int, dict[str, str]]:
    """Summary, body and PDF text of each (page id, content type id): one query per page type,
    and the stored PDF text of knowledge products."""
    ids_by_type: dict[int, list[int]] = defaultdict(list)
    for pk, content_type_id in pages:
        ids_by_type[content_type_id].append(pk)
    texts: dict[int, dict[str, str]] = {pk: {} for pk, _ in pages}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        names = {field.name for field in model._meta.concrete_fields} if model else set()
        bodies = [name for name in BODY_FIELDS if name in names]
        fields = (["summary"] if "summary" in names else []) + bodies
        if not fields:
            continue
        for pk, *values in model.objects.filter(pk__in=ids).values_list("pk", *fields):
            found = dict(zip(fields, values, strict=True))
            texts[pk]["summary"] = found.pop("summary", "") or ""
            texts[pk]["body"] = " ".join(
                text for value in found.values() for text in flatten(value) if text
            )
    products = [pk for pk, content_type_id in pages if content_type_id == product_type().pk]
    for pk, text in (attachment_texts(products) if products else {}).items():
        texts[pk]["attachment"] = text
    return texts


def product_type() -> ContentType:
    return ContentType.objects.get_by_natural_key("knowledge", "knowledgeproductpage")


class Scorer:
    """Scores pages for the words of one query (each with its accepted variants)."""

    def __init__(self, words: list[list[str]], phrases: tuple[str, ...], frequencies: Counter):
        self.words = [{variant.lower() for variant in variants} for variants in words]
        self.together = " ".join(variants[0].lower() for variants in words if variants)
        self.phrases = [" ".join(words_of(phrase)) for phrase in phrases]
        # What highlights mark: every accepted variant of a word, and the words of phrases.
        self.marked = set().union(*self.words, *(phrase.split() for phrase in self.phrases))
        total = sum(frequencies.values()) or 1
        self.rarity = [
            max(math.log(total / (1 + min(frequencies.get(v, 0) for v in variants))), 1.0)
            for variants in self.words
        ]

    def score(self, fields: dict[str, str], content_type: str) -> float:
        texts = {name: " ".join(words_of(text)) for name, text in fields.items() if text}
        found = {name: set(text.split()) for name, text in texts.items()}
        score = 0.0
        lengths = {name: text.count(" ") + 1 for name, text in texts.items()}
        for variants, rarity in zip(self.words, self.rarity, strict=True):
            boosts = [
                FIELD_BOOSTS[name] * length_factor(name, lengths[name])
                for name, words in found.items()
                if variants & words
            ]
            score += rarity * max(boosts, default=0.0)
        for phrase in [self.together, *self.phrases]:
            if " " in phrase:
                boosts = [FIELD_BOOSTS[name] for name, text in texts.items() if phrase in text]
                score += max(boosts, default=0.0) * phrase.count(" ")
        return score * type_weight(content_type)


def rank(pages: list, scorer: Scorer) -> list[tuple[object, float]]:
    """`pages` (base Page rows) with their scores, best first; ties keep the given order."""
    texts = page_texts([(page.pk, page.content_type_id) for page in pages])
    scored = []
    for page in pages:
        content_type = ContentType.objects.get_for_id(page.content_type_id)
        label = f"{content_type.app_label}.{content_type.model}"
        scored.append((page, scorer.score({"title": page.title, **texts[page.pk]}, label)))
    return sorted(scored, key=lambda item: -item[1])
