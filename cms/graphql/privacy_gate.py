"""The privacy gate: every page, document, image and draft-state snippet any field returns
passes one policy.

Installed as graphene middleware on the endpoint, it sees the value of every field, whatever
produced it (a root field, a StreamField block, grapple's generic `blocks`, a chooser, a
relation, a search hit, a translation), so a field added tomorrow is covered without anyone
remembering to guard it. A hidden object becomes null; in a list, it drops out. Resolvers
still filter their querysets (that keeps counts and pagination right); the gate is what makes
a forgotten filter harmless.

One object is let through unjudged: the draft `page(token:)` returned for a valid preview
token (cms/graphql/preview.py), and only that object, only in that request.
"""

from __future__ import annotations

from functools import cache

from django.conf import settings
from django.db.models import QuerySet
from django.utils.module_loading import import_string
from graphql import GraphQLList, GraphQLNonNull
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import DraftStateMixin, Page

from cms.privacy import PrivacyPolicy, anonymous_policy

from .preview import is_previewed
from .request_cache import request_cache

GATED = (Page, AbstractDocument, AbstractImage, DraftStateMixin)


@cache
def authenticator(path: str):
    """The function that tells a request's signed-in viewer, imported once (the gate asks on
    every field)."""
    return import_string(path)


def policy_of(info) -> PrivacyPolicy:
    """The requester's policy, built once per request (on the signed-in viewer, so that the
    forums' reading rules reuse its facts; for anonymous, the request's anonymous policy,
    which visible_pages reads too); outside a request (info None), the anonymous policy. The
    viewer comes from the app that signs requesters in (settings.GRAPHQL_AUTHENTICATE), which
    cms does not import."""
    if info is None:
        return anonymous_policy()
    if hasattr(info.context, "META"):
        viewer = authenticator(settings.GRAPHQL_AUTHENTICATE)(info.context)[0]
        if viewer is not None:
            return viewer.privacy
    return request_cache(info, "privacy_policy", anonymous_policy)


def returns_list(info) -> bool:
    field_type = info.return_type
    if isinstance(field_type, GraphQLNonNull):
        field_type = field_type.of_type
    return isinstance(field_type, GraphQLList)


class PrivacyGate:
    def resolve(self, next_, root, info, /, **kwargs):
        value = next_(root, info, **kwargs)
        if isinstance(value, GATED):
            if is_previewed(info, value):
                return value
            return value if policy_of(info).shows(value) else None
        if isinstance(value, list | tuple | QuerySet) and returns_list(info):
            return screen(value, info)
        return value


def screen(items, info):
    """`items` without the hidden ones; untouched when it holds nothing the gate judges."""
    if isinstance(items, QuerySet) and not issubclass(items.model, GATED):
        return items
    items = list(items)
    if not any(isinstance(item, GATED) for item in items):
        return items
    policy = policy_of(info)
    return [item for item in items if policy.shows(item)]
