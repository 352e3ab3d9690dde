"""Advance the content generation (cms.models.ContentGeneration) when something an anonymous
API answer can include changes, and only then.

Pages count when they are published, unpublished, moved or deleted, or saved outside the
revision workflow; saving a draft does not (Wagtail then updates only the draft bookkeeping
columns, listed below). Privacy changes (view restrictions), documents, images, sites, locales,
snippets, settings, forum posts and users (forum authors' names) count on any save or delete,
except a sign-in's `last_login`; so does the search worker finishing a page's index update
(search answers come from the index, which lags the publish). Sessions, throttling, follows,
reports, renditions and revisions never appear in an anonymous answer and are ignored.
A queryset `.update()` sends no signal: code that changes served rows that way calls
ContentGeneration.advance() itself (forums.moderation.set_status does).
"""

from django.apps import apps
from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.models import COMMENTS_RELATION_NAME
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import ContentGeneration

WATCHED_APPS = {
    "cms",
    "home",
    "cities",
    "news",
    "events",
    "knowledge",
    "forums",
    "members",
    "taggit",
}
WATCHED_MODELS = {
    "wagtailcore.page",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.collection",
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtaildocs.document",
    "wagtailimages.image",
    settings.AUTH_USER_MODEL.lower(),
    # Search answers change when the worker has updated the index and removes the page's row.
    "search.pendingindexupdate",
}
IGNORED_MODELS = {
    "cms.contentgeneration",
    "members.apisession",
    "members.refreshtoken",
    "members.throttleevent",
    "forums.topicfollow",
    "forums.postreport",
}
# What Page.save_revision(), page locking and signing in write: none of it is served to anonymous
# readers.
UNSERVED_FIELDS = {
    COMMENTS_RELATION_NAME,
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
    "last_login",
}


def is_watched(model) -> bool:
    label = model._meta.label_lower
    if label in IGNORED_MODELS:
        return False
    return label in WATCHED_MODELS or model._meta.app_label in WATCHED_APPS


def content_changed(**kwargs) -> None:
    ContentGeneration.advance()


def saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    if raw or (update_fields and set(update_fields) <= UNSERVED_FIELDS):
        return
    ContentGeneration.advance()


def connect() -> None:
    """Receivers per watched model, not for every model: a delete receiver for all senders
    would make Django load every row of every bulk delete to send it signals."""
    for model in apps.get_models():
        if is_watched(model):
            uid = f"content-generation-{model._meta.label_lower}"
            post_save.connect(saved, sender=model, dispatch_uid=f"{uid}-save")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"{uid}-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"content-generation-{id(signal)}")
