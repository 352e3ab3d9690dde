"""The `citation(format:)` field of knowledge products, and the enum search's export shares.

A product's citation is built from what a listing already fetched (authors prefetched,
publisher joined, the publisher's translations and the site's root paths cached per request),
so selecting `citation` in a listing adds no query per item.
"""

from __future__ import annotations

import graphene
from django.utils import timezone
from grapple.models import GraphQLField

from cms.public_urls import absolute_url

from ..citations import CitationFormat, Work, format_citations

CitationFormatEnum = graphene.Enum.from_enum(
    CitationFormat,
    name="CitationFormat",
    description="BibTeX (BibLaTeX), RIS (EndNote, Zotero) or CSL JSON (Zotero, Pandoc)",
)


def chosen_format(value) -> CitationFormat:
    """The Python enum member, whether graphene hands over the member or its value."""
    return CitationFormat(getattr(value, "value", value))


def page_url(page) -> str:
    """The page's public address, as its `url` field gives it (no per-request site lookup)."""
    return absolute_url(page.url or "")


def product_work(product, info) -> Work:
    """A product as cited in its own language: a translation's title is its own; authors,
    date and identifiers are synchronised from the source; the publisher's name is the one
    the request shows."""
    publisher = product.publisher
    return Work(
        title=product.title,
        kind=product.product_type,
        url=page_url(product),
        accessed=timezone.localdate(),
        authors=tuple(person.name for person in product.author_list),
        publisher=publisher.localized(info, "name") if publisher else "",
        date=product.publication_date,
        isbn=product.isbn,
        doi=product.doi,
        language=product.language,
    )


def cite_product(product, info, format) -> str:  # noqa: A002 (the GraphQL argument)
    return format_citations([product_work(product, info)], chosen_format(format))


def GraphQLCitation():  # noqa: N802 (grapple idiom)
    """`citation(format: CitationFormat!): String!`, answered here (the citation carries the
    URL on the host asked on): the model takes no `info`."""

    def Mixin():  # noqa: N802
        def with_format_argument(field_type):
            return graphene.Field(
                field_type,
                format=graphene.Argument(graphene.NonNull(CitationFormatEnum)),
                description="This product cited for a reference manager (one entry)",
                resolver=cite_product,
            )

        return GraphQLField("citation", graphene.String, required=True), with_format_argument

    return Mixin
