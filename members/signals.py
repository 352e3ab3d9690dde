"""Every member is in the Members group: that group is what members-only forums admit.

The group is the link to Wagtail's view restrictions (forums.access), so membership is kept in
step with the Member profile rather than set by hand.

Deactivating a user closes their API sessions for good: a session only checked
`user.is_active`, so reactivating the user brought every old token back to life.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from . import tokens
from .groups import members_group
from .models import Member


@receiver(post_save, sender=Member)
def join_members_group(sender, instance: Member, raw=False, **kwargs):
    if not raw:
        instance.user.groups.add(members_group())


@receiver(post_delete, sender=Member)
def leave_members_group(sender, instance: Member, **kwargs):
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:  # None when the member goes because the user is deleted
        user.groups.remove(members_group())


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def close_sessions_of_inactive_users(sender, instance, raw=False, **kwargs):
    if not raw and not instance.is_active:
        tokens.revoke(instance)
