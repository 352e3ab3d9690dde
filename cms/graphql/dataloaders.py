"""Batch loaders of the cms app: the targets of rich-text links, in one batch per response.

Every paragraph of every page in a response asks for its links' targets; the loaders are
primed with the links of all the response's pages, so the first paragraph loads the targets
of all of them (see `cms.graphql.batch`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from django.db.models import Q
from wagtail.blocks import Block, ListBlock, PageChooserBlock, StreamBlock, StructBlock
from wagtail.documents import get_document_model
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from cms.localization import fallback_chain, first_in_chain, locale_codes
from cms.privacy import readable_pages

from .batch import PagesLoader, enclosing_page, loader
from .locales import display_locale
from .privacy_gate import policy_of
from .request_cache import request_cache


def link_ids(value, linktype: str) -> Iterator[int]:
    """Ids of the `linktype` links in the rich text anywhere in a raw (JSON-like) value."""
    if isinstance(value, str):
        if "linktype" in value:
            for match in FIND_A_TAG.finditer(value):
                attrs = extract_attrs(match.group(1))
                if attrs.get("linktype") == linktype and str(attrs.get("id", "")).isdigit():
                    yield int(attrs["id"])
    elif isinstance(value, dict):
        for item in value.values():
            yield from link_ids(item, linktype)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from link_ids(item, linktype)


def chooser_ids(block: Block, value, chooser: type[Block]) -> Iterator[int]:
    """Ids chosen with `chooser` blocks anywhere in a raw StreamField value of `block`."""
    if isinstance(block, chooser):
        if isinstance(value, int):
            yield value
    elif isinstance(block, StreamBlock):
        for item in value or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                yield from chooser_ids(child, item.get("value"), chooser)
    elif isinstance(block, StructBlock):
        for name, child in block.child_blocks.items():
            yield from chooser_ids(child, (value or {}).get(name), chooser)
    elif isinstance(block, ListBlock):
        for item in value or []:
            inner = item.get("value") if isinstance(item, dict) and "type" in item else item
            yield from chooser_ids(block.child_block, inner, chooser)


def chosen_ids(page: Page, chooser: type[Block]) -> Iterator[int]:
    """Ids chosen with `chooser` blocks in a page's StreamFields (never a deferred one)."""
    deferred = page.get_deferred_fields()
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField) and field.attname not in deferred:
            raw = list(getattr(page, field.attname).raw_data)
            yield from chooser_ids(field.stream_block, raw, chooser)


def raw_rich_text(page: Page) -> Iterator:
    """The raw values of a page's StreamFields and rich-text fields (never a deferred one)."""
    deferred = page.get_deferred_fields()
    for field in page._meta.concrete_fields:
        if field.attname in deferred:
            continue
        if isinstance(field, StreamField):
            yield list(getattr(page, field.attname).raw_data)
        elif isinstance(field, RichTextField):
            yield getattr(page, field.attname)


def page_locale(info, page: Page | None) -> str | None:
    if page is None:
        return None
    return request_cache(info, "locale_codes", locale_codes).get(page.locale_id)


class PageLinkLoader(PagesLoader):
    """(locale, page id) -> URL of the target a reader of that locale is sent to, or None.

    The target is its first visible translation along the locale's fallback chain, else the
    linked page itself when it is visible. A hidden target has no URL: the link stays plain.
    """

    def keys_in(self, page):
        code = page_locale(self.info, page)
        return {(code, id_) for raw in raw_rich_text(page) for id_ in link_ids(raw, "page")}

    def batch_load(self, keys):
        ids = {id_ for _, id_ in keys}
        group_of = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
        chains = {code: fallback_chain(code) for code, _ in keys if code}
        codes = {code for chain in chains.values() for code in chain}
        candidates = readable_pages(
            Page.objects.filter(translation_key__in=set(group_of.values())),
            policy_of(self.info).closed_paths,
        ).filter(Q(locale__language_code__in=codes) | Q(pk__in=ids))
        by_group: dict = defaultdict(dict)
        themselves = {}
        for candidate in candidates.select_related("locale"):
            by_group[candidate.translation_key][candidate.locale.language_code] = candidate
            if candidate.pk in ids:
                themselves[candidate.pk] = candidate
        request = getattr(self.info.context, "META", None) and self.info.context
        urls = {}
        for code, id_ in keys:
            translations = by_group.get(group_of.get(id_), {})
            target = first_in_chain(translations, chains.get(code, [])) or themselves.get(id_)
            if target is not None:
                urls[(code, id_)] = target.get_url(request)
        return urls


