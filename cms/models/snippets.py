"""Cross-domain snippets: themes, regions, organisations and people, used by every content app.

Themes, organisations and people are translated with wagtail-localize (one row per locale,
sharing a translation_key). Pages keep pointing at the source rows (a translated page copies
its relations as they are), so the API shows a snippet's text in the reader's language by
looking up the row of its translation group that the fallback chain picks (`LocalizedSnippet`).
"""

from django.db import models
from django.utils.text import slugify
from grapple.models import GraphQLBoolean, GraphQLImage, GraphQLString
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField

from cms.autocomplete import OneRowPerTranslationGroup
from cms.graphql.locales import display_locale
from cms.graphql.request_cache import request_cache
from cms.localization import fallback_chain


def translation_table(info, model) -> dict:
    """translation_key -> {language code: row values} for every row of `model`: one query per
    model and request, whatever the number of snippets shown."""

    def load() -> dict:
        table: dict = {}
        fields = ["pk", "translation_key", "locale__language_code", *model.translated_fields]
        for row in model.objects.order_by().values(*fields):
            table.setdefault(row["translation_key"], {})[row["locale__language_code"]] = row
        return table

    return request_cache(info, f"snippet_translations:{model._meta.label}", load)


class LocalizedSnippet:
    """GraphQL fields of a translatable snippet that answer in the request's display locale.

    The first locale of the display locale's fallback chain that has a translation of this
    snippet answers; when none has, the snippet's own row does. `locale` and `isFallback`
    say which language the text is in.
    """

    translated_fields: tuple[str, ...] = ()

    def served_translation(self, info) -> tuple[str | None, dict]:
        rows = translation_table(info, type(self)).get(self.translation_key, {})
        for code in fallback_chain(display_locale(info)):
            if code in rows:
                return code, rows[code]
        own = next((code for code, row in rows.items() if row["pk"] == self.pk), None)
        return own, {field: getattr(self, field) for field in self.translated_fields}

    def localized(self, info, field: str) -> str:
        return self.served_translation(info)[1][field]

    def served_locale(self, info) -> str | None:
        return self.served_translation(info)[0]

    def served_in_fallback(self, info) -> bool:
        return self.served_translation(info)[0] != display_locale(info)


def served_locale_fields() -> list:
    """The `locale` and `isFallback` fields every LocalizedSnippet exposes."""
    return [
        GraphQLString(
            "locale", source="served_locale", required=True, description="Language of the text"
        ),
        GraphQLBoolean(
            "is_fallback",
            source="served_in_fallback",
            required=True,
            description="True when the requested locale has no translation and another answers",
        ),
    ]


@register_snippet
class Theme(LocalizedSnippet, TranslatableMixin, index.Indexed, models.Model):
    """One of the alliance's thematic areas (housing, water, financing...)."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120)
    description = models.TextField(blank=True)

    # Filters and facets take the slug: every translation keeps the source's.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    translated_fields = ("name", "description")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    graphql_fields = [
        GraphQLString("name", source="localized_name", required=True),
        GraphQLString("slug", required=True),
        GraphQLString("description", source="localized_description"),
        *served_locale_fields(),
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

    def localized_name(self, info) -> str:
        return self.localized(info, "name")

    def localized_description(self, info) -> str:
        return self.localized(info, "description")


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
class Organisation(LocalizedSnippet, TranslatableMixin, index.Indexed, ClusterableModel):
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
    translated_fields = ("name", "description")
    search_fields = [index.SearchField("name"), index.SearchField("acronym")]
    graphql_fields = [
        GraphQLString("name", source="localized_name", required=True),
        GraphQLString("acronym"),
        GraphQLString("kind", required=True),
        GraphQLString("website"),
        GraphQLString("country"),
        GraphQLString("description", source="localized_description"),
        GraphQLImage("logo"),
        *served_locale_fields(),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]

    def __str__(self):
        return self.acronym or self.name

    def localized_name(self, info) -> str:
        return self.localized(info, "name")

    def localized_description(self, info) -> str:
        return self.localized(info, "description")


@register_snippet
class Person(
    OneRowPerTranslationGroup, LocalizedSnippet, TranslatableMixin, index.Indexed, models.Model
):
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
    translated_fields = ("role", "bio")  # a name reads the same in every language
    autocomplete_search_field = "name"
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    graphql_fields = [
        GraphQLString("name", required=True),
        GraphQLString("role", source="localized_role"),
        GraphQLString("bio", source="localized_bio"),
        GraphQLImage("photo"),
        *served_locale_fields(),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def localized_role(self, info) -> str:
        return self.localized(info, "role")

    def localized_bio(self, info) -> str:
        return self.localized(info, "bio")
