"""Every error code the API returns, and the exceptions that carry them.

A client branches on `extensions.code`, never on the message, so the codes are part of the
contract: they are defined here and nowhere else, and listed in frontend-contract/README.md
("Errors"). Queries report a bad argument as BAD_USER_INPUT and mutations as VALIDATION: both
codes were released, and changing a code a client reads would break it.
"""

from graphql import GraphQLError

# The request itself
GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
BAD_REQUEST = "BAD_REQUEST"
REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE"
PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED"
# Limits (cms.graphql.limits)
QUERY_TOO_COSTLY = "QUERY_TOO_COSTLY"
TOO_MANY_ALIASES = "TOO_MANY_ALIASES"
TOO_MANY_TOKENS = "TOO_MANY_TOKENS"
TOO_MANY_SIGN_INS = "TOO_MANY_SIGN_INS"
# Queries
BAD_USER_INPUT = "BAD_USER_INPUT"
NOT_FOUND = "NOT_FOUND"
PREVIEW_EXPIRED = "PREVIEW_EXPIRED"
PREVIEW_INVALID = "PREVIEW_INVALID"
# Mutations
VALIDATION = "VALIDATION"
UNAUTHENTICATED = "UNAUTHENTICATED"
PERMISSION_DENIED = "PERMISSION_DENIED"
RATE_LIMITED = "RATE_LIMITED"
# The server
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR"


class UserInputError(GraphQLError):
    """The request asked for something malformed (bad page number, unknown filter value...)."""

    def __init__(self, message: str, field: str | None = None, code: str = BAD_USER_INPUT):
        extensions = {"code": code}
        if field:
            extensions["field"] = field
        super().__init__(message, extensions=extensions)


class NotFoundError(GraphQLError):
    def __init__(self, message: str):
        super().__init__(message, extensions={"code": NOT_FOUND})


class ActionError(Exception):
    """Why an action (sign-in, posting, moderation) was refused.

    Services raise these; the mutation base class (cms.graphql.mutations) turns them into
    errors with `extensions.code` after rolling the action's transaction back, so a refused
    action changes nothing.
    """

    code = VALIDATION

    def __init__(self, message: str, field: str | None = None, **extensions):
        super().__init__(message)
        self.message = message
        self.extensions = {"code": self.code, **({"field": field} if field else {}), **extensions}


class Invalid(ActionError):
    """The input breaks a rule (length, format, state of the thing acted on)."""

    code = VALIDATION


class Unauthenticated(ActionError):
    """No valid access token, or wrong credentials."""

    code = UNAUTHENTICATED


class Forbidden(ActionError):
    """Signed in, but this requester may not do this."""

    code = PERMISSION_DENIED


class NotFound(ActionError):
    """No such thing, or not one this requester may see (the two are never told apart)."""

    code = NOT_FOUND


class RateLimited(ActionError):
    code = RATE_LIMITED

    def __init__(self, message: str, retry_after: int):
        super().__init__(message, retryAfter=retry_after)
        self.retry_after = retry_after
