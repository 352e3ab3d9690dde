"""Content changes that can change what the search index must hold, recorded as pending updates.

Each handler writes outbox rows (search.models) in the transaction of the change and queues the
sync task; with the persistent task backend the task row commits with the change too.
Nothing is recorded when no Elasticsearch is configured: the database engine reads Wagtail's
own index, which Wagtail keeps up to date.
"""

from __future__ import annotations

from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from modelsearch.tasks import insert_or_update_object_task
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import conf
from .models import PendingIndexUpdate


def request_sync(page_ids) -> None:
    page_ids = sorted(set(page_ids))
    if not page_ids or not conf.elasticsearch_url():
        return
    PendingIndexUpdate.objects.bulk_create(
        [PendingIndexUpdate(page_id=pk) for pk in page_ids],
        update_conflicts=True,
        unique_fields=["page_id"],
        update_fields=["requested_at"],
    )
    from .tasks import sync_pending_updates

    sync_pending_updates.enqueue()


def reindex_in_database(instance) -> None:
    """Wagtail's own index of `instance` updated by Wagtail's task, as its save did: at once,
    or once at the end of bulk work (cms.tasks)."""
    meta = instance._meta
    insert_or_update_object_task.enqueue(meta.app_label, meta.model_name, str(instance.pk))


def request_subtree_sync(pages) -> None:
    """Re-check each of `pages` and every page under it: one query for the subtrees, and none
    (`pages` is not even read) without Elasticsearch."""
    if not conf.elasticsearch_url():
        return
    under = Q(pk__in=[])
    for page in pages:
        under |= Q(path__startswith=page.path)
    request_sync(Page.objects.filter(under).values_list("pk", flat=True))


def on_page_changed(sender, instance, **kwargs):
    # Wagtail indexes a page on post_save, before its many-to-many relations (themes,
    # authors) are saved; index it again once publishing is complete, for the database engine.
    reindex_in_database(instance.specific)
    # Pages under an unpublished page are hidden too (cms.privacy): re-check the whole subtree.
    request_subtree_sync([instance])


def on_page_deleted(sender, instance, **kwargs):
    request_sync([instance.pk])


def on_page_moved(sender, instance, **kwargs):
    request_subtree_sync([instance])


def on_restriction_changed(sender, instance, **kwargs):
    # A restriction covers every translation of its page (cms.visibility): re-check them all.
    # Lazy: nothing is read when no Elasticsearch is configured.
    key = Page.objects.filter(pk=instance.page_id).values("translation_key")
    request_subtree_sync(Page.objects.filter(translation_key__in=key).only("path"))


def on_document_saved(sender, instance, update_fields=None, **kwargs):
    """A PDF uploaded or replaced: read its text now, once, and re-index the products that
    attach it (Wagtail's database index at once, Elasticsearch through the outbox)."""
    if update_fields == frozenset({"file_hash"}) or instance.file_extension.lower() != "pdf":
        return
    from knowledge.models import KnowledgeDocument, KnowledgeProductPage

    from .attachments import extract

    extract(instance)
    ids = KnowledgeDocument.objects.filter(document=instance).values_list("product_id", flat=True)
    for product in KnowledgeProductPage.objects.filter(pk__in=ids):
        reindex_in_database(product)
    request_sync(ids)


def connect() -> None:
    post_save.connect(
        on_document_saved, sender=get_document_model(), dispatch_uid="search-document-saved"
    )
    page_published.connect(on_page_changed, dispatch_uid="search-page-published")
    page_unpublished.connect(on_page_changed, dispatch_uid="search-page-unpublished")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search-page-deleted")
    post_page_move.connect(on_page_moved, dispatch_uid="search-page-moved")
    post_save.connect(
        on_restriction_changed, sender=PageViewRestriction, dispatch_uid="search-restriction-saved"
    )
    post_delete.connect(
        on_restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="search-restriction-deleted",
    )
