"""The /graphql/ endpoint with HTTP caching, persisted queries and the server-side answer cache
(see http_cache, persisted_queries and response_cache for the rules)."""

from graphene_django.views import GraphQLView
from graphql import OperationType

from . import http_cache, persisted_queries, response_cache
from .view import LimitedGraphQLView


class CachingGraphQLView(LimitedGraphQLView):
    def dispatch(self, request, *args, **kwargs):
        # graphene-django wraps dispatch in ensure_csrf_cookie. This endpoint is CSRF-exempt and
        # reads bearer tokens, never cookies: the cookie (and the `Vary: Cookie` that comes with
        # it) would only make every answer uncacheable.
        refusal = self.refuse_large_body(request)
        if refusal is not None:
            return refusal
        response = GraphQLView.dispatch.__wrapped__(self, request, *args, **kwargs)
        if not response.get("Content-Type", "").startswith("application/json"):
            return response  # GraphiQL's page
        public = getattr(request, "_graphql_public", False)
        if public and response_cache.enabled():
            response["X-Cache"] = "HIT" if getattr(request, "graphql_cache_hit", False) else "MISS"
        return http_cache.add_headers(request, response, public)

    def get_response(self, request, data, show_graphiql=False):
        try:
            data = persisted_queries.resolve(request, data)
        except persisted_queries.PersistedQueryError as error:
            return self.json_encode(request, {"errors": [error.as_graphql_error()]}), error.status
        uncached = not (response_cache.enabled() and response_cache.is_anonymous(request))
        if show_graphiql or uncached:
            return super().get_response(request, data, show_graphiql)
        query, variables, operation_name, _ = self.get_graphql_params(request, data)
        key = response_cache.cache_key(request, query, variables, operation_name)
        answer = response_cache.get(key)
        if answer is not None:
            request._graphql_public = True
            request.graphql_cache_hit = True
            return answer, 200
        answer, status = super().get_response(request, data, show_graphiql)
        if getattr(request, "_graphql_public", False):
            response_cache.store(key, answer)
        return answer, status

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        result = super().execute_graphql_request(
            request, data, query, variables, operation_name, show_graphiql
        )
        request._graphql_public = (
            result is not None
            and not result.errors
            and response_cache.is_anonymous(request)
            and not response_cache.is_private(request)
            and request.graphql_operation == OperationType.QUERY
        )
        return result
