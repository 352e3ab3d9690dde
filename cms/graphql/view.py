"""The GraphQL endpoint: GraphiQL for humans (served offline, a setting); limits, argument
checks, optional introspection, the privacy gate and coded errors for everyone."""

from functools import lru_cache

from django.conf import settings
from django.db import DatabaseError
from django.http import HttpResponseBadRequest, HttpResponseNotAllowed, JsonResponse
from graphene.validation import depth_limit_validator
from graphene_django.settings import graphene_settings
from graphene_django.views import GraphQLView, HttpError
from graphql import (
    ExecutionResult,
    GraphQLError,
    OperationType,
    execute,
    get_operation_ast,
    specified_rules,
)

from cms.request_memo import request_scope

from . import documents
from .arguments import ArgumentGuard
from .batch import CURRENT_INFO, BatchLoading
from .errors import (
    GRAPHQL_VALIDATION_FAILED,
    INTERNAL_SERVER_ERROR,
    REQUEST_TOO_LARGE,
    SERVICE_UNAVAILABLE,
)
from .introspection import NoIntrospection
from .limits import check_limits
from .privacy_gate import PrivacyGate


@lru_cache
def standard_rules(max_depth: int, introspection: bool) -> tuple:
    """The same tuple for the same settings, so validation results can be cached by it.
    graphene-django passes these rules *instead of* GraphQL's own: keep the standard ones."""
    rules = [*specified_rules, depth_limit_validator(max_depth=max_depth)]
    if not introspection:
        rules.append(NoIntrospection)
    return tuple(rules)


class LimitedGraphQLView(GraphQLView):
    graphiql_template = "cms/graphiql.html"

    def __init__(self, **kwargs):
        # Read per request (as_view builds a view for each), so the settings can be overridden.
        kwargs.setdefault("graphiql", settings.GRAPHQL_GRAPHIQL)
        kwargs.setdefault(
            "validation_rules",
            standard_rules(settings.GRAPHQL_MAX_DEPTH, settings.GRAPHQL_INTROSPECTION),
        )
        # The privacy gate is part of the endpoint, not a setting that an override could drop.
        # Batch loading wraps it (the last middleware is the outermost): it notes what passed.
        kwargs.setdefault(
            "middleware",
            [*graphene_settings.MIDDLEWARE, ArgumentGuard(), PrivacyGate(), BatchLoading()],
        )
        super().__init__(**kwargs)

    def dispatch(self, request, *args, **kwargs):
        return self.refuse_large_body(request) or super().dispatch(request, *args, **kwargs)

    @staticmethod
    def refuse_large_body(request) -> JsonResponse | None:
        """A body over GRAPHQL_MAX_BODY_BYTES is refused before it is read."""
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length) > settings.GRAPHQL_MAX_BODY_BYTES:
            error = {
                "message": f"The request body is larger than {settings.GRAPHQL_MAX_BODY_BYTES} "
                "bytes.",
                "extensions": {"code": REQUEST_TOO_LARGE},
            }
            return JsonResponse({"errors": [error]}, status=413)
        return None

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        """graphene-django's steps, with the document parsed and validated once per text (see
        documents). Too many tokens are refused before parsing; the cost, alias and sign-in
        limits are priced with this request's variables, on every request.
        The field last resolved (for batch loading) and the facts read once per request
        (cms.request_memo) are forgotten with the request."""
        if not query:
            if show_graphiql:
                return None
            raise HttpError(HttpResponseBadRequest("Must provide query string."))
        schema = self.schema.graphql_schema
        try:
            document = documents.parse(query)
        except GraphQLError as error:
            return ExecutionResult(errors=[error])
        operation = get_operation_ast(document, operation_name)
        # What the caching view needs to know (only queries are cached), without parsing again.
        request.graphql_operation = operation and operation.operation
        if request.method == "GET" and operation and operation.operation != OperationType.QUERY:
            if show_graphiql:
                return None
            kind = operation.operation.value
            raise HttpError(
                HttpResponseNotAllowed(
                    ["POST"], f"Can only perform a {kind} operation from a POST request."
                )
            )
        errors = documents.validate(schema, query, document, self.validation_rules) or (
            check_limits(schema, document, variables)
        )
        if errors:
            return ExecutionResult(errors=errors)
        token = CURRENT_INFO.set(None)
        try:
            with request_scope():
                return execute(
                    schema,
                    document,
                    root_value=self.get_root_value(request),
                    context_value=self.get_context(request),
                    variable_values=variables,
                    operation_name=operation_name,
                    middleware=self.get_middleware(request),
                    execution_context_class=self.execution_context_class,
                )
        except Exception as error:  # as graphene-django: an error in the answer, not a 500
            return ExecutionResult(errors=[error])
        finally:
            CURRENT_INFO.reset(token)

    @staticmethod
    def format_error(error):
        """Errors raised by GraphQL itself (unknown field, bad enum value, malformed Date) get
        a code too, so clients branch on `extensions.code` for every error. A bad variable
        value (an unknown enum value passed as `$format`) wraps GraphQL's own error. Anything
        else that escaped a resolver is the server's fault: INTERNAL_SERVER_ERROR, except a
        database error (SQLite busy past its timeout, a PostgreSQL statement timeout or lost
        connection): that is a passing condition, so SERVICE_UNAVAILABLE tells the client to
        retry, and the driver's text (which may quote SQL) is not shown."""
        formatted = GraphQLView.format_error(error)
        cause = getattr(error, "original_error", None)
        if isinstance(cause, DatabaseError):
            formatted["message"] = "The database is busy; try again shortly."
            formatted["extensions"] = {"code": SERVICE_UNAVAILABLE, "retryable": True}
        if isinstance(error, GraphQLError) and (cause is None or isinstance(cause, GraphQLError)):
            formatted.setdefault("extensions", {"code": GRAPHQL_VALIDATION_FAILED})
        formatted.setdefault("extensions", {"code": INTERNAL_SERVER_ERROR})
        return formatted
