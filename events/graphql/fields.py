"""Grapple field declarations that grapple does not ship: filtered relations, enums, datetimes."""

import graphene
from django.apps import apps
from grapple.models import GraphQLField
from grapple.registry import registry


def GraphQLModelList(field_name: str, model_label: str, **kwargs):
    """A required list of `model_label` objects resolved by the model attribute `source`.

    Unlike grapple's `GraphQLCollection`, it offers no per-item query arguments, so a listing's
    prefetch is always what is read.
    """

    def Mixin():
        model = apps.get_model(model_label)
        item = graphene.NonNull(lambda: registry.models[model])
        return GraphQLField(field_name, graphene.List(item, required=True), **kwargs)

    return Mixin


def GraphQLEventType(field_name: str, **kwargs):
    """The event type as the `EventType` enum, the same values the listing filters by."""

    def Mixin():
        from .enums import EventTypeEnum

        return GraphQLField(field_name, EventTypeEnum, **kwargs)

    return Mixin


def GraphQLDateTime(field_name: str, **kwargs):
    def Mixin():
        return GraphQLField(field_name, graphene.DateTime, **kwargs)

    return Mixin
