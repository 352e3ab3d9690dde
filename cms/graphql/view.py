"""The GraphQL endpoint: GraphiQL for humans, a depth limit for everyone."""

from django.conf import settings
from graphene.validation import depth_limit_validator
from graphene_django.views import GraphQLView
from graphql import specified_rules


class LimitedGraphQLView(GraphQLView):
    graphiql = True

    def __init__(self, **kwargs):
        # graphene-django passes these rules *instead of* GraphQL's own: keep the standard ones.
        kwargs.setdefault(
            "validation_rules",
            (*specified_rules, depth_limit_validator(max_depth=settings.GRAPHQL_MAX_DEPTH)),
        )
        super().__init__(**kwargs)
