"""`pageListing`, `imageListing`, `documentListing`: grapple's generic lists, paged like every
other listing (`page`, `perPage`; `items`, `total`, `pages`, `hasNext`...).

Grapple's `pages`, `images` and `documents` take `limit`/`offset` and answer a bare list with no
total, so a frontend could not show "page 2 of 7". They stay, deprecated, for existing clients;
removing them is a breaking change for a later release of the contract.
"""

import graphene
from grapple.types.documents import get_document_type
from grapple.types.images import get_image_type
from grapple.types.interfaces import get_page_interface
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.visibility import visible_pages

from .locales import locale_argument, localized_listing
from .page_roots import filter_content_type
from .pagination import paginate, paginated_type, pagination_args
from .privacy_gate import policy_of

PageListing = paginated_type(get_page_interface, "PageListing", localized=True)
ImageListing = paginated_type(get_image_type, "ImageListing")
DocumentListing = paginated_type(get_document_type, "DocumentListing")

DEPRECATED_LISTS = {
    "pages": "Use pageListing, which pages with totals like every listing",
    "images": "Use imageListing, which pages with totals like every listing",
    "documents": "Use documentListing, which pages with totals like every listing",
}


def deprecate_offset_lists(mixins: list) -> None:
    """Mark grapple's limit/offset lists deprecated (they become `@deprecated` in the SDL)."""
    for mixin in mixins:
        for name, reason in DEPRECATED_LISTS.items():
            field = mixin.__dict__.get(name)
            if isinstance(field, graphene.Field):
                field.deprecation_reason = reason
            elif field is not None:  # unmounted: its kwargs become the Field's
                field.kwargs["deprecation_reason"] = reason


def visible_files(info, model):
    hidden = policy_of(info).hidden_collection_ids
    return model.objects.exclude(collection_id__in=hidden).order_by("-created_at", "-pk")


class GenericListingsQuery:
    page_listing = graphene.Field(
        PageListing,
        required=True,
        locale=locale_argument(),
        content_type=graphene.String(
            description="Only pages of these types, as app.Model, comma separated "
            "(e.g. news.NewsArticle,events.EventPage)"
        ),
        **pagination_args(),
        description="Visible pages of one locale, in tree order, with totals",
    )
    image_listing = graphene.Field(
        ImageListing,
        required=True,
        **pagination_args(),
        description="Images the requester may see, newest first, with totals",
    )
    document_listing = graphene.Field(
        DocumentListing,
        required=True,
        **pagination_args(),
        description="Documents the requester may see, newest first, with totals",
    )

    def resolve_page_listing(self, info, locale=None, content_type=None, page=1, per_page=20):
        pages = filter_content_type(visible_pages(Page.objects.filter(depth__gt=1)), content_type)
        queryset, served = localized_listing(info, pages, locale)
        return paginate(queryset.order_by("path").specific(), page, per_page, locale=served)

    def resolve_image_listing(self, info, page=1, per_page=20):
        queryset = visible_files(info, get_image_model()).prefetch_renditions()
        return paginate(queryset, page, per_page)

    def resolve_document_listing(self, info, page=1, per_page=20):
        return paginate(visible_files(info, get_document_model()), page, per_page)
