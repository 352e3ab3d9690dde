"""Grapple's generic chooser block types (a struct's `blocks`, a body's chooser blocks) made to
answer without errors, and their pages loaded in one batch.

`rawValue`: grapple answers a chooser's (page, document, image or snippet) with the chosen
object itself, which graphene turns into its title; the privacy gate nulls a hidden object,
and the non-null `rawValue` then fails the request ("Cannot return null for non-nullable
field"). The stored value of a chooser is the object's id, as a struct's `rawValue` names it:
served while the requester's policy shows the object, else "" as when nothing was chosen, the
same answer for both (the block's `page`, `document` or `image` is then null).

`page` of a page chooser: grapple reads `value.specific`, a query per block, and fails when
nothing was chosen; it is read through the request's chosen-page loader instead.
"""

from __future__ import annotations

from django.db.models import Model
from grapple.registry import registry
from grapple.types.interfaces import StreamFieldInterface
from wagtail.blocks import ChooserBlock, PageChooserBlock

from .dataloaders import chosen_page
from .privacy_gate import policy_of

grapple_raw_value = StreamFieldInterface.resolve_raw_value


def raw_value(block, info, **kwargs):
    value = grapple_raw_value(block, info, **kwargs)
    if isinstance(value, Model):
        return str(value.pk) if policy_of(info).shows(value) else ""
    if value is None and isinstance(getattr(block, "block", None), ChooserBlock):
        return ""
    return value


def chosen_page_of(block, info, **kwargs):
    return chosen_page(info, block.value.pk) if block.value is not None else None


def answer_chooser_blocks() -> None:
    """Before the schema is built: every block type without a `rawValue` resolver of its own
    uses the interface's; the page chooser's type reads its page through the loader."""
    StreamFieldInterface.resolve_raw_value = raw_value
    page_chooser_type = registry.streamfield_blocks[PageChooserBlock]
    page_chooser_type.resolve_page = chosen_page_of
