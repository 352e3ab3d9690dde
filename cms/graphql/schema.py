"""The one GraphQL schema: grapple's generated types plus each domain app's root fields.

Domain mixins come first so that where they redefine a grapple root field (for instance the
privacy-safe `search`) theirs wins.
The schema is built lazily (graphene-django imports it on the first request), after grapple's
AppConfig.ready() has generated the page types.
"""

import graphene
from grapple.registry import registry
from grapple.settings import grapple_settings
from wagtail import hooks

from cities.graphql.schema import Query as CitiesQuery
from events.graphql.schema import Query as EventsQuery
from forums.graphql.mutations import Mutation as ForumsMutation
from forums.graphql.schema import Query as ForumsQuery
from home.graphql.schema import Query as HomeQuery
from knowledge.graphql.schema import Query as KnowledgeQuery
from members.graphql.schema import Mutation as MembersMutation
from members.graphql.schema import Query as MembersQuery
from news.graphql.schema import Query as NewsQuery
from search.graphql.schema import SearchQuery

from .hardening import strip_internal_page_fields
from .interfaces import PageInterface
from .locales import LocalesQuery
from .page_roots import add_locale_argument
from .safe_roots import SafeRootQuery
from .snippet_roots import SnippetQuery

DOMAIN_QUERIES = [
    SearchQuery,
    SafeRootQuery,
    LocalesQuery,
    SnippetQuery,
    HomeQuery,
    NewsQuery,
    EventsQuery,
    CitiesQuery,
    KnowledgeQuery,
    ForumsQuery,
    MembersQuery,
]

DOMAIN_MUTATIONS = [MembersMutation, ForumsMutation]


def grapple_query_mixins() -> list:
    mixins: list = []
    for register in hooks.get_hooks("register_schema_query"):
        register(mixins)
    return [mixin for mixin in mixins if mixin is not graphene.ObjectType]


def create_schema() -> graphene.Schema:
    mixins = grapple_query_mixins()  # registers grapple's base Page type: strip after this
    strip_internal_page_fields(PageInterface)
    add_locale_argument(mixins)
    query = type("Query", (*DOMAIN_QUERIES, *mixins, graphene.ObjectType), {})
    mutation = type("Mutation", (*DOMAIN_MUTATIONS, graphene.ObjectType), {})
    return graphene.Schema(
        query=query,
        mutation=mutation,
        types=list(registry.models.values()),
        auto_camelcase=grapple_settings.AUTO_CAMELCASE,
    )


schema = create_schema()
