"""Signing in and out, and setting a password from an e-mailed link (reset or invitation)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils.encoding import force_bytes, force_str
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from cms.graphql.errors import Invalid, RateLimited, Unauthenticated

from . import throttle, tokens

SIGN_IN_FAILURES = "sign-in-failure"  # keyed by account name and client address
CLIENT_FAILURES = "sign-in-client-failure"  # keyed by client address alone
RESET_REQUESTS = "password-reset"
WRONG_CREDENTIALS = "Wrong e-mail (or user name) or password."
BAD_RESET_LINK = "This link is invalid or has expired; ask for a new one."


def find_user(identifier: str):
    """The active user with this user name, or else this e-mail address (case-insensitive)."""
    identifier = identifier.strip()
    if not identifier:
        return None
    users = get_user_model().objects.filter(is_active=True)
    by_name = users.filter(username=identifier).first()
    return by_name or users.filter(email__iexact=identifier).order_by("pk").first()


def sign_in(identifier: str, password: str, client: str = "") -> tokens.TokenPair:
    """Open an API session, with failed attempts limited per account name *and client address*
    (MEMBERS_SIGN_IN_FAILURE_LIMIT) and per client address across accounts
    (MEMBERS_SIGN_IN_CLIENT_LIMIT).

    Keying the account's limit by client too means a stranger guessing a member's password
    locks out only themselves: the member, from their own address, still signs in. The
    per-client cap stops one address from guessing across many accounts.

    Each attempt is recorded *before* the password is checked, then counted: concurrent attempts
    each see every attempt committed before theirs, so a burst cannot all slip under the limit
    (the check and the count used to be separate, and 24 concurrent guesses all got through).
    A refused attempt is not kept (it would extend the lock); a success clears the account's.
    """
    pair_key, client_key = f"{identifier.strip()}\n{client}", client
    attempt = throttle.record(SIGN_IN_FAILURES, pair_key, settings.MEMBERS_SIGN_IN_FAILURE_LIMIT)
    client_attempt = throttle.record(
        CLIENT_FAILURES, client_key, settings.MEMBERS_SIGN_IN_CLIENT_LIMIT
    )
    try:
        throttle.enforce_after_recording(
            throttle.events(SIGN_IN_FAILURES, pair_key),
            settings.MEMBERS_SIGN_IN_FAILURE_LIMIT,
            "Too many failed sign-ins.",
        )
        throttle.enforce_after_recording(
            throttle.events(CLIENT_FAILURES, client_key),
            settings.MEMBERS_SIGN_IN_CLIENT_LIMIT,
            "Too many failed sign-ins from this address.",
        )
    except RateLimited:
        attempt.delete()
        client_attempt.delete()
        raise
    user = find_user(identifier)
    if user is None:
        tokens.dummy_password_check(password)
    if user is None or not user.check_password(password):
        raise Unauthenticated(WRONG_CREDENTIALS)
    throttle.events(SIGN_IN_FAILURES, pair_key).delete()
    client_attempt.delete()
    return tokens.open_session(user)


def password_link(user) -> str:
    return settings.MEMBERS_PASSWORD_RESET_URL.format(
        uid=urlsafe_base64_encode(force_bytes(user.pk)),
        token=default_token_generator.make_token(user),
    )


def send_password_email(user, template: str) -> None:
    """E-mail `user` a link to set their password (`template`: reset or invitation)."""
    context = {
        "name": user.get_full_name().strip() or user.get_username(),
        "link": password_link(user),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject, _, body = render_to_string(f"members/email/{template}.txt", context).partition("\n")
    send_mail(subject.strip(), body.strip() + "\n", None, [user.email])


def request_password_reset(email: str) -> None:
    """Send a reset link if an active user has this address; answer the same either way."""
    email = email.strip()
    if "@" not in email:
        raise Invalid("Enter an e-mail address.", field="email")
    requests = throttle.events(RESET_REQUESTS, email)
    throttle.enforce(
        requests, settings.MEMBERS_PASSWORD_RESET_LIMIT, "Too many reset e-mails to this address."
    )
    throttle.record(RESET_REQUESTS, email, settings.MEMBERS_PASSWORD_RESET_LIMIT)
    for user in get_user_model().objects.filter(Q(email__iexact=email), is_active=True):
        send_password_email(user, "password_reset")


def user_from_link(uid: str, token: str):
    try:
        pk = force_str(urlsafe_base64_decode(uid))
        user = get_user_model().objects.filter(pk=int(pk), is_active=True).first()
    except (TypeError, ValueError, OverflowError):
        user = None
    if user is None or not default_token_generator.check_token(user, token):
        raise Invalid(BAD_RESET_LINK, field="token")
    return user


def reset_password(uid: str, token: str, new_password: str):
    """Set a new password from an e-mailed link; every open API session is closed."""
    user = user_from_link(uid, token)
    try:
        password_validation.validate_password(new_password, user)
    except ValidationError as error:
        raise Invalid(" ".join(error.messages), field="newPassword") from None
    user.set_password(new_password)
    user.save(update_fields=["password"])
    tokens.revoke(user)
    return user
