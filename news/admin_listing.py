"""The admin's flat list of news articles, filterable by theme and date, newest first, under
"News articles" in the admin menu (cms.admin_listing)."""

from cms.admin_listing import dated_page_listing
from news.models import NewsArticle

NewsArticleListingViewSet = dated_page_listing(
    NewsArticle,
    date_field="date",
    date_label="Article date",
    icon="doc-full",
    menu_label="News articles",
    menu_order=210,
)
