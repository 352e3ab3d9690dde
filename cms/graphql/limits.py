"""What one GraphQL request may ask for, checked before anything is resolved.

Depth alone does not bound the work of a request: 100 aliases of a cheap field, or two nested
lists of 100 items, are shallow. So every operation is also priced, and refused above a budget.
As in Contentful's model, objects cost and scalars do not (an object is a row, a resolver, a
privacy check; a scalar is an attribute read):

- an object field costs 1 plus the cost of its selection;
- a list of objects costs its size times that: the `perPage` or `limit` argument (its value,
  a variable's value, or the argument's default: grapple lists 20), or DEFAULT_LIST_SIZE for
  lists without one (themes, tags, translations, StreamField blocks); the `items` or `hits` of
  a paginated listing take the listing's `perPage`;
- fragments are priced where they are spread.

The budget (GRAPHQL_MAX_COST) is 5,000. Contentful's 11,000 would let through the reported
attack (100 siblings of each of 100 siblings: 100 x (1 + 100) = 10,100 objects, 5 s of work);
5,000 refuses it with a margin of two, while the priciest legitimate request in the tests, 100
city profiles with region, contact, image and partnerships with their partner city, region and
image (100 x (5 + 5 x 5) = 3,000), passes. Alias count, tokens
and body size are capped as well, and at most one `signIn` runs per request, so one request
cannot buy many password checks.

Each refusal is an error with its own `extensions.code` and no `data`.
"""

from __future__ import annotations

from django.conf import settings
from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    Source,
    TokenKind,
    get_named_type,
    get_nullable_type,
    is_composite_type,
    value_from_ast,
)
from graphql.language import Lexer
from grapple.settings import grapple_settings

from . import errors

# A list without a perPage/limit argument is priced as if it held this many items: these are a
# page's relations (themes, tags, partnerships, translations), a handful in real content.
DEFAULT_LIST_SIZE = 5
PAGE_SIZE_ARGUMENTS = ("perPage", "limit")
LISTING_ITEMS = ("items", "hits")  # the lists of a paginated listing, sized by its perPage
SIGN_IN_FIELD = "signIn"


class LimitError(GraphQLError):
    def __init__(self, message: str, code: str, node=None, **extensions):
        super().__init__(message, node, extensions={"code": code, **extensions})


def count_tokens(query: str, limit: int) -> int:
    """Tokens in `query`, counted up to `limit` + 1 (lexing stops there). A lexing error is
    left for the parser to report."""
    lexer = Lexer(Source(query))
    count = 0
    try:
        while count <= limit and lexer.advance().kind != TokenKind.EOF:
            count += 1
    except GraphQLError:
        pass
    return count


def check_size(query: str | None) -> LimitError | None:
    if not query:
        return None
    limit = settings.GRAPHQL_MAX_TOKENS
    if count_tokens(query, limit) > limit:
        message = f"The query has more than {limit} tokens."
        return LimitError(message, errors.TOO_MANY_TOKENS, limit=limit)
    return None


class Pricing:
    """Prices one operation's selections, and counts its aliases and sign-ins on the way.
    A fragment is priced once (per page size handed to it), however often it is spread."""

    def __init__(self, schema: GraphQLSchema, fragments: dict, variables: dict):
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.aliases = 0
        self.sign_ins = 0
        self.mutation_type = schema.mutation_type
        self.fragment_costs: dict[tuple[str, int | None], int] = {}
        self.visiting: set[str] = set()

    def list_size(self, field_def, node: FieldNode, inherited: int | None) -> int:
        for name in PAGE_SIZE_ARGUMENTS:
            argument = field_def.args.get(name)
            if argument is None:
                continue
            given = next((a.value for a in node.arguments if a.name.value == name), None)
            value = value_from_ast(given, argument.type, self.variables) if given else None
            if value is None:
                value = argument.default_value
            if not isinstance(value, int) or value < 1:
                return grapple_settings.PAGE_SIZE
            # a larger page is refused by the field itself, with an error naming the argument
            return min(value, settings.GRAPHQL_MAX_PAGE_SIZE)
        if node.name.value in LISTING_ITEMS and inherited:
            return inherited
        return DEFAULT_LIST_SIZE

    def page_size_of(self, field_def, node: FieldNode) -> int | None:
        """A listing's `perPage`, handed down to its `items`."""
        if "perPage" not in field_def.args or isinstance(
            get_nullable_type(field_def.type), GraphQLList
        ):
            return None
        return self.list_size(field_def, node, None)

    def selections(self, selection_set, parent_type, page_size: int | None = None) -> int:
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent_type, page_size)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                fragment_type = self.schema.get_type(condition.name.value) if condition else None
                total += self.selections(
                    selection.selection_set, fragment_type or parent_type, page_size
                )
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value, page_size)
        return total

    def fragment(self, name: str, page_size: int | None) -> int:
        key = (name, page_size)
        if key in self.fragment_costs:
            return self.fragment_costs[key]
        fragment = self.fragments.get(name)
        if fragment is None or name in self.visiting:  # reported by other rules
            return 0
        self.visiting.add(name)
        fragment_type = self.schema.get_type(fragment.type_condition.name.value)
        cost = self.selections(fragment.selection_set, fragment_type, page_size)
        self.visiting.discard(name)
        self.fragment_costs[key] = cost
        return cost

    def field(self, node: FieldNode, parent_type, page_size: int | None) -> int:
        if node.alias:
            self.aliases += 1
        if parent_type is self.mutation_type and node.name.value == SIGN_IN_FIELD:
            self.sign_ins += 1
        fields = getattr(parent_type, "fields", None) or {}
        field_def = fields.get(node.name.value)
        named = get_named_type(field_def.type) if field_def else None
        if not (node.selection_set and is_composite_type(named)):
            return 0  # a scalar, __typename, or an unknown field (reported by other rules)
        cost = 1 + self.selections(node.selection_set, named, self.page_size_of(field_def, node))
        if isinstance(get_nullable_type(field_def.type), GraphQLList):
            cost *= self.list_size(field_def, node, page_size)
        return cost


def check_limits(
    schema: GraphQLSchema, document: DocumentNode, variables: dict | None
) -> list[LimitError]:
    """The limits each operation of `document` (already validated) exceeds, priced with this
    request's `variables`. A walk of the operations' selections only: the request pays for no
    second validation pass over the document."""
    definitions = document.definitions
    fragments = {d.name.value: d for d in definitions if isinstance(d, FragmentDefinitionNode)}
    found = []
    for node in definitions:
        if not isinstance(node, OperationDefinitionNode):
            continue
        root = schema.get_root_type(node.operation)
        if root is None:
            continue
        pricing = Pricing(schema, fragments, variables or {})
        cost = pricing.selections(node.selection_set, root)
        if pricing.aliases > settings.GRAPHQL_MAX_ALIASES:
            found.append(
                LimitError(
                    f"At most {settings.GRAPHQL_MAX_ALIASES} aliases per operation.",
                    errors.TOO_MANY_ALIASES,
                    node,
                    limit=settings.GRAPHQL_MAX_ALIASES,
                )
            )
        if pricing.sign_ins > 1:
            found.append(
                LimitError("At most one signIn per request.", errors.TOO_MANY_SIGN_INS, node)
            )
        budget = settings.GRAPHQL_MAX_COST
        if cost > budget:
            found.append(
                LimitError(
                    f"The query costs more than the budget of {budget}: ask for fewer or "
                    "smaller lists (see README, Limits).",
                    errors.QUERY_TOO_COSTLY,
                    node,
                    budget=budget,
                )
            )
    return found
