"""Sign-in for API clients: `me`, and signIn / refreshToken / signOut / password reset.

See members.tokens for the token scheme and why it was chosen.
"""

import graphene

from cms.graphql.mutations import ApiMutation

from .. import accounts, tokens
from ..viewer import Viewer, require_viewer, viewer_of
from .types import Account, AuthPayload


def auth_payload(pair: tokens.TokenPair) -> AuthPayload:
    return AuthPayload(
        access_token=pair.access_token,
        access_token_expires_at=pair.access_token_expires_at,
        refresh_token=pair.refresh_token,
        refresh_token_expires_at=pair.refresh_token_expires_at,
        account=Viewer(pair.user, session_id=None),
    )


class SignIn(ApiMutation):
    """Open a session: returns an access token and a refresh token."""

    atomic = False  # failed attempts are counted (and rate limited) even though they fail

    class Arguments:
        login = graphene.String(required=True, description="E-mail address or user name")
        password = graphene.String(required=True)

    Output = AuthPayload

    @classmethod
    def perform(cls, info, login, password):
        client = info.context.META.get("REMOTE_ADDR", "")
        return auth_payload(accounts.sign_in(login, password, client))


class RefreshToken(ApiMutation):
    """Trade a refresh token (once) for a new access token and refresh token."""

    atomic = False  # a replayed token closes its session, and that must stick

    class Arguments:
        refresh_token = graphene.String(required=True)

    Output = AuthPayload

    @classmethod
    def perform(cls, info, refresh_token):
        return auth_payload(tokens.rotate(refresh_token))


class SignOut(ApiMutation):
    """Close this session (or every session of the account): its tokens stop working."""

    class Arguments:
        everywhere = graphene.Boolean(
            default_value=False, description="Sign out on every device, not just this one"
        )

    closed_sessions = graphene.Int(required=True)

    @classmethod
    def perform(cls, info, everywhere=False):
        viewer = require_viewer(info)
        closed = tokens.revoke(viewer.user, None if everywhere else viewer.session_id)
        return SignOut(closed_sessions=closed)


class RequestPasswordReset(ApiMutation):
    """E-mail a link to set a new password. The answer is the same whether or not the address
    belongs to an account, so nobody can find out who has one."""

    class Arguments:
        email = graphene.String(required=True)

    ok = graphene.Boolean(required=True)

    @classmethod
    def perform(cls, info, email):
        accounts.request_password_reset(email)
        return RequestPasswordReset(ok=True)


class ResetPassword(ApiMutation):
    """Set a new password with the `uid` and `token` of an e-mailed link; signs out everywhere."""

    class Arguments:
        uid = graphene.String(required=True)
        token = graphene.String(required=True)
        new_password = graphene.String(required=True)

    ok = graphene.Boolean(required=True)

    @classmethod
    def perform(cls, info, uid, token, new_password):
        accounts.reset_password(uid, token, new_password)
        return ResetPassword(ok=True)


class Query:
    me = graphene.Field(Account, description="The signed-in account, else null")

    def resolve_me(self, info):
        return viewer_of(info)


class Mutation:
    sign_in = SignIn.Field()
    refresh_token = RefreshToken.Field()
    sign_out = SignOut.Field()
    request_password_reset = RequestPasswordReset.Field()
    reset_password = ResetPassword.Field()
