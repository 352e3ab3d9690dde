"""Cross-domain snippets: themes, regions, organisations and people, used by every content app."""

from django.db import models
from django.utils.text import slugify
from grapple.models import GraphQLImage, GraphQLString
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class Theme(TranslatableMixin, index.Indexed, models.Model):
    """One of the alliance's thematic areas (housing, water, financing...)."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120)
    description = models.TextField(blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("slug", required=True),
        GraphQLString("description"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:120]
        super().save(*args, **kwargs)


@register_snippet
class Region(models.Model):
    """A world region grouping cities and knowledge products."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    graphql_fields = [GraphQLString("name", required=True), GraphQLString("slug", required=True)]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_snippet
class Organisation(TranslatableMixin, index.Indexed, ClusterableModel):
    """A partner, member organisation, UN agency or donor."""

    class Kind(models.TextChoices):
        PARTNER = "partner", "Partner"
        MEMBER = "member", "Member organisation"
        UN_AGENCY = "un_agency", "UN agency"
        DONOR = "donor", "Donor"
        NETWORK = "network", "City network"

    name = models.CharField(max_length=200)
    acronym = models.CharField(max_length=30, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PARTNER)
    website = models.URLField(blank=True)
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166-1 alpha-2 code")
    description = models.TextField(blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("acronym"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("country"),
        FieldPanel("description"),
        FieldPanel("logo"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("acronym")]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("acronym"),
        GraphQLString("kind", required=True),
        GraphQLString("website"),
        GraphQLString("country"),
        GraphQLString("description"),
        GraphQLImage("logo"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]

    def __str__(self):
        return self.acronym or self.name


@register_snippet
class Person(TranslatableMixin, index.Indexed, models.Model):
    """An author of knowledge products or a contact person (mayor, focal point)."""

    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    email = models.EmailField(blank=True)
    bio = models.TextField(blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("role"),
        GraphQLString("bio"),
        GraphQLImage("photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name
