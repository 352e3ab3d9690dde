"""Keep a forum's view restriction in step with its stored `members_only` flag.

The flag as stored in the page row is what the live page uses, so that is what counts:
- saving a draft revision of a live page leaves the row (and the restriction) alone, so a
  draft that opens a members-only forum keeps it closed until it is published;
- the restriction is removed only when the flag goes from on to off, so a restriction an
  editor set by hand in the privacy settings of a public forum is left alone;
- while the flag is on, deleting the restriction (the privacy settings' "Public") puts it back.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction

from .access import ensure_members_restriction, remove_members_restriction
from .models import ForumPage


def _writes_flag(update_fields) -> bool:
    return update_fields is None or "members_only" in update_fields


@receiver(pre_save, sender=ForumPage)
def remember_stored_flag(sender, instance: ForumPage, update_fields=None, raw=False, **kwargs):
    instance._stored_members_only = (
        ForumPage.objects.filter(pk=instance.pk).values_list("members_only", flat=True).first()
        if instance.pk and not raw and _writes_flag(update_fields)
        else None
    )


@receiver(post_save, sender=ForumPage)
def sync_restriction_on_save(sender, instance: ForumPage, update_fields=None, raw=False, **kwargs):
    if raw or not _writes_flag(update_fields):
        return
    if instance.members_only:
        ensure_members_restriction(instance)
    elif getattr(instance, "_stored_members_only", None):
        remove_members_restriction(instance)


@receiver(post_delete, sender=PageViewRestriction)
def restore_restriction_of_members_only_forum(sender, instance: PageViewRestriction, **kwargs):
    page_id = instance.page_id

    def restore():
        forum = ForumPage.objects.filter(pk=page_id, members_only=True).first()
        if forum is not None:
            ensure_members_restriction(forum)

    # After commit: when the forum itself is being deleted, it is gone by then.
    transaction.on_commit(restore)
