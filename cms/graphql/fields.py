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


def GraphQLLoadedImage(field_name: str, **kwargs):  # noqa: N802 (grapple idiom)
    """Grapple's `GraphQLImage`, read through the request's image loader: the images of every
    page in a list, whatever path listed them, cost one query."""

    def Mixin():  # noqa: N802
        from grapple.types.images import get_image_type

        from .dataloaders import image

        attname = f"{field_name}_id"

        def with_resolver(field_type):
            return graphene.Field(
                field_type,
                description=kwargs.get("description"),
                resolver=lambda page, info: image(info, getattr(page, attname)),
            )

        return GraphQLField(field_name, get_image_type, **kwargs), with_resolver

    return Mixin


def GraphQLResolved(field_name: str, field_type, resolver, **kwargs):  # noqa: N802
    """A field answered by the GraphQL layer's `resolver(instance, info, **arguments)`, for a
    value that depends on the request (the requester's policy, the host asked on): models
    never take `info`. `arguments` are the field's graphene arguments."""
    arguments = kwargs.pop("arguments", {})

    def Mixin():  # noqa: N802
        def with_resolver(graphene_type):
            return graphene.Field(
                graphene_type,
                description=kwargs.get("description"),
                resolver=resolver,
                **arguments,
            )

        return GraphQLField(field_name, field_type, **kwargs), with_resolver

    return Mixin


def GraphQLShownRelated(declaration, loader: str, source: str):  # noqa: N802 (grapple idiom)
    """Grapple's field `declaration` (a page or a list of pages related to the page), answered
    with the related pages a reader of the page's locale is shown: what the model attribute
    `source` names, swapped by the request's `loader` (a `ShownPagesLoader`, by dotted path)
    for their translations, for every page of the response at once."""

    def resolve(page, info, **kwargs):
        from django.utils.module_loading import import_string

        from .batch import loader as request_loader

        value = getattr(page, source)
        related = value if isinstance(value, list) else [] if value is None else [value]
        shown = request_loader(info, import_string(loader)).shown(page, related)
        return shown if isinstance(value, list) else next(iter(shown), None)

    def Mixin():  # noqa: N802
        field = declaration()

        def with_resolver(field_type):
            return graphene.Field(
                field_type,
                description=field.description,
                deprecation_reason=field.deprecation_reason,
                resolver=resolve,
            )

        return field, with_resolver

    return Mixin
