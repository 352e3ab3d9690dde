"""`/site/sitemap.xml`: the reference site's sitemap, built from the contract's `sitemap` field.

It asks the schema exactly what a static frontend would ask over HTTP (every content language,
page by page), through the same privacy gate as `/graphql/`, so it can list nothing a visitor
could not open. Each URL carries its visible translations as `xhtml:link` hreflang alternates,
and `x-default` points at the default language's version when there is one. One file holds up
to 50,000 URLs (the protocol's limit); a site beyond that needs a sitemap index.
"""

from __future__ import annotations

from xml.etree import ElementTree

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from graphene_django.settings import graphene_settings

from cms.graphql.privacy_gate import PrivacyGate

SITEMAP_QUERY = """
query SiteSitemap($locale: String!, $page: Int!) {
  sitemap(locale: $locale, page: $page, perPage: 100) {
    hasNext
    items { url lastModified alternates { locale url } }
  }
}
"""
MAX_URLS = 50_000
XMLNS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


def entries(request, locale: str):
    """Every sitemap entry of one locale, as the API pages them."""
    page = 1
    while True:
        result = graphene_settings.SCHEMA.execute(
            SITEMAP_QUERY,
            variables={"locale": locale, "page": page},
            context_value=request,
            middleware=[PrivacyGate()],
        )
        if result.errors:
            raise result.errors[0]
        listing = result.data["sitemap"]
        yield from listing["items"]
        if not listing["hasNext"]:
            return
        page += 1


def sitemap_xml(request):
    base = request.build_absolute_uri(reverse("reference-site")).rstrip("/")

    def site_url(api_url: str) -> str:
        return base + api_url  # the API's paths carry the language prefix already

    ElementTree.register_namespace("", XMLNS)
    ElementTree.register_namespace("xhtml", XHTML)
    urlset = ElementTree.Element(f"{{{XMLNS}}}urlset")
    count = 0
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        for entry in entries(request, code):
            if count == MAX_URLS:
                break
            count += 1
            url = ElementTree.SubElement(urlset, f"{{{XMLNS}}}url")
            ElementTree.SubElement(url, f"{{{XMLNS}}}loc").text = site_url(entry["url"])
            if entry["lastModified"]:
                ElementTree.SubElement(url, f"{{{XMLNS}}}lastmod").text = entry["lastModified"]
            alternates = entry["alternates"]
            if len(alternates) > 1:
                default = [a for a in alternates if a["locale"] == settings.LANGUAGE_CODE]
                for locale, href in [(a["locale"], a["url"]) for a in alternates] + [
                    ("x-default", a["url"]) for a in default
                ]:
                    ElementTree.SubElement(
                        url,
                        f"{{{XHTML}}}link",
                        rel="alternate",
                        hreflang=locale,
                        href=site_url(href),
                    )
    body = ElementTree.tostring(urlset, encoding="utf-8", xml_declaration=True)
    return HttpResponse(body, content_type="application/xml; charset=utf-8")
