"""GraphQL types of the knowledge domain that grapple does not generate from the models."""

import graphene
from grapple.registry import registry

from cms.graphql.pagination import paginated_type

from ..models import KnowledgeProductPage

KnowledgeProductType = graphene.Enum(
    "KnowledgeProductType",
    [(choice.name, choice.value) for choice in KnowledgeProductPage.ProductType],
    description="What kind of publication a knowledge product is",
)

KnowledgeProductListing = paginated_type(
    lambda: registry.pages[KnowledgeProductPage], "KnowledgeProductListing", localized=True
)
