"""Root query fields of the knowledge domain."""

import graphene

from cms.graphql.locales import locale_argument
from cms.graphql.pagination import pagination_args

from . import dataloaders  # noqa: F401 (registers what a list of its pages loads)
from .resolvers import resolve_knowledge_products
from .types import KnowledgeProductListing, KnowledgeProductType


class Query:
    knowledge_products = graphene.Field(
        graphene.NonNull(KnowledgeProductListing),
        locale=locale_argument(),
        product_type=KnowledgeProductType(),
        theme=graphene.String(description="Theme slug, e.g. housing"),
        year=graphene.Int(description="Year of publication"),
        language=graphene.String(description="Language of the publication (ISO 639-1)"),
        region=graphene.String(description="Region slug, e.g. africa"),
        city=graphene.ID(description="ID of a related city profile (any of its translations)"),
        author=graphene.ID(description="ID of an author (a person)"),
        **pagination_args(),
        description="Knowledge products (reports, toolkits...) in one locale, newest first, "
        "with totals",
    )

    def resolve_knowledge_products(self, info, **kwargs):
        return resolve_knowledge_products(info, **kwargs)
