"""The one GraphQL schema: grapple's generated types plus each domain app's root fields.

The apps' mixins are named in settings (GRAPHQL_QUERIES, GRAPHQL_MUTATIONS), so cms wires them
together without importing a domain app. Domain mixins come first so that where they redefine a
grapple root field (for instance the privacy-safe `search`) or its resolver (`page`, `tags`),
theirs wins. Only the fields declared in cms.graphql.allow_list are served, whatever grapple or
a mixin offers.
The schema is built lazily (graphene-django imports it on the first request), after grapple's
AppConfig.ready() has generated the page types.
"""

import graphene
from django.conf import settings
from django.utils.module_loading import import_string
from grapple.registry import registry
from grapple.settings import grapple_settings
from wagtail import hooks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.blocks import LoadedImageChooserBlock

from .allow_list import (
    MUTATION_FIELDS,
    QUERY_FIELDS,
    declared_object_type,
    keep_declared_page_fields,
)
from .chooser_blocks import answer_chooser_blocks
from .generic_listings import GenericListingsQuery, deprecate_offset_lists
from .interfaces import PageInterface
from .locales import LocalesQuery
from .page_roots import PageRootResolvers, add_locale_argument, resolve_site_fields
from .snippet_roots import SnippetQuery
from .table_block import TableBlock as TableBlockType
from .tags_and_redirects import TagAndRedirectResolvers

CMS_QUERIES = [
    PageRootResolvers,
    TagAndRedirectResolvers,
    LocalesQuery,
    SnippetQuery,
    GenericListingsQuery,
]


def domain_queries() -> list:
    """The project's query mixins: the apps' (settings.GRAPHQL_QUERIES, dotted paths, so cms
    imports no domain app) around cms's own, which take their place at "cms"."""
    queries: list = []
    for path in settings.GRAPHQL_QUERIES:
        queries.extend(CMS_QUERIES if path == "cms" else [import_string(path)])
    return queries


def domain_mutations() -> list:
    return [import_string(path) for path in settings.GRAPHQL_MUTATIONS]


def grapple_query_mixins() -> list:
    mixins: list = []
    for register in hooks.get_hooks("register_schema_query"):
        register(mixins)
    return [mixin for mixin in mixins if mixin is not graphene.ObjectType]


def create_schema() -> graphene.Schema:
    # The loading image chooser is Wagtail's for the schema too (same GraphQL block type).
    registry.streamfield_blocks[LoadedImageChooserBlock] = registry.streamfield_blocks[
        ImageChooserBlock
    ]
    registry.streamfield_blocks[TableBlock] = TableBlockType  # grapple has no table type
    answer_chooser_blocks()
    resolve_site_fields()
    mixins = grapple_query_mixins()  # registers grapple's base Page type: keep after this
    keep_declared_page_fields(PageInterface, registry.pages.values())
    add_locale_argument(mixins)
    queries = domain_queries()
    deprecate_offset_lists([*queries, *mixins])
    query = declared_object_type("Query", [*queries, *mixins], QUERY_FIELDS)
    mutation = declared_object_type("Mutation", domain_mutations(), MUTATION_FIELDS)
    return graphene.Schema(
        query=query,
        mutation=mutation,
        types=list(registry.models.values()),
        auto_camelcase=grapple_settings.AUTO_CAMELCASE,
    )


schema = create_schema()
