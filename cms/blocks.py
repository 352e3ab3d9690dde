"""The one StreamField block library every page body is built from."""

import json

from django.core.serializers.json import DjangoJSONEncoder
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


class LoadedImageChooserBlock(ImageChooserBlock):
    """Wagtail's image chooser, whose images come from the request's image loader inside a
    GraphQL response: the image blocks of every page listed cost one query, not one per page.

    Migrations and grapple see Wagtail's own block: nothing is stored differently.
    """

    canonical_module_path = "wagtail.images.blocks.ImageChooserBlock"

    def bulk_to_python(self, values):
        from cms.graphql.batch import CURRENT_INFO, loader
        from cms.graphql.dataloaders import ImageLoader

        info = CURRENT_INFO.get()
        if info is None:
            return super().bulk_to_python(values)
        return loader(info, ImageLoader).load_many(values)


class StructBlock(blocks.StructBlock):
    """A struct block whose GraphQL `rawValue` is its stored value as JSON text.

    Grapple's block interface types `rawValue` as String yet hands it a struct's dict
    ("String cannot represent value: dict"); each struct's type declares the field itself
    (`RAW_VALUE`, grapple's `graphql_fields` with a `source`), with the interface's type. The
    stored form names chosen pages, documents and images by id: nothing they hold is served
    through it, and the privacy gate still decides what their own fields show.
    """

    def raw_json(self, info, values, **kwargs) -> str:
        return json.dumps(self.get_prep_value(values), cls=DjangoJSONEncoder)


RAW_VALUE = GraphQLString("raw_value", required=True, source="raw_json")


@register_streamfield_block
class HeadingBlock(StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Heading 2"), ("h3", "Heading 3"), ("h4", "Heading 4")], default="h2"
    )

    graphql_fields = [
        GraphQLString("text", required=True),
        GraphQLString("level", required=True),
        RAW_VALUE,
    ]

    class Meta:
        icon = "title"


@register_streamfield_block
class ImageWithCaptionBlock(StructBlock):
    image = LoadedImageChooserBlock()
    caption = blocks.CharBlock(required=False, max_length=300)
    credit = blocks.CharBlock(required=False, max_length=200)

    graphql_fields = [
        GraphQLImage("image"),
        GraphQLString("caption"),
        GraphQLString("credit"),
        RAW_VALUE,
    ]

    class Meta:
        icon = "image"


@register_streamfield_block
class QuoteBlock(StructBlock):
    quote = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False, max_length=200)
    role = blocks.CharBlock(required=False, max_length=200)

    graphql_fields = [
        GraphQLString("quote", required=True),
        GraphQLString("attribution"),
        GraphQLString("role"),
        RAW_VALUE,
    ]

    class Meta:
        icon = "openquote"


@register_streamfield_block
class DocumentLinkBlock(StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, help_text="Defaults to the document's title")

    graphql_fields = [GraphQLDocument("document"), GraphQLString("title"), RAW_VALUE]

    class Meta:
        icon = "doc-full"


@register_streamfield_block
class CallToActionBlock(StructBlock):
    text = blocks.CharBlock(max_length=200)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text="Used when no page is chosen")

    graphql_fields = [
        GraphQLString("text", required=True),
        GraphQLPage("page", source="visible_page"),
        GraphQLString("url"),
        RAW_VALUE,
    ]

    class Meta:
        icon = "link"

    def visible_page(self, info, values, **kwargs):
        """The chosen page only while the requester's policy shows it (one batch for every
        call to action of the response)."""
        from cms.graphql.dataloaders import chosen_page

        page = values.get("page")
        return chosen_page(info, page.pk) if page is not None else None


@register_streamfield_block
class KeyFigureBlock(StructBlock):
    figure = blocks.CharBlock(max_length=40, help_text="For example 900+ or 5")
    caption = blocks.CharBlock(max_length=120, help_text="For example member cities")

    graphql_fields = [
        GraphQLString("figure", required=True),
        GraphQLString("caption", required=True),
        RAW_VALUE,
    ]


@register_streamfield_block
class KeyFiguresBlock(StructBlock):
    title = blocks.CharBlock(required=False, max_length=200)
    figures = blocks.ListBlock(KeyFigureBlock(), min_num=1, max_num=8)

    graphql_fields = [
        GraphQLString("title"),
        GraphQLStreamfield("figures"),
        RAW_VALUE,
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
    # Handsontable ships only its en-US texts; the admin's "en" would be an unknown language.
    table = TableBlock(table_options={"language": "en-US"})
