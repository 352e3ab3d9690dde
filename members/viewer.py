"""Who is asking: the signed-in requester of a GraphQL request, if any.

Only the bearer access token counts (see members.tokens); Django's session cookie is ignored
on purpose, because the GraphQL endpoint is CSRF-exempt: a page on another site could otherwise
make a signed-in editor's browser post on their behalf.
"""

from __future__ import annotations

from functools import cached_property

from django.core.exceptions import ObjectDoesNotExist

from cms.graphql.errors import Forbidden, Unauthenticated
from cms.privacy import PrivacyPolicy

from .models import Member
from .tokens import session_for_access_token

SIGN_IN_FIRST = "Sign in first: send the access token as 'Authorization: Bearer <token>'."


class Viewer:
    """A signed-in user as the API sees them: their member profile and what they may do."""

    def __init__(self, user, session_id: int | None):
        self.user = user
        self.session_id = session_id
        self.memo: dict = {}  # what visibility rules computed for this viewer, this request

    @cached_property
    def member(self) -> Member | None:
        try:
            return self.user.member
        except ObjectDoesNotExist:
            return None

    @cached_property
    def privacy(self) -> PrivacyPolicy:
        """What this viewer may see, its facts read once per request (the viewer is per request)."""
        return PrivacyPolicy(self.user)

    @cached_property
    def can_moderate(self) -> bool:
        """Member moderators, and editors allowed to moderate posts in the admin."""
        if self.member is not None and self.member.is_moderator:
            return True
        return self.user.is_superuser or self.user.has_perm("forums.change_post")

    def __repr__(self):
        return f"<Viewer {self.user.get_username()}>"


def bearer_token(request) -> str | None:
    scheme, _, token = request.META.get("HTTP_AUTHORIZATION", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def authenticate(request) -> tuple[Viewer | None, str]:
    """The request's viewer (memoised on the request), else None and why."""
    cached = getattr(request, "_api_viewer", None)
    if cached is not None:
        return cached
    token = bearer_token(request)
    if token is None:
        result = (None, SIGN_IN_FIRST)
    else:
        session, problem = session_for_access_token(token)
        result = (Viewer(session.user, session.pk), "") if session else (None, problem)
    try:
        request._api_viewer = result
    except AttributeError:  # a context that takes no attributes (schema.execute in a shell)
        pass
    return result


def viewer_of(info) -> Viewer | None:
    """The signed-in viewer of a GraphQL request; None for anonymous (or a bad token)."""
    return authenticate(info.context)[0] if info is not None else None


def require_viewer(info) -> Viewer:
    viewer, problem = authenticate(info.context)
    if viewer is None:
        raise Unauthenticated(problem)
    return viewer


def require_member(info) -> Viewer:
    viewer = require_viewer(info)
    if viewer.member is None:
        raise Forbidden("Only members of the alliance can post in the forums.")
    return viewer


def require_moderator(info) -> Viewer:
    viewer = require_viewer(info)
    if not viewer.can_moderate:
        raise Forbidden("Only forum moderators can do this.")
    return viewer
