from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtailautocomplete.urls.admin import urlpatterns as wagtailautocomplete_admin_urls

from cms.graphql.caching_view import CachingGraphQLView

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Searches behind the admin's autocomplete choosers (related cities, authors).
    path("admin/autocomplete/", include(wagtailautocomplete_admin_urls)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("graphql/", csrf_exempt(CachingGraphQLView.as_view()), name="graphql"),
    path("events/", include("events.urls")),
    # The reference frontend (frontend-contract/site/); "View live" and Preview lead there.
    path("site/", include("cms.reference_site")),
    # News and event feeds (RSS 2.0, Atom under atom/): each app owns its own.
    path("feeds/", include("news.feed_urls")),
    path("feeds/", include("events.feed_urls")),
]

if settings.SERVE_MEDIA:
    from django.conf.urls.static import static

    # Images only: document files are served by Wagtail's view at /documents/<id>/<name>,
    # which applies their collection's restrictions; a plain file URL would skip them.
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=f"{settings.MEDIA_ROOT}/{folder}"
        )

# Pages of other locales are served (and get `url`s) under a language prefix: /fr/..., /ar/...
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)
