"""The admin's flat list of news articles, filterable by theme and date, newest first.

Editors look for an article by what it is about and when it appeared; the page explorer only
offers the tree, so this listing sits in the admin menu under "News articles".
"""

from django.forms import CheckboxSelectMultiple
from django_filters import DateFromToRangeFilter, ModelMultipleChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet

from cms.models import Theme
from news.models import NewsArticle


class NewsArticleFilterSet(PageListingViewSet.filterset_class):
    date = DateFromToRangeFilter(label="Article date", widget=DateRangePickerWidget)
    themes = ModelMultipleChoiceFilter(
        label="Themes", queryset=Theme.objects.all(), widget=CheckboxSelectMultiple, distinct=True
    )

    class Meta:
        model = NewsArticle
        fields = []


class NewsArticleIndexView(PageListingViewSet.index_view_class):
    default_ordering = "-date"


class NewsArticleListingViewSet(PageListingViewSet):
    model = NewsArticle
    icon = "doc-full"
    menu_label = "News articles"
    add_to_admin_menu = True
    menu_order = 210
    index_view_class = NewsArticleIndexView
    filterset_class = NewsArticleFilterSet
    columns = PageListingViewSet.columns + [
        DateColumn("date", label="Article date", sort_key="date", width="12%"),
    ]
