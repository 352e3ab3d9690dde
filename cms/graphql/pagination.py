"""Paginated listings with totals: one shape for every listing root field.

A listing returns `{items, total, page, perPage, pages, hasNext, hasPrevious}`. Counting and
slicing are two queries whatever the page size; everything an item shows must be fetched with
`select_related`/`prefetch_related` by the caller so that 10 and 100 items cost the same.
"""

from __future__ import annotations

from dataclasses import dataclass

import graphene
from django.conf import settings
from django.db.models import QuerySet

from .errors import UserInputError
from .locale_choices import choose_listed

DEFAULT_PER_PAGE = 20


@dataclass
class PageOfResults:
    items: list
    total: int
    page: int
    per_page: int
    locale: str | None = None
    requested_locale: str | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


def paginated_type(item_type, name: str, localized: bool = False) -> type[graphene.ObjectType]:
    """A `<name>` object type listing `item_type` items with totals.

    A `localized` listing also says which locale its items are in, and whether that is a
    fallback because nothing was in the requested one.
    """

    def resolve_pages(root: PageOfResults, info):
        return root.pages

    def resolve_items(root: PageOfResults, info):
        if localized and root.locale is not None:  # each item's isFallback agrees with ours
            choose_listed(info, root.items, root.requested_locale)
        return root.items

    locale_fields = {
        "locale": graphene.String(required=True, description="Locale of every item listed"),
        "is_fallback": graphene.Boolean(
            required=True,
            description="True when the requested locale had nothing and a fallback answered",
            resolver=lambda root, info: root.locale != root.requested_locale,
        ),
    }
    return type(
        name,
        (graphene.ObjectType,),
        {
            **(locale_fields if localized else {}),
            "items": graphene.List(
                graphene.NonNull(item_type), required=True, resolver=resolve_items
            ),
            "total": graphene.Int(required=True, description="Items matching, on all pages"),
            "page": graphene.Int(required=True),
            "per_page": graphene.Int(required=True),
            "pages": graphene.Int(required=True, resolver=resolve_pages),
            "has_next": graphene.Boolean(
                required=True, resolver=lambda root, info: root.page < root.pages
            ),
            "has_previous": graphene.Boolean(
                required=True, resolver=lambda root, info: root.page > 1
            ),
        },
    )


def pagination_args() -> dict:
    return {
        "page": graphene.Int(default_value=1, description="1-based page number"),
        "per_page": graphene.Int(
            default_value=DEFAULT_PER_PAGE,
            description=f"Items per page, at most {settings.GRAPHQL_MAX_PAGE_SIZE}",
        ),
    }


def paginate(
    queryset: QuerySet,
    page: int = 1,
    per_page: int = DEFAULT_PER_PAGE,
    locale: tuple[str, str] | None = None,
) -> PageOfResults:
    """One page of `queryset`; `locale` is (served, requested) for a localized listing."""
    if page < 1:
        raise UserInputError("page starts at 1.", field="page")
    if not 1 <= per_page <= settings.GRAPHQL_MAX_PAGE_SIZE:
        raise UserInputError(
            f"perPage must be between 1 and {settings.GRAPHQL_MAX_PAGE_SIZE}.", field="perPage"
        )
    total = queryset.count()
    start = (page - 1) * per_page
    items = list(queryset[start : start + per_page]) if start < total else []
    served, requested = locale or (None, None)
    return PageOfResults(
        items=items,
        total=total,
        page=page,
        per_page=per_page,
        locale=served,
        requested_locale=requested,
    )
