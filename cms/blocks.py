"""The one StreamField block library every page body is built from."""

from grapple.helpers import register_streamfield_block
from grapple.models import (
    GraphQLDocument,
    GraphQLImage,
    GraphQLPage,
    GraphQLStreamfield,
    GraphQLString,
)
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.visibility import is_page_visible


@register_streamfield_block
class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Heading 2"), ("h3", "Heading 3"), ("h4", "Heading 4")], default="h2"
    )

    graphql_fields = [GraphQLString("text", required=True), GraphQLString("level", required=True)]

    class Meta:
        icon = "title"


@register_streamfield_block
class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(required=False, max_length=200)

    graphql_fields = [GraphQLImage("image"), GraphQLString("caption"), GraphQLString("credit")]

    class Meta:
        icon = "image"


@register_streamfield_block
class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)
    role = blocks.CharBlock(required=False, max_length=200)

    graphql_fields = [
        GraphQLString("quote", required=True),
        GraphQLString("attribution"),
        GraphQLString("role"),
    ]

    class Meta:
        icon = "openquote"


@register_streamfield_block
class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Defaults to the document's title")

    graphql_fields = [GraphQLDocument("document"), GraphQLString("title")]

    class Meta:
        icon = "doc-full"


@register_streamfield_block
class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen")

    graphql_fields = [
        GraphQLString("text", required=True),
        GraphQLPage("page", source="visible_page"),
        GraphQLString("url"),
    ]

    class Meta:
        icon = "link"

    def visible_page(self, info, values, **kwargs):
        """The chosen page only while it is published and unrestricted."""
        page = values.get("page")
        return page.specific if page is not None and is_page_visible(page) else None


@register_streamfield_block
class KeyFigureBlock(blocks.StructBlock):
    figure = blocks.CharBlock(max_length=40, help_text="For example 900+ or 5")
    caption = blocks.CharBlock(max_length=120, help_text="For example member cities")

    graphql_fields = [
        GraphQLString("figure", required=True),
        GraphQLString("caption", required=True),
    ]


@register_streamfield_block
class KeyFiguresBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=8)

    graphql_fields = [
        GraphQLString("title"),
        GraphQLStreamfield("figures"),
    ]

    class Meta:
        icon = "table"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]
    )
    image = ImageWithCaptionBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(help_text="A video or other embeddable URL")
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    key_figures = KeyFiguresBlock()
    table = TableBlock()
