"""Grapple field declarations grapple does not ship, shared by every domain app."""

import graphene
from django.apps import apps
from grapple.models import GraphQLField
from grapple.registry import registry


def GraphQLModelList(field_name: str, model_label: str, **kwargs):  # noqa: N802 (grapple idiom)
    """A required list of `model_label` objects, read from the model attribute `source`.

    Grapple's `GraphQLCollection(GraphQLForeignKey, ...)` reads the raw relation (drafts
    included) and offers limit/order/search arguments that re-query per item; this plain list
    returns what the model's `source` method returns, which is where visibility is decided and
    where a listing's prefetch is picked up.
    """

    def Mixin():  # noqa: N802
        model = apps.get_model(model_label)
        item = graphene.NonNull(lambda: registry.models[model])
        return GraphQLField(field_name, graphene.List(item, required=True), **kwargs)

    return Mixin


def GraphQLDateTime(field_name: str, **kwargs):  # noqa: N802
    def Mixin():  # noqa: N802
        return GraphQLField(field_name, graphene.DateTime, **kwargs)

    return Mixin
