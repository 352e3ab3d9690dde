"""The one GraphQL schema: grapple's generated types plus each domain app's root fields.

Domain mixins come first so that where they redefine a grapple root field (for instance the
privacy-safe `search`) theirs wins.
"""

import graphene
from grapple.registry import registry
from grapple.settings import grapple_settings
from wagtail import hooks

from cities.graphql.schema import Query as CitiesQuery
from events.graphql.schema import Query as EventsQuery
from forums.graphql.schema import Query as ForumsQuery
from home.graphql.schema import Query as HomeQuery
from knowledge.graphql.schema import Query as KnowledgeQuery
from news.graphql.schema import Query as NewsQuery

from .search import SearchQuery

DOMAIN_QUERIES = [
    SearchQuery,
    HomeQuery,
    NewsQuery,
    EventsQuery,
    CitiesQuery,
    KnowledgeQuery,
    ForumsQuery,
]


def grapple_query_mixins() -> list:
    mixins: list = []
    for register in hooks.get_hooks("register_schema_query"):
        register(mixins)
    return [mixin for mixin in mixins if mixin is not graphene.ObjectType]


def create_schema() -> graphene.Schema:
    query = type("Query", (*DOMAIN_QUERIES, *grapple_query_mixins(), graphene.ObjectType), {})
    return graphene.Schema(
        query=query,
        types=list(registry.models.values()),
        auto_camelcase=grapple_settings.AUTO_CAMELCASE,
    )


schema = create_schema()
