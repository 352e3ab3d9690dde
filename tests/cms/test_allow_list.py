"""The schema is an allow-list (cms.graphql.allow_list): the built schema serves exactly the
declared root fields, page-interface fields and page-type fields, so no grapple upgrade, new
model column or new mixin field reaches frontends without being declared."""

import graphene
import pytest
from graphene.utils.str_converters import to_camel_case
from grapple.actions import get_field_type
from grapple.registry import registry

from cms.graphql.allow_list import (
    MUTATION_FIELDS,
    PAGE_INTERFACE_FIELDS,
    PAGE_TYPE_FIELDS,
    QUERY_FIELDS,
    declared_object_type,
    keep,
)
from cms.graphql.schema import domain_queries, grapple_query_mixins, schema

SERVED = schema.graphql_schema


def page_types() -> dict:
    return {
        name: graphql_type
        for name, graphql_type in SERVED.type_map.items()
        if "PageInterface" in {i.name for i in getattr(graphql_type, "interfaces", ())}
    }


def test_the_root_fields_served_are_the_declared_ones():
    assert set(SERVED.query_type.fields) == QUERY_FIELDS
    assert set(SERVED.mutation_type.fields) == MUTATION_FIELDS


def test_the_page_interface_serves_the_declared_fields():
    assert set(SERVED.type_map["PageInterface"].fields) == PAGE_INTERFACE_FIELDS


def test_every_page_type_serves_the_interface_and_its_declared_fields():
    served = page_types()
    assert set(served) == set(PAGE_TYPE_FIELDS)
    for name, graphql_type in served.items():
        assert set(graphql_type.fields) == PAGE_INTERFACE_FIELDS | PAGE_TYPE_FIELDS[name], name


def test_wagtail_bookkeeping_is_not_served_on_any_page_type():
    internal = {"draftTitle", "latestRevision", "hasUnpublishedChanges", "lockedBy", "owner"}
    internal |= {"path", "numchild", "aliasOf", "aliases", "goLiveAt", "translationKey"}
    for name, graphql_type in page_types().items():
        assert not internal & set(graphql_type.fields), name


def test_a_page_models_graphql_fields_are_all_declared():
    """A field added to a model's `graphql_fields` but not to the allow-list is not served:
    this says so, rather than a frontend finding it missing."""
    for model, graphene_type in registry.pages.items():
        own = set()
        for field in getattr(model, "graphql_fields", []):
            field, _ = get_field_type(field() if callable(field) else field)
            own.add(to_camel_case(field.field_name))
        declared = PAGE_INTERFACE_FIELDS | PAGE_TYPE_FIELDS[graphene_type._meta.name]
        assert own <= declared, f"{model.__name__}: declare {own - declared} in the allow-list"


class GrappleUpgrade:
    """What a new grapple version might offer: a root field nobody declared."""

    draft_pages = graphene.List(graphene.String)

    def resolve_draft_pages(self, info):
        return ["SECRET"]


def test_a_field_offered_by_a_new_mixin_is_not_served():
    query = declared_object_type(
        "Query", [*domain_queries(), *grapple_query_mixins(), GrappleUpgrade], QUERY_FIELDS
    )
    assert "draft_pages" not in query._meta.fields
    assert {to_camel_case(name) for name in query._meta.fields} == QUERY_FIELDS


def test_a_field_added_to_a_page_type_is_not_kept():
    class Built(graphene.ObjectType):
        title = graphene.String()
        draft_title = graphene.String()

    keep(Built, PAGE_INTERFACE_FIELDS)
    assert list(Built._meta.fields) == ["title"]


@pytest.mark.django_db
def test_an_undeclared_field_is_a_validation_error_over_http(gql):
    result = gql.execute("{ pages { title ... on ContentPage { draftTitle translationKey } } }")
    messages = " ".join(error["message"] for error in result["errors"])
    assert "draftTitle" in messages and "translationKey" in messages
