"""The GraphQL endpoint: GraphiQL for humans, a depth limit and coded errors for everyone."""

from django.conf import settings
from graphene.validation import depth_limit_validator
from graphene_django.views import GraphQLView
from graphql import GraphQLError, specified_rules


class LimitedGraphQLView(GraphQLView):
    graphiql = True

    def __init__(self, **kwargs):
        # graphene-django passes these rules *instead of* GraphQL's own: keep the standard ones.
        kwargs.setdefault(
            "validation_rules",
            (*specified_rules, depth_limit_validator(max_depth=settings.GRAPHQL_MAX_DEPTH)),
        )
        super().__init__(**kwargs)

    @staticmethod
    def format_error(error):
        """Errors raised by GraphQL itself (unknown field, bad enum value, malformed Date) get
        a code too, so clients branch on `extensions.code` for every error."""
        formatted = GraphQLView.format_error(error)
        if isinstance(error, GraphQLError) and error.original_error is None:
            formatted.setdefault("extensions", {"code": "GRAPHQL_VALIDATION_FAILED"})
        return formatted
