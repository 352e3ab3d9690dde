"""API sign-in: short-lived signed access tokens, rotating single-use refresh tokens.

Why this scheme: the frontends are on other origins (partner portals, mobile apps), where
Django's session cookie does not travel, and the GraphQL endpoint is CSRF-exempt, so it trusts
no cookie at all. Its only credential is the header `Authorization: Bearer <access token>`:

- `signIn` opens an ApiSession and returns an access token and a refresh token.
- The access token is `django.core.signing` output (signed with SECRET_KEY) naming the session;
  it is valid for MEMBERS_ACCESS_TOKEN_SECONDS. Each request checks its signature and age and,
  in one query, that the session is open and the user active: signing out, resetting the
  password or deactivating the user cuts every token off at once, with no revocation list.
- The refresh token is 32 random bytes; only its SHA-256 hash is stored. `refreshToken` trades
  it for a new pair and pushes the session's expiry back by MEMBERS_SESSION_DAYS. Each refresh
  token works once: presenting a used one again means it was copied, so the session is revoked
  (the thief and the owner both have to sign in again).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from cms.graphql.errors import Unauthenticated

from .models import ApiSession, RefreshToken

ACCESS_SALT = "members.access-token"
# Used refresh tokens are remembered this long to recognise a replayed (stolen) one.
REUSE_MEMORY = timedelta(days=1)


@dataclass
class TokenPair:
    access_token: str
    access_token_expires_at: datetime
    refresh_token: str
    refresh_token_expires_at: datetime
    user: object


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def session_lifetime() -> timedelta:
    return timedelta(days=settings.MEMBERS_SESSION_DAYS)


def issue(session: ApiSession) -> TokenPair:
    """A new access token and refresh token for an open session."""
    refresh = secrets.token_urlsafe(32)
    RefreshToken.objects.create(session=session, token_hash=hash_token(refresh))
    access = signing.dumps({"s": session.pk}, salt=ACCESS_SALT)
    return TokenPair(
        access_token=access,
        access_token_expires_at=timezone.now()
        + timedelta(seconds=settings.MEMBERS_ACCESS_TOKEN_SECONDS),
        refresh_token=refresh,
        refresh_token_expires_at=session.expires_at,
        user=session.user,
    )


def open_session(user) -> TokenPair:
    now = timezone.now()
    with transaction.atomic():
        ApiSession.objects.filter(
            Q(expires_at__lt=now) | Q(revoked_at__lt=now - REUSE_MEMORY), user=user
        ).delete()
        session = ApiSession.objects.create(user=user, expires_at=now + session_lifetime())
        return issue(session)


def rotate(refresh_token: str) -> TokenPair:
    """Trade a refresh token for a new pair; a replayed token revokes its whole session."""
    now = timezone.now()
    refused = None
    with transaction.atomic():
        token = (
            RefreshToken.objects.select_for_update()
            .select_related("session__user")
            .filter(token_hash=hash_token(refresh_token or ""))
            .first()
        )
        session = token.session if token else None
        if token is None or session.revoked_at is not None:
            refused = "This refresh token is not valid; sign in again."
        elif session.expires_at <= now or not session.user.is_active:
            refused = "This session has expired; sign in again."
        elif token.used_at is not None:
            session.revoked_at = now
            session.save(update_fields=["revoked_at"])
            refused = (
                "This refresh token was already used, so the session was closed; sign in again."
            )
        else:
            token.used_at = now
            token.save(update_fields=["used_at"])
            session.refresh_tokens.filter(used_at__lt=now - REUSE_MEMORY).delete()
            session.expires_at = now + session_lifetime()
            session.save(update_fields=["expires_at"])
            return issue(session)
    raise Unauthenticated(refused)


def revoke(user, session_id: int | None = None) -> int:
    """Close one session of `user`, or all of them (no `session_id`); returns how many."""
    sessions = ApiSession.objects.filter(user=user, revoked_at__isnull=True)
    if session_id is not None:
        sessions = sessions.filter(pk=session_id)
    return sessions.update(revoked_at=timezone.now())


def session_for_access_token(token: str) -> tuple[ApiSession | None, str | None]:
    """The open session an access token names, or None and why not (for error messages)."""
    try:
        payload = signing.loads(
            token, salt=ACCESS_SALT, max_age=settings.MEMBERS_ACCESS_TOKEN_SECONDS
        )
    except signing.SignatureExpired:
        return None, "The access token has expired; get a new one with refreshToken."
    except signing.BadSignature:
        return None, "The access token is not valid; sign in again."
    session = (
        ApiSession.objects.select_related("user", "user__member")
        .filter(
            pk=payload.get("s") if isinstance(payload, dict) else None,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
            user__is_active=True,
        )
        .first()
    )
    if session is None:
        return None, "This session was closed; sign in again."
    return session, None


def dummy_password_check(password: str) -> None:
    """Spend the time a real check takes, so a wrong name answers as slowly as a wrong password."""
    get_user_model()().set_password(password)
