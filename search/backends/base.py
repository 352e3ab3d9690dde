"""The one interface both search engines implement, and the shapes they answer with.

GraphQL code talks to `SearchEngine` only. An engine says what it can do in `capabilities`;
what it cannot do is reported in the response (`notices`), never raised as an error.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from .. import conf

SORTS = ("relevance", "newest", "oldest", "title")
PHRASE = re.compile(r'"([^"]+)"')


@dataclass(frozen=True)
class ParsedQuery:
    """What a researcher typed: free words and "quoted phrases" that must appear as written."""

    text: str
    words: tuple[str, ...]
    phrases: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> ParsedQuery:
        text = (text or "").strip()
        phrases = tuple(p.strip() for p in PHRASE.findall(text) if p.strip())
        rest = PHRASE.sub(" ", text).replace('"', " ")
        return cls(text=text, words=tuple(rest.split()), phrases=phrases)

    @property
    def free_text(self) -> str:
        return " ".join(self.words)

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)


@dataclass(frozen=True)
class SearchRequest:
    query: ParsedQuery
    locale: str | None = None
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = 20
    # Languages in the order a work's copy is shown (search.works.preferred_locales).
    preference: tuple[str, ...] = ()
    # Pages with a pending index update: an index may be stale for them (Elasticsearch only).
    exclude_ids: frozenset[int] = frozenset()

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass
class Highlight:
    field: str
    fragments: list[str]


@dataclass
class Hit:
    page_id: int
    score: float | None = None
    highlights: list[Highlight] = field(default_factory=list)
    # The work's other matching copies (translations), preferred language first.
    other_page_ids: list[int] = field(default_factory=list)
    page: object = None  # the specific page, loaded by the service
    others: list = field(default_factory=list)  # pages of other_page_ids, loaded by the service


@dataclass
class Bucket:
    value: str
    count: int
    label: str = ""
    selected: bool = False


@dataclass
class Facet:
    name: str
    buckets: list[Bucket]


@dataclass
class Notice:
    code: str
    message: str


@dataclass(frozen=True)
class Capabilities:
    highlights: bool
    suggestions: bool
    typo_tolerance: bool
    language_analysis: bool
    attachment_text: bool


@dataclass
class SearchResponse:
    total: int  # works (translation groups), not copies
    hits: list[Hit]
    facets: list[Facet]
    engine: str
    capabilities: Capabilities
    suggestion: str | None = None
    notices: list[Notice] = field(default_factory=list)


@dataclass
class Suggestion:
    text: str
    page_id: int
    page: object = None


class EngineUnavailable(Exception):
    """The engine could not answer (server down, index missing...): use another one."""


class SearchEngine(ABC):
    name: str
    capabilities: Capabilities

    @abstractmethod
    def search(self, request: SearchRequest) -> SearchResponse: ...

    @abstractmethod
    def suggest(
        self, prefix: str, locale: str | None, limit: int, exclude_ids: frozenset[int] = frozenset()
    ) -> list[Suggestion]: ...

    def unavailable_notices(self) -> list[Notice]:
        """Notices stating what this engine cannot do, added to every response."""
        notices = []
        if not self.capabilities.language_analysis:
            notices.append(
                Notice(
                    "NO_LANGUAGE_ANALYSIS",
                    f"The {self.name} engine does not analyse text per language.",
                )
            )
        return notices


def get_engine() -> SearchEngine:
    """Elasticsearch when ELASTICSEARCH_URL is set, else the database."""
    if conf.elasticsearch_url():
        from .elasticsearch import ElasticsearchEngine

        return ElasticsearchEngine()
    from .database import DatabaseEngine

    return DatabaseEngine()
