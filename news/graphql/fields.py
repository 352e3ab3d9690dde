"""Grapple field declarations for relations that must be filtered before they are shown."""

import graphene
from django.apps import apps
from grapple.models import GraphQLField
from grapple.registry import registry


def GraphQLModelList(field_name: str, model_label: str, **kwargs):
    """A required list of `model_label` objects resolved by the model attribute `source`.

    Grapple's `GraphQLCollection(GraphQLForeignKey, ...)` reads the raw relation (drafts included)
    and offers limit/order/search arguments that would re-query per item; this plain list reads
    whatever the model's `source` method returns, which is where visibility is decided.
    """

    def Mixin():
        model = apps.get_model(model_label)
        item = graphene.NonNull(lambda: registry.models[model])
        return GraphQLField(field_name, graphene.List(item, required=True), **kwargs)

    return Mixin
