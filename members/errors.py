"""Why an action was refused: one exception per error code a client can branch on.

Services (sign-in, posting, moderation) raise these; the GraphQL layer turns them into errors
with `extensions.code` after rolling the action's transaction back, so a refused action changes
nothing.
"""

from __future__ import annotations


class ActionError(Exception):
    code = "VALIDATION"

    def __init__(self, message: str, field: str | None = None, **extensions):
        super().__init__(message)
        self.message = message
        self.extensions = {"code": self.code, **({"field": field} if field else {}), **extensions}


class Invalid(ActionError):
    """The input breaks a rule (length, format, state of the thing acted on)."""

    code = "VALIDATION"


class Unauthenticated(ActionError):
    """No valid access token, or wrong credentials."""

    code = "UNAUTHENTICATED"


class Forbidden(ActionError):
    """Signed in, but this requester may not do this."""

    code = "PERMISSION_DENIED"


class NotFound(ActionError):
    """No such thing, or not one this requester may see (the two are never told apart)."""

    code = "NOT_FOUND"


class RateLimited(ActionError):
    code = "RATE_LIMITED"

    def __init__(self, message: str, retry_after: int):
        super().__init__(message, retryAfter=retry_after)
        self.retry_after = retry_after
