"""Grapple field declarations for relations that must be filtered before they are shown."""

import graphene
from django.apps import apps
from grapple.models import GraphQLField
from grapple.registry import registry


def GraphQLModelList(field_name: str, model_label: str, **kwargs):  # noqa: N802 (grapple idiom)
    """A required list of `model_label` objects resolved by the model attribute `source`.

    Unlike grapple's `GraphQLCollection`, it offers no per-item query arguments, so a listing's
    prefetch is always what is read.
    """

    def Mixin():  # noqa: N802
        model = apps.get_model(model_label)
        item = graphene.NonNull(lambda: registry.models[model])
        return GraphQLField(field_name, graphene.List(item, required=True), **kwargs)

    return Mixin
