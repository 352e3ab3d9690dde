"""Member accounts and the API sign-in sessions of any user.

A member is a Django user with a profile saying which city (or organisation) they speak for and
whether they moderate the forums. Sign-in state is kept server-side (ApiSession) so signing out,
resetting a password or deactivating a user cuts off every access token at once.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models


class Member(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member", "Member"
        MODERATOR = "moderator", "Moderator"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member"
    )
    city = models.ForeignKey(
        "cities.CityProfilePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="The member city this person speaks for",
    )
    organisation = models.ForeignKey(
        "cms.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
        help_text="Or the organisation they belong to",
    )
    role = models.CharField(
        max_length=20,
        choices=Role.choices,
        default=Role.MEMBER,
        help_text="Moderators may hide and restore posts, lock and pin topics",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["user__last_name", "user__first_name", "user__username"]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        return self.user.get_full_name().strip() or self.user.get_username()

    @property
    def is_moderator(self) -> bool:
        return self.role == self.Role.MODERATOR

    def clean(self):
        if self.city_id is None and self.organisation_id is None:
            raise ValidationError("Link the member to a city or to an organisation.")


class ApiSession(models.Model):
    """One signed-in API client (a browser, an app on a phone): what its tokens belong to."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_sessions"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(help_text="Pushed back each time the client refreshes")
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Session {self.pk} of {self.user}"


class RefreshToken(models.Model):
    """A single-use refresh token, stored as a SHA-256 hash (the secret is never stored)."""

    session = models.ForeignKey(ApiSession, on_delete=models.CASCADE, related_name="refresh_tokens")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Refresh token {self.pk} of session {self.session_id}"


class ThrottleEvent(models.Model):
    """One counted attempt (a failed sign-in, a reset request) for DB-windowed rate limits."""

    scope = models.CharField(max_length=40)
    key = models.CharField(max_length=64, help_text="SHA-256 of what is limited, e.g. an e-mail")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["scope", "key", "created_at"])]

    def __str__(self):
        return f"{self.scope} at {self.created_at:%Y-%m-%d %H:%M:%S}"
