"""Knowledge products (reports, toolkits, case studies...) that researchers search."""

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from grapple.models import (
    GraphQLDocument,
    GraphQLForeignKey,
    GraphQLInt,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailautocomplete.edit_handlers import AutocompletePanel

from cms.blocks import BodyBlock
from cms.graphql.fields import GraphQLLoadedImage, GraphQLModelList, GraphQLShownRelated
from cms.models import BasePage, IndexPage
from cms.public_urls import media_item_url
from cms.visibility import visible_pages

from .documents import public_attachments
from .graphql.citations import GraphQLCitation

# Where listings put prefetched relations (read by the `*_list` methods below).
VISIBLE_CITIES_ATTR = "prefetched_visible_cities"
PUBLIC_DOCUMENTS_ATTR = "prefetched_public_documents"


class KnowledgeIndexPage(IndexPage):
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["knowledge.KnowledgeProductPage"]


class KnowledgeProductPage(BasePage):
    class ProductType(models.TextChoices):
        REPORT = "report", "Report"
        TOOLKIT = "toolkit", "Toolkit"
        POLICY_BRIEF = "policy_brief", "Policy brief"
        CASE_STUDY = "case_study", "Case study"
        DATASET = "dataset", "Dataset"
        GUIDE = "guide", "Guide"
        PROCEEDINGS = "proceedings", "Forum proceedings"

    product_type = models.CharField(max_length=30, choices=ProductType.choices, default="report")
    publication_date = models.DateField()
    language = models.CharField(
        max_length=10, default="en", help_text="Language of the publication itself (ISO 639-1)"
    )
    authors = ParentalManyToManyField("cms.Person", blank=True, related_name="knowledge_products")
    publisher = models.ForeignKey(
        "cms.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="knowledge_products",
    )
    themes = ParentalManyToManyField("cms.Theme", blank=True, related_name="knowledge_products")
    regions = ParentalManyToManyField("cms.Region", blank=True, related_name="knowledge_products")
    related_cities = ParentalManyToManyField(
        "cities.CityProfilePage", blank=True, related_name="knowledge_products"
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True)
    isbn = models.CharField(
        max_length=17,
        blank=True,
        validators=[RegexValidator(r"^(97[89])?[-\d ]{9,13}[\dX]$", "Not a valid ISBN.")],
    )
    doi = models.CharField(
        max_length=200,
        blank=True,
        validators=[RegexValidator(r"^10\.\d{4,9}/\S+$", "A DOI looks like 10.1234/abc-123.")],
    )

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []

    # Bibliographic facts and classification are the same in every language: synchronised
    # from the source, not overridable by translators. `language` (the publication's own
    # language), ISBN and DOI are plain CharFields wagtail-localize would offer for
    # translation; many-to-many fields it would skip altogether. Attached documents (a child
    # relation) are synchronised by wagtail-localize itself.
    # wagtail-localize skips an emptied many-to-many value; cms.translation_sync copies it.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "product_type",
            "publication_date",
            "language",
            "isbn",
            "doi",
            "authors",
            "themes",
            "regions",
            "related_cities",
        )
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("product_type"),
                FieldPanel("publication_date"),
                FieldPanel("language"),
                AutocompletePanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("isbn"),
                FieldPanel("doi"),
            ],
            heading="Publication",
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes"),
                FieldPanel("regions", widget=forms.CheckboxSelectMultiple),
                AutocompletePanel("related_cities"),
            ],
            heading="Classification",
        ),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        InlinePanel("documents", label="Attached documents"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("product_type"),
        index.FilterField("publication_date"),
        index.FilterField("language"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("authors", [index.SearchField("name")]),
        index.SearchField("attachment_text"),
    ]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLString("product_type", required=True),
        GraphQLString("publication_date", required=True),
        GraphQLString("language", required=True),
        GraphQLModelList("authors", "cms.Person", source="author_list"),
        GraphQLForeignKey("publisher", "cms.Organisation"),
        GraphQLModelList("themes", "cms.Theme", source="theme_list"),
        GraphQLModelList("regions", "cms.Region", source="region_list"),
        GraphQLShownRelated(
            GraphQLModelList("related_cities", "cities.CityProfilePage"),
            "knowledge.graphql.dataloaders.RelatedCitiesLoader",
            "visible_related_cities",
        ),
        GraphQLLoadedImage("cover_image"),
        GraphQLStreamfield("body"),
        GraphQLString("isbn"),
        GraphQLString("doi"),
        GraphQLModelList("documents", "knowledge.KnowledgeDocument", source="public_documents"),
        GraphQLCitation(),
    ]

    class Meta:
        ordering = ["-publication_date"]

    # Sources of the GraphQL lists: a listing's prefetch when there is one, else a query.
    # Grapple calls them with the GraphQL info, hence the signature.

    def attachment_text(self) -> str:
        """Text of the public PDFs, for the database search index (read once per file)."""
        from search.attachments import attachment_texts

        return attachment_texts([self.pk]).get(self.pk, "") if self.pk else ""

    @property
    def author_list(self) -> list:
        return list(self.authors.all())

    @property
    def theme_list(self) -> list:
        return list(self.themes.all())

    @property
    def region_list(self) -> list:
        return list(self.regions.all())

    @property
    def visible_related_cities(self) -> list:
        """Related city profiles a visitor may see: never a draft or a restricted city."""
        prefetched = getattr(self, VISIBLE_CITIES_ATTR, None)
        if prefetched is not None:
            return prefetched
        from cities.models import CityProfilePage

        cities = CityProfilePage.objects.filter(knowledge_products=self.pk)
        return list(visible_pages(cities).order_by("city_name", "pk"))

    @property
    def public_documents(self) -> list:
        """Attachments anyone may download (none from a restricted collection)."""
        prefetched = getattr(self, PUBLIC_DOCUMENTS_ATTR, None)
        if prefetched is not None:
            return prefetched
        return list(public_attachments(KnowledgeDocument.objects.filter(product_id=self.pk)))


class KnowledgeDocument(Orderable):
    """A file attached to a knowledge product (the PDF of a report, a dataset...)."""

    product = ParentalKey(KnowledgeProductPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    label = models.CharField(max_length=200, blank=True, help_text="For example: Full report (PDF)")

    panels = [FieldPanel("document"), FieldPanel("label")]
    graphql_fields = [
        GraphQLDocument("document"),
        GraphQLString("label"),
        GraphQLString("title", required=True, description="The label, else the file's title"),
        GraphQLString("url", required=True, description="Download address of the file"),
        GraphQLInt("file_size", description="In bytes"),
        GraphQLString("file_type", required=True, description="File extension, e.g. PDF"),
        GraphQLString("content_type", required=True, description="MIME type"),
    ]

    @property
    def title(self) -> str:
        return self.label or self.document.title

    @property
    def url(self) -> str:
        return media_item_url(self.document)

    @property
    def file_size(self) -> int | None:
        """Stored on upload; read from storage (never written back) for older rows."""
        if self.document.file_size is not None:
            return self.document.file_size
        try:
            return self.document.file.size
        except OSError:
            return None

    @property
    def file_type(self) -> str:
        return self.document.file_extension.upper()

    @property
    def content_type(self) -> str:
        return self.document.content_type
