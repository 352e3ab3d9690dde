"""What the Elasticsearch index holds: one elasticsearch-dsl document per visible page.

Text is stored once per language group (`title_en`, `title_fr`, ... `title_std`), each analysed
by that language's analyzer; a page's text goes into the group of its locale's language and,
for a knowledge product, also of the publication's own language. Facet fields come from
search.facets so both engines count the same things.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from elasticsearch_dsl import Date, Document, Index, Integer, Keyword, Text, analyzer, token_filter
from wagtail.models import Page

from cms.visibility import visible_pages

from .attachments import attachment_texts
from .dates import sort_date
from .facets import CITY, EVENT, FACETS, FORUM, KNOWLEDGE, NEWS, Source, page_values
from .languages import analyzed_languages, analyzer_for, group_for
from .ranking import FIELD_BOOSTS
from .text import stream_text

# Searchable text fields and their weight in queries (the same for both engines).
TEXT_FIELDS = FIELD_BOOSTS
HIGHLIGHTED = ("title", "summary", "body", "attachment")

CUSTOM_ANALYZERS = {
    "autocomplete": analyzer(
        "autocomplete",
        tokenizer="standard",
        filter=[
            "lowercase",
            "asciifolding",
            token_filter("autocomplete_edges", "edge_ngram", min_gram=1, max_gram=20),
        ],
    ),
    # Elasticsearch's "arabic" analyzer without its stemmer, for servers that lack one.
    "arabic_unstemmed": analyzer(
        "arabic_unstemmed",
        tokenizer="standard",
        filter=[
            "lowercase",
            "decimal_digit",
            token_filter("arabic_stopwords", "stop", stopwords="_arabic_"),
            "arabic_normalization",
        ],
    ),
}

# Names (not slugs) researchers type: themes, tags, authors, places.
KEYWORD_SOURCES = [
    Source(KNOWLEDGE, "themes__name"),
    Source(NEWS, "themes__name"),
    Source(EVENT, "themes__name"),
    Source(FORUM, "theme__name"),
    Source(NEWS, "tags__name"),
    Source(KNOWLEDGE, "authors__name"),
    Source(KNOWLEDGE, "publisher__name"),
    Source(KNOWLEDGE, "publisher__acronym"),
    Source(KNOWLEDGE, "regions__name"),
    Source(CITY, "region__name"),
    Source(CITY, "city_name"),
    Source(KNOWLEDGE, "related_cities__city_name", visible_through="related_cities"),
    Source(NEWS, "related_cities__city_name", visible_through="related_cities"),
    Source(EVENT, "city__city_name", visible_through="city"),
    Source(EVENT, "venue"),
]


def field_name(field: str, group: str) -> str:
    return f"{field}_{group}"


@cache
def page_document_class() -> type[Document]:
    """The document class, with one field per text field and language group."""
    attrs = {
        "page_id": Integer(),
        "locale": Keyword(),
        "translation_key": Keyword(),  # hits are collapsed on it: one hit per work
        "content_type": Keyword(),
        "title": Keyword(index=False),
        "sort_title": Keyword(),
        "autocomplete": Text(analyzer=CUSTOM_ANALYZERS["autocomplete"], search_analyzer="standard"),
        "spell": Text(analyzer="standard"),
        "date": Date(),
        "live_revision": Integer(),
    }
    for group in analyzed_languages():
        name = analyzer_for(group)
        for field in TEXT_FIELDS:
            attrs[field_name(field, group)] = Text(analyzer=CUSTOM_ANALYZERS.get(name, name))
    for facet in FACETS:
        attrs[f"facet_{facet}"] = Keyword()
    return type("PageDocument", (Document,), attrs)


def new_index(name: str) -> Index:
    index = Index(name)
    index.document(page_document_class())
    return index


def keyword_texts(page_ids: list[int]) -> dict[int, list[str]]:
    texts: dict[int, list[str]] = defaultdict(list)
    for source in KEYWORD_SOURCES:
        for pk, value in source.queryset(pk__in=page_ids).values_list("pk", source.lookup):
            if value:
                texts[pk].append(str(value))
    return texts


def build_documents(page_ids: list[int]) -> dict[int, Document]:
    """Documents of the visible pages among `page_ids` (the others belong out of the index)."""
    from cities.countries import country_name

    pages = list(visible_pages(Page.objects.filter(pk__in=page_ids)).specific())
    ids = [page.pk for page in pages]
    facets = page_values(ids)
    keywords = keyword_texts(ids)
    product_ids = [page.pk for page in pages if page._meta.label == KNOWLEDGE]
    attachments = attachment_texts(product_ids) if product_ids else {}
    locales = {locale.pk: locale.language_code for locale in _locales()}
    document_class = page_document_class()
    documents = {}
    for page in pages:
        values = facets.get(page.pk, {})
        words = keywords.get(page.pk, []) + [
            country_name(code) for code in values.get("country", [])
        ]
        texts = {
            "title": page.title,
            "summary": getattr(page, "summary", ""),
            "body": stream_text(page),
            "keywords": " ".join(words),
            "attachment": attachments.get(page.pk, ""),
        }
        locale = locales.get(page.locale_id, "")
        groups = {group_for(locale)}
        if page._meta.label == KNOWLEDGE:
            groups.add(group_for(page.language))
        document = document_class(
            meta={"id": page.pk},
            page_id=page.pk,
            locale=locale,
            translation_key=str(page.translation_key),
            content_type=f"{page._meta.app_label}.{page._meta.model_name}",
            title=page.title,
            sort_title=page.title.lower(),
            autocomplete=page.title,
            spell=" ".join(text for text in texts.values() if text),
            date=sort_date(page),
            live_revision=page.live_revision_id,
            **{f"facet_{name}": found for name, found in values.items()},
        )
        for group in groups:
            for field, text in texts.items():
                if text:
                    setattr(document, field_name(field, group), text)
        documents[page.pk] = document
    return documents


def _locales():
    from wagtail.models import Locale

    return Locale.objects.all()
