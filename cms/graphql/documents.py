"""Parsed and validated documents, cached per query text.

Clients repeat a few operations (the frontend contract's), so the work that depends only on the
text runs once per text and process: counting tokens, parsing, and the standard validation
(GraphQL's rules, depth, introspection). The limits (limits.check_limits) price the operation
with each request's variables, so the view checks them on every request, on the cached document.

Both caches are LRU and bounded in entries; a text longer than MAX_CACHED_CHARS is handled
uncached, so a few huge bodies cannot fill memory. graphql-core never mutates a document, so one
parsed document is shared by concurrent requests.
"""

from functools import lru_cache

import graphql
from django.conf import settings
from graphene_django.settings import graphene_settings
from graphql import DocumentNode, GraphQLError, GraphQLSchema

from .limits import check_size

CACHED_DOCUMENTS = 512
MAX_CACHED_CHARS = 20_000


def parse(query: str) -> DocumentNode:
    """The document for `query`; raises the GraphQLError of a too-long or malformed text."""
    if len(query) > MAX_CACHED_CHARS:
        return _parse(query, settings.GRAPHQL_MAX_TOKENS)
    return _cached_parse(query, settings.GRAPHQL_MAX_TOKENS)


def validate(
    schema: GraphQLSchema, query: str, document: DocumentNode, rules: tuple
) -> list[GraphQLError]:
    """Errors of the standard validation of `document`, parsed from `query`. `rules` must be
    the same tuple from one request to the next (see view.standard_rules) for the cache to hit."""
    if len(query) > MAX_CACHED_CHARS:
        return _validate(schema, document, rules)
    return list(_cached_validate(schema, query, rules, settings.GRAPHQL_MAX_TOKENS))


def _parse(query: str, max_tokens: int) -> DocumentNode:
    # The token limit is a key of the cache: a text admitted under one limit is not under a
    # lower one (settings are overridden in tests).
    refusal = check_size(query)
    if refusal is not None:
        raise refusal
    return graphql.parse(query)


def _validate(schema: GraphQLSchema, document: DocumentNode, rules: tuple) -> list[GraphQLError]:
    return graphql.validate(schema, document, rules, graphene_settings.MAX_VALIDATION_ERRORS)


_cached_parse = lru_cache(maxsize=CACHED_DOCUMENTS)(_parse)


@lru_cache(maxsize=CACHED_DOCUMENTS)
def _cached_validate(schema, query, rules, max_tokens) -> tuple[GraphQLError, ...]:
    return tuple(_validate(schema, _cached_parse(query, max_tokens), rules))
