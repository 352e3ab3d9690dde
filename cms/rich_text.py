"""Rich-text links to pages and documents a visitor may not see render as plain anchors.

Wagtail's own handlers resolve any page or document, drafts and restricted ones included, so a
paragraph linking to an embargoed report would reveal its address. Inside a GraphQL response
the targets come from the request's batch loaders (`cms.graphql.dataloaders`): all the links
of the response in one batch, each page link pointing at the target's translation in the
language of the page that holds the link when a visible one exists. Elsewhere (served HTML,
the admin), each rich text is expanded on its own with the same rules, for an anonymous
reader of the active language.
"""

from __future__ import annotations

from django.conf import settings
from django.utils import translation
from django.utils.html import escape
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.rich_text.pages import PageLinkHandler


def anchors(urls: list[str | None]) -> list[str]:
    return [f'<a href="{escape(url)}">' if url else "<a>" for url in urls]


def link_ids(attrs_list: list[dict]) -> list[int | None]:
    ids = [str(attrs.get("id", "")) for attrs in attrs_list]
    return [int(id_) if id_.isdigit() else None for id_ in ids]


class StandaloneInfo:
    """What the loaders read from `info`, for a rich text expanded outside a GraphQL request."""

    class path:  # noqa: N801 (mimics graphql's Path: no enclosing field)
        prev = None

    def __init__(self):
        self.context = type("Context", (), {})()
        code = translation.get_language() or settings.LANGUAGE_CODE
        self.context.content_locale = code if code in dict(settings.LANGUAGES) else None


def current_info():
    from cms.graphql.batch import CURRENT_INFO

    return CURRENT_INFO.get() or StandaloneInfo()


class VisiblePageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        from cms.graphql.dataloaders import page_link_urls

        return anchors(page_link_urls(current_info(), link_ids(attrs_list)))


class VisibleDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        from cms.graphql.dataloaders import document_link_urls

        return anchors(document_link_urls(current_info(), link_ids(attrs_list)))
