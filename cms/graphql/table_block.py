"""The GraphQL type of Wagtail's TableBlock, which grapple has none for: without it a body's
table resolved to the generic block, whose `value` cannot carry the table's dict."""

import graphene
from grapple.types.interfaces import StreamFieldInterface


class TableBlock(graphene.ObjectType):
    """A table of plain-text cells; the header flags say which cells a frontend marks up as `th`."""

    rows = graphene.List(
        graphene.NonNull(graphene.List(graphene.NonNull(graphene.String))),
        required=True,
        description="The cells row by row; an empty cell is an empty string.",
    )
    # Nullable like ImageWithCaptionBlock.caption: one selection set may ask for both.
    caption = graphene.String()
    first_row_is_table_header = graphene.Boolean(required=True)
    first_col_is_header = graphene.Boolean(required=True)

    class Meta:
        interfaces = (StreamFieldInterface,)

    @staticmethod
    def resolve_rows(child, info) -> list[list[str]]:
        return [[cell or "" for cell in row] for row in child.value.get("data") or []]

    @staticmethod
    def resolve_caption(child, info) -> str | None:
        return child.value.get("table_caption") or None

    @staticmethod
    def resolve_first_row_is_table_header(child, info) -> bool:
        return bool(child.value.get("first_row_is_table_header"))

    @staticmethod
    def resolve_first_col_is_header(child, info) -> bool:
        return bool(child.value.get("first_col_is_header"))
