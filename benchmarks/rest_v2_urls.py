"""The project's URLs with Wagtail's REST API v2 at /api/v2/ (benchmarks only).

News articles expose the same fields over REST as the GraphQL listing selects, so both sides
load the same data.
"""

from django.urls import path
from wagtail.api import APIField
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

import cms.urls
from news.models import NewsArticle

REST_FIELDS = "summary,date,lead_image,body,themes,related_cities,tags"

NewsArticle.api_fields = [APIField(name) for name in REST_FIELDS.split(",")]
router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PagesAPIViewSet)
urlpatterns = [path("api/v2/", router.urls), *cms.urls.urlpatterns]
