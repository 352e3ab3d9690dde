"""Absolute URLs of images and documents that work on whatever host and port serve the API.

Grapple prefixes media paths with the fixed `WAGTAILADMIN_BASE_URL`, so `make run` on another
port (or behind any other host name) handed out broken image and document links. Here the base
is `PUBLIC_BASE_URL` when it is set (required in production, where proxies make the request's
own host unreliable), else the scheme, host and port the current request came to.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings

_request_base_url: ContextVar[str] = ContextVar("request_base_url", default="")


def public_base_url() -> str:
    """`https://cms.example.org` (no trailing slash) for the request being answered."""
    return settings.PUBLIC_BASE_URL or _request_base_url.get() or settings.WAGTAILADMIN_BASE_URL


def absolute_url(url: str) -> str:
    return public_base_url() + url if url.startswith("/") else url


def media_item_url(item) -> str:
    """Grapple's `get_media_item_url` with the public base instead of the admin's."""
    url = item.url if hasattr(item, "url") else item.file.url
    return absolute_url(url)


class PublicBaseUrlMiddleware:
    """Remembers the current request's own base URL for `public_base_url`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_base_url.set(request.build_absolute_uri("/").rstrip("/"))
        try:
            return self.get_response(request)
        finally:
            _request_base_url.reset(token)


def rendition_url(rendition, info, **kwargs) -> str:
    return absolute_url(rendition.url)


def use_public_urls_in_grapple() -> None:
    """Grapple's image and document types import `get_media_item_url` by name, and its
    rendition type answers Wagtail's admin-based `full_url`: point them all at the public base.
    Runs from CmsConfig.ready, before the schema is built from these resolvers."""
    from grapple.types import documents, images

    for module in (documents, images):
        module.get_media_item_url = media_item_url
    images.ImageRenditionObjectType.resolve_url = rendition_url
