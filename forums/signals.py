"""Keep a forum's view restriction in step with its stored `members_only` flag."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .access import sync_members_restriction
from .models import ForumPage


@receiver(post_save, sender=ForumPage)
def sync_restriction_on_save(sender, instance: ForumPage, update_fields=None, raw=False, **kwargs):
    """Follow the flag as stored in the page row, which is what the live page uses.

    Saving a draft revision of a live page does not write `members_only` to the row
    (`update_fields` leaves it out), so a draft that opens a members-only forum keeps the
    forum closed until it is published; publishing writes the row and lands here.
    """
    if raw or (update_fields is not None and "members_only" not in update_fields):
        return
    sync_members_restriction(instance, instance.members_only)
