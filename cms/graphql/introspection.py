"""Introspection as a setting: a production schema need not describe itself to everyone.

graphene's DisableIntrospection refuses every field starting with `__`, `__typename` included,
which clients such as Apollo add to every selection. This rule refuses only `__schema` and
`__type`, with a code a client can branch on.
"""

from graphql import GraphQLError, ValidationRule

from .errors import INTROSPECTION_DISABLED

INTROSPECTION_FIELDS = {"__schema", "__type"}


class NoIntrospection(ValidationRule):
    def enter_field(self, node, *args):
        if node.name.value in INTROSPECTION_FIELDS:
            self.report_error(
                GraphQLError(
                    f"Cannot query '{node.name.value}': introspection is disabled on this server "
                    "(GRAPHQL_INTROSPECTION); the schema is in frontend-contract/schema.graphql.",
                    node,
                    extensions={"code": INTROSPECTION_DISABLED},
                )
            )
