"""Wagtail's served HTML (the admin's "View live", /fr/...) by the same policy as the API.

Wagtail checks the view restrictions of a page and its ancestors, and that the page itself
is live. The policy (cms.privacy) also says that a restriction covers every translation of
the restricted page, and that a page under a page that is not live is hidden (its URL would
reveal the draft's slug). This hook adds those two rules, answering as Wagtail does: a
password form, a sign-in redirect, or a 404.
"""

from __future__ import annotations

from django.http import Http404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import PageViewRestriction
from wagtail.wagtail_hooks import require_wagtail_login

from cms.privacy import covering_restrictions, in_published_tree


def restriction_response(restriction: PageViewRestriction, page, request):
    """What Wagtail answers to a request that does not pass `restriction`."""
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        form = PasswordViewRestrictionForm(
            instance=restriction, initial={"return_url": request.get_full_path()}
        )
        action_url = reverse(
            "wagtailcore_authenticate_with_password", args=[restriction.id, page.id]
        )
        response = page.serve_password_required_response(request, form, action_url)
    else:
        response = require_wagtail_login(next=request.get_full_path())
    add_never_cache_headers(response)
    return response


def apply_privacy_policy(page, request, serve_args, serve_kwargs):
    """A before_serve_page hook: 404 under a draft, else the first restriction not passed."""
    if not in_published_tree(page):
        raise Http404
    for restriction in covering_restrictions(page):
        if not restriction.accept_request(request):
            return restriction_response(restriction, page, request)
    return None
