"""News articles and the index that lists them."""

from django.db import models
from django.utils import timezone
from grapple.models import GraphQLStreamfield, GraphQLString, GraphQLTag
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField
from wagtailautocomplete.edit_handlers import AutocompletePanel

from cities.models import CityProfilePage
from cms.blocks import BodyBlock
from cms.graphql.fields import GraphQLLoadedImage, GraphQLModelList, GraphQLShownRelated
from cms.models import BasePage, IndexPage
from cms.visibility import visible_pages

# Where listings put the prefetched visible cities (see `NewsArticle.visible_related_cities`).
VISIBLE_CITIES_ATTR = "_visible_related_cities"


class NewsIndexPage(IndexPage):
    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["news.NewsArticle"]


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsArticle", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsArticle(BasePage):
    date = models.DateField(default=timezone.localdate)
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = StreamField(BodyBlock(), blank=True)
    themes = ParentalManyToManyField("cms.Theme", blank=True, related_name="news_articles")
    related_cities = ParentalManyToManyField(
        "cities.CityProfilePage", blank=True, related_name="news_articles"
    )
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True)

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    # wagtail-localize skips many-to-many fields: without this a translation keeps the
    # classification it had when it was created. Dates are synchronised by default.
    # wagtail-localize skips an emptied many-to-many value; cms.translation_sync copies it.
    override_translatable_fields = [
        SynchronizedField("themes", overridable=False),
        SynchronizedField("related_cities", overridable=False),
        SynchronizedField("date", overridable=False),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes"), AutocompletePanel("related_cities"), FieldPanel("tags")],
            heading="Classification",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]
    graphql_fields = BasePage.graphql_fields + [
        GraphQLString("date", required=True),
        GraphQLLoadedImage("lead_image"),
        GraphQLStreamfield("body"),
        GraphQLModelList("themes", "cms.Theme", source="theme_list"),
        GraphQLShownRelated(
            GraphQLModelList("related_cities", "cities.CityProfilePage"),
            "news.graphql.dataloaders.RelatedCitiesLoader",
            "visible_related_cities",
        ),
        GraphQLTag("tags"),
    ]

    class Meta:
        ordering = ["-date"]

    @property
    def theme_list(self) -> list:
        """The article's themes, from the listing's prefetch when there is one."""
        return list(self.themes.all())

    @property
    def visible_related_cities(self) -> list:
        """Related city profiles a visitor may see: never a draft or a restricted city.

        Listings prefetch them into `VISIBLE_CITIES_ATTR` (one query for all articles);
        a single article reads them here with the same visibility rule.
        """
        prefetched = getattr(self, VISIBLE_CITIES_ATTR, None)
        if prefetched is not None:
            return prefetched
        cities = CityProfilePage.objects.filter(news_articles=self).order_by("city_name")
        return list(visible_pages(cities))
