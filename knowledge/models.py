"""Knowledge products (reports, toolkits, case studies...) that researchers search."""

from django.core.validators import RegexValidator
from django.db import models
from grapple.models import (
    GraphQLCollection,
    GraphQLDocument,
    GraphQLForeignKey,
    GraphQLImage,
    GraphQLStreamfield,
    GraphQLString,
)
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.models import BasePage


class KnowledgeIndexPage(BasePage):
    intro = StreamField(BodyBlock(), blank=True)

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["knowledge.KnowledgeProductPage"]

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    graphql_fields = BasePage.graphql_fields + [GraphQLStreamfield("intro")]


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

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("product_type"),
                FieldPanel("publication_date"),
                FieldPanel("language"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("isbn"),
                FieldPanel("doi"),
            ],
            heading="Publication",
        ),
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("regions"), FieldPanel("related_cities")],
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
    ]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLString("product_type", required=True),
        GraphQLString("publication_date", required=True),
        GraphQLString("language", required=True),
        GraphQLCollection(GraphQLForeignKey, "authors", "cms.Person"),
        GraphQLForeignKey("publisher", "cms.Organisation"),
        GraphQLCollection(GraphQLForeignKey, "themes", "cms.Theme"),
        GraphQLCollection(GraphQLForeignKey, "regions", "cms.Region"),
        GraphQLCollection(GraphQLForeignKey, "related_cities", "cities.CityProfilePage"),
        GraphQLImage("cover_image"),
        GraphQLStreamfield("body"),
        GraphQLString("isbn"),
        GraphQLString("doi"),
        GraphQLCollection(GraphQLForeignKey, "documents", "knowledge.KnowledgeDocument"),
    ]

    class Meta:
        ordering = ["-publication_date"]


class KnowledgeDocument(Orderable):
    """A file attached to a knowledge product (the PDF of a report, a dataset...)."""

    product = ParentalKey(KnowledgeProductPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    label = models.CharField(max_length=200, blank=True, help_text="For example: Full report (PDF)")

    panels = [FieldPanel("document"), FieldPanel("label")]
    graphql_fields = [GraphQLDocument("document"), GraphQLString("label")]