class DocumentLinkLoader(PagesLoader):
    """Document id -> URL of the document, or None when it is missing or restricted."""

    def keys_in(self, page):
        return {id_ for raw in raw_rich_text(page) for id_ in link_ids(raw, "document")}

    def batch_load(self, keys):
        policy = policy_of(self.info)
        documents = get_document_model().objects.filter(pk__in=keys)
        return {document.pk: document.url for document in documents if policy.shows(document)}


def page_link_urls(info, ids: list) -> list[str | None]:
    """URLs of the pages linked from the field being resolved, for a reader of its page."""
    code = page_locale(info, enclosing_page(info)) or display_locale(info)
    return loader(info, PageLinkLoader).load_many((code, id_) for id_ in ids)


def document_link_urls(info, ids: list) -> list[str | None]:
    return loader(info, DocumentLinkLoader).load_many(ids)


class ImageLoader(PagesLoader):
    """Image id -> image, with what the image type shows (collection, tags, renditions).

    Primed with the images of the response's pages: their image fields and the images chosen
    in their bodies, so that lead images and image blocks of any list cost one query."""

    def keys_in(self, page):
        image_model = get_image_model()
        for field in page._meta.concrete_fields:
            if field.is_relation and field.related_model is image_model:
                yield getattr(page, field.attname)
        yield from chosen_ids(page, ImageChooserBlock)

    def batch_load(self, keys):
        images = get_image_model().objects.filter(pk__in=[key for key in keys if key])
        images = images.select_related("collection").prefetch_related("tags", "renditions")
        return {image.pk: image for image in images}


class ParentLoader(PagesLoader):
    """Tree path of a page -> its parent, specific, when the requester may see it."""

    def keys_in(self, page):
        yield page.path[: -page.steplen]

    def batch_load(self, keys):
        parents = readable_pages(
            Page.objects.filter(path__in=keys), policy_of(self.info).closed_paths
        )
        return {parent.path: parent for parent in parents.specific()}


class ChosenPageLoader(PagesLoader):
    """Page id -> the page chosen in a block (a call to action's), specific, when the
    requester's policy shows it. Primed with the pages chosen in the response's bodies."""

    def keys_in(self, page):
        yield from chosen_ids(page, PageChooserBlock)

    def batch_load(self, keys):
        pages = readable_pages(Page.objects.filter(pk__in=keys), policy_of(self.info).closed_paths)
        return {page.pk: page for page in pages.specific()}


def chosen_page(info, page_id: int | None) -> Page | None:
    return loader(info, ChosenPageLoader).load(page_id) if page_id else None


def image(info, image_id: int | None):
    return loader(info, ImageLoader).load(image_id) if image_id else None


def parent_of(info, page: Page) -> Page | None:
    return loader(info, ParentLoader).load(page.path[: -page.steplen])


class BreadcrumbLoader(PagesLoader):
    """Tree path of a parent -> the visible pages from the home page down to it, specific."""

    def keys_in(self, page):
        yield page.path[: -page.steplen]

    def batch_load(self, keys):
        paths = {
            path[:end]
            for path in keys
            for end in range(2 * Page.steplen, len(path) + 1, Page.steplen)
        }
        ancestors = readable_pages(
            Page.objects.filter(path__in=paths), policy_of(self.info).closed_paths
        )
        by_path = {page.path: page for page in ancestors.specific()}
        return {
            key: [by_path[path] for path in sorted(by_path) if key.startswith(path)] for key in keys
        }


def breadcrumbs_of(info, page: Page) -> list[Page]:
    return loader(info, BreadcrumbLoader).load(page.path[: -page.steplen]) or []
