"""Content changes a frontend must hear about, turned into deliveries (webhooks.recording).

What is said follows webhooks.payloads: a visible page in full, a page leaving view by id and
former URL only (and only if that URL was public), a hidden page not at all.
"""

from __future__ import annotations

from copy import copy

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.privacy import PrivacyPolicy
from cms.visibility import visible_pages

from . import payloads
from .events import WebhookEvent
from .models import WebhookEndpoint
from .recording import record


def listening() -> bool:
    """Whether any endpoint is on: without one, a change costs this one query and no more."""
    return WebhookEndpoint.objects.filter(is_active=True).exists()


def is_translation(page: Page) -> bool:
    """A page made from an earlier page of its translation group (its source)."""
    return Page.objects.filter(translation_key=page.translation_key, pk__lt=page.pk).exists()


def record_page(event: str, page: Page, subject) -> None:
    record(event, subject, page.pk, page.locale_id, page.content_type_id)


def on_published(sender, instance, **kwargs):
    if not listening():
        return
    page = instance
    if not PrivacyPolicy().shows_page(page):
        return  # published under a draft or a restriction: still hidden, nothing to say
    event = (
        WebhookEvent.TRANSLATION_PUBLISHED if is_translation(page) else WebhookEvent.PAGE_PUBLISHED
    )
    record_page(event, page, lambda: payloads.page_subject(page))


def on_unpublished(sender, instance, **kwargs):
    if not listening():
        return
    page = instance
    if payloads.was_public(page):
        url = payloads.public_url(page)
        record_page(
            WebhookEvent.PAGE_UNPUBLISHED, page, lambda: payloads.page_reference(page.pk, url)
        )


def on_deleting(sender, instance, **kwargs):
    if not listening():
        return
    if PrivacyPolicy().shows_page(instance):
        url = payloads.public_url(instance)
        record_page(
            WebhookEvent.PAGE_DELETED, instance, lambda: payloads.page_reference(instance.pk, url)
        )


def after_move(sender, instance, parent_page_before, url_path_before, **kwargs):
    if not listening():
        return
    page = Page.objects.get(pk=instance.pk)
    before = copy(page)
    before.url_path = url_path_before
    was_visible = page.live and payloads.was_visible_under(page, parent_page_before)
    old_url = payloads.public_url(before) if was_visible else None
    if PrivacyPolicy().shows_page(page):
        subject = lambda: payloads.page_subject(page, old_url=old_url)  # noqa: E731
    elif was_visible:
        subject = lambda: payloads.page_reference(page.pk, old_url)  # noqa: E731
    else:
        return
    record_page(WebhookEvent.PAGE_MOVED, page, subject)


def on_restriction_changed(sender, instance, created=True, **kwargs):
    """A restriction covers every translation of its page: each one that became visible is
    announced in full; each one that was public is announced gone, by id and URL."""
    if not created or not listening():
        return  # a changed password or group list: the pages stay hidden
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:
        return
    policy = PrivacyPolicy()
    for translation in Page.objects.filter(translation_key=page.translation_key):
        if policy.shows_page(translation):
            subject = lambda t=translation: payloads.page_subject(t)  # noqa: E731
        elif translation.live and payloads.was_public(translation, ignoring=instance.pk):
            url = payloads.public_url(translation)
            subject = lambda t=translation, u=url: payloads.page_reference(t.pk, u)  # noqa: E731
        else:
            continue
        record_page(WebhookEvent.PRIVACY_CHANGED, translation, subject)


def using_pages(item) -> list[int]:
    references = ReferenceIndex.get_references_to(item).filter(
        base_content_type__app_label="wagtailcore", base_content_type__model="page"
    )
    ids = {int(object_id) for object_id in references.values_list("object_id", flat=True)}
    return sorted(visible_pages(Page.objects.filter(pk__in=ids)).values_list("pk", flat=True))


def on_media_saved(kind: str, event: str):
    def handler(sender, instance, **kwargs):
        if listening() and PrivacyPolicy().shows(instance):
            subject = lambda: payloads.media_subject(kind, instance, using_pages(instance))  # noqa: E731
            record(event, subject, instance.pk)

    return handler


on_document_saved = on_media_saved("document", WebhookEvent.DOCUMENT_CHANGED)
on_image_saved = on_media_saved("image", WebhookEvent.IMAGE_CHANGED)


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="webhooks-page-published")
    page_unpublished.connect(on_unpublished, dispatch_uid="webhooks-page-unpublished")
    pre_delete.connect(on_deleting, sender=Page, dispatch_uid="webhooks-page-deleting")
    post_page_move.connect(after_move, dispatch_uid="webhooks-page-moved")
    for signal, uid in ((post_save, "saved"), (post_delete, "deleted")):
        signal.connect(
            on_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"webhooks-restriction-{uid}",
        )
    post_save.connect(
        on_document_saved, sender=get_document_model(), dispatch_uid="webhooks-document"
    )
    post_save.connect(on_image_saved, sender=get_image_model(), dispatch_uid="webhooks-image")
