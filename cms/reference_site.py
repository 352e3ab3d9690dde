"""The reference site (frontend-contract/site/) served at /site/: what a frontend built on the
contract looks like, with no build step.

Every path under the site answers with the same HTML shell; the ES modules read the path and
ask /graphql/ for the content, as any frontend would. The shell already carries the language
and direction of the path's language prefix, so an Arabic page is right-to-left before any
script has run. Its files (modules, styles, operations) are served from `_assets/`.
"""

from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404, HttpResponse
from django.template import Context, Template
from django.urls import path, reverse
from django.utils.translation import get_language_info
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.static import serve

from cms.site_sitemap import sitemap_xml

SITE_DIR = Path(settings.BASE_DIR) / "frontend-contract" / "site"


def language_of(subpath: str) -> str:
    """The language of a site path: its prefix when it names a content language, else the
    default (English has no prefix)."""
    first = subpath.strip("/").split("/", 1)[0]
    codes = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
    return first if first in codes else settings.LANGUAGE_CODE


@xframe_options_sameorigin  # the admin's preview shows the site in a frame
def shell(request, subpath: str = ""):
    code = language_of(subpath)
    base = reverse("reference-site")
    context = {
        "lang": code,
        "dir": "rtl" if get_language_info(code)["bidi"] else "ltr",
        "base": base,
        "assets": f"{base}_assets/",
        "graphql": reverse("graphql"),
    }
    template = Template((SITE_DIR / "index.html").read_text())
    return HttpResponse(template.render(Context(context)))


def asset(request, asset_path: str):
    if asset_path.endswith("index.html"):
        raise Http404  # the shell is only served rendered
    try:
        return serve(request, asset_path, document_root=SITE_DIR)
    except SuspiciousFileOperation as error:  # "../" out of the site's folder
        raise Http404 from error


urlpatterns = [
    path("_assets/<path:asset_path>", asset),
    path("sitemap.xml", sitemap_xml, name="reference-site-sitemap"),
    path("", shell, name="reference-site"),
    path("<path:subpath>", shell),
]
