"""HTTP caching headers of /graphql/ answers, for browsers and CDNs.

An anonymous, error-free query answer is public: `Cache-Control: public` with a short `max-age`
for browsers and an `s-maxage` for shared caches, and an ETag so a client holding the answer
gets `304 Not Modified`. Everything else (anything sent with an Authorization header, mutations,
previews, errors) is `private, no-store`. Every answer varies on Authorization, so a shared cache
never hands an anonymous answer to a member or the reverse.
"""

import hashlib

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import parse_etags, quote_etag


def add_headers(request, response, public: bool):
    patch_vary_headers(response, ("Authorization",))
    if not public:
        patch_cache_control(response, private=True, no_store=True)
        return response
    patch_cache_control(
        response,
        public=True,
        max_age=settings.GRAPHQL_HTTP_MAX_AGE,
        s_maxage=settings.GRAPHQL_HTTP_S_MAXAGE,
    )
    etag = quote_etag(hashlib.sha256(response.content).hexdigest()[:32])
    response["ETag"] = etag
    if etag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
        return not_modified(response)
    return response


def not_modified(response):
    """A 304 keeps the headers a cache needs to refresh its copy (RFC 9110 15.4.5)."""
    unchanged = HttpResponseNotModified()
    for header in ("ETag", "Cache-Control", "Vary"):
        unchanged[header] = response[header]
    return unchanged
