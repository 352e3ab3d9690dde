"""Argument checks shared by every field, so that no argument value reaches a resolver that
would turn it into a 500 (or into a leak).

Installed as graphene middleware next to the privacy gate, it sees each field's arguments
after GraphQL has coerced them:

- an explicit `null` for an argument that has a default means the default (`perPage: null`
  lists 20 items, as leaving it out does);
- an ID that is not a number of at most 64 bits, a negative `limit` or `offset`, or a `limit`
  above the maximum page size is a BAD_USER_INPUT error naming the argument;
- a string holding a NUL character is refused (no database stores it);
- a `site` of grapple's settings fields is `hostname[:port]`; a port that is not a number is
  refused (grapple would compare it with the integer column and fail);
- `searchQuery` on UNSEARCHABLE root fields is refused rather than failing inside Wagtail;
- `order` (grapple's Django `order_by` string) may only name the public fields of the listed
  type: `draftTitle` would sort by unpublished titles, `owner__password` by password hashes.
"""

from __future__ import annotations

from django.conf import settings
from graphql import GraphQLObjectType, OperationType, Undefined, get_named_type

from .errors import BAD_USER_INPUT, VALIDATION, UserInputError

MAX_DATABASE_ID = 2**63 - 1
# Grapple offers searchQuery on these root fields, but their querysets cannot be searched (the
# public-collection filter of images and documents is not in the index; sites are not indexed).
UNSEARCHABLE = {"images", "documents", "sites"}
PAGE_ORDER = ("id", "title", "slug", "first_published_at", "last_published_at")
MEDIA_ORDER = ("id", "title", "created_at")
# What `order` may sort by, per listed GraphQL type (pages: any type implementing PageInterface).
ORDER_FIELDS = {
    "PageInterface": PAGE_ORDER,
    "ImageObjectType": MEDIA_ORDER,
    "DocumentObjectType": MEDIA_ORDER,
    "TagObjectType": ("id", "name", "slug"),
    "CollectionObjectType": ("id", "name"),
    "SiteObjectType": ("id", "hostname", "site_name"),
    "SocialLink": ("id", "sort_order"),
}


def snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in name)


def order_fields(named_type) -> tuple[str, ...]:
    if isinstance(named_type, GraphQLObjectType) and any(
        interface.name == "PageInterface" for interface in named_type.interfaces
    ):
        return PAGE_ORDER
    return ORDER_FIELDS.get(named_type.name, ("id",))


def check_order(order: str, named_type) -> str:
    """`order` in Django's format, each part a public field (camelCase accepted)."""
    allowed = order_fields(named_type)
    parts = []
    for part in order.split(","):
        descending, name = part.strip().startswith("-"), snake(part.strip().lstrip("-"))
        if name not in allowed:
            choices = ", ".join(allowed)
            raise UserInputError(
                f"Cannot order by {part.strip()!r}; order by one of: {choices} "
                "(prefix - for descending).",
                field="order",
            )
        parts.append(f"-{name}" if descending else name)
    return ",".join(parts)


def is_database_id(value) -> bool:
    """Every ID of this schema is a row's primary key: a decimal number that fits 64 bits."""
    text = str(value)
    return text.isascii() and text.isdigit() and int(text) <= MAX_DATABASE_ID


def is_site_address(value) -> bool:
    """`hostname` or `hostname:port`, as grapple splits it before looking the site up."""
    _, colon, port = str(value).rpartition(":")
    return not colon or (port.isascii() and port.isdigit() and int(port) <= 65535)


def has_nul(value) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(map(has_nul, value.values()))
    return isinstance(value, list | tuple) and any(map(has_nul, value))


def check_value(name: str, type_name: str, value, code: str):
    if has_nul(value):
        raise UserInputError(f"{name} must not contain a NUL character.", name, code)
    if type_name == "ID" and not is_database_id(value):
        raise UserInputError(f"{name} is not a valid id.", name, code)
    if type_name == "PositiveInt" and value < 0:
        raise UserInputError(f"{name} must not be negative.", field=name)
    if name == "site" and not is_site_address(value):
        raise UserInputError("site must be a hostname, optionally with :port.", name, code)
    if name == "limit" and value > settings.GRAPHQL_MAX_PAGE_SIZE:
        raise UserInputError(
            f"limit must be at most {settings.GRAPHQL_MAX_PAGE_SIZE}.", field="limit"
        )


def error_code(info) -> str:
    """Mutations report bad input as VALIDATION, queries as BAD_USER_INPUT (see .errors)."""
    return VALIDATION if info.operation.operation == OperationType.MUTATION else BAD_USER_INPUT


class ArgumentGuard:
    def resolve(self, next_, root, info, /, **kwargs):
        # Introspection's meta fields (`__type`, `__schema`) are not among the type's fields.
        field = info.parent_type.fields.get(info.field_name)
        if kwargs and field is not None:
            for name, argument in field.args.items():
                key = argument.out_name or name
                value = kwargs.get(key)
                if value is None:
                    if key in kwargs and argument.default_value not in (None, Undefined):
                        kwargs[key] = argument.default_value
                    continue
                if name == "searchQuery" and info.field_name in UNSEARCHABLE:
                    raise UserInputError(f"{info.field_name} cannot be searched.", field=name)
                if name == "order":
                    kwargs[key] = check_order(value, get_named_type(info.return_type))
                    continue
                check_value(name, get_named_type(argument.type).name, value, error_code(info))
        return next_(root, info, **kwargs)
