"""The viewer-aware privacy policy: which pages, documents, images, snippets and forum
content a requester may see.

One rule for querysets (`readable_pages`, used by every listing, count and the search index)
and the same rule for single objects (`PrivacyPolicy.shows`, used by the GraphQL privacy gate
on every object any field returns). A page is hidden when it is not live, is the tree root,
lies under a page that is not live (its URL would reveal the draft's slug), or lies under a
view restriction the viewer does not pass. A restriction covers every translation of the
restricted page. A document or image is hidden when its collection, or any ancestor
collection, has a view restriction the viewer does not pass. A snippet with a draft state
(DraftStateMixin, such as the site texts) is hidden until it is live; every other snippet
model is declared in PUBLIC_SNIPPETS, public row by row (tests/cms/test_snippet_privacy.py
fails for a snippet model that is neither).

Rows stored against a page (forum topics and posts) are shown only when that page is
(`PrivacyPolicy.on_pages`); the same rule tells which users a forum's e-mails may reach
(`readers`) and which restrictions the served HTML of a page must ask for
(`covering_restrictions`).

The viewer passes only group restrictions, when they are in one of the groups or are a
superuser: the rule Wagtail's front end applies. Password and login restrictions never open
over the API. Anonymous requesters (user None) pass none.
"""

from __future__ import annotations

from functools import cached_property, reduce
from operator import or_

from django.db.models import BooleanField, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet
from django.db.models.functions import Substr
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Page,
    PageViewRestriction,
)

from cms.request_memo import per_request

# Snippet models with no draft state and no restriction: every row is for everyone.
PUBLIC_SNIPPETS = frozenset({"cms.theme", "cms.region", "cms.organisation", "cms.person"})


def closed_restrictions(restrictions: QuerySet, user=None) -> QuerySet:
    """Those of `restrictions` that `user` does not pass (all of them for anonymous)."""
    if user is None:
        return restrictions
    passed = restrictions.filter(restriction_type=BaseViewRestriction.GROUPS)
    if not user.is_superuser:
        passed = passed.filter(groups__user=user)
    return restrictions.exclude(pk__in=passed.values("pk"))


def closed_keys(user=None) -> QuerySet:
    """Translation keys of the pages under a restriction `user` does not pass (a subquery)."""
    restrictions = closed_restrictions(PageViewRestriction.objects.all(), user)
    return restrictions.values("page__translation_key")


def has_children() -> Exists:
    """Whether the page of the outer query has at least one child."""
    return Exists(
        Page.objects.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
    )


def readable_pages(queryset: QuerySet, paths: list[str]) -> QuerySet:
    """Pages of `queryset` a requester may see, given the `closed_paths` they do not pass."""
    queryset = queryset.live().filter(depth__gt=1)
    if paths:
        queryset = queryset.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))
    return queryset


def lineage(path: str) -> list[str]:
    """`path` and the paths of all its ancestors."""
    return [path[:end] for end in range(Page.steplen, len(path) + 1, Page.steplen)]


def in_published_tree(page: Page) -> bool:
    """Whether `page` and all its ancestors are live (one query)."""
    if not page.live or page.depth <= 1:
        return False
    return not Page.objects.filter(path__in=lineage(page.path), live=False).exists()


def covering_restrictions(page: Page) -> QuerySet:
    """The view restrictions on `page`, its ancestors and every translation of any of them:
    a restriction covers every translation of the restricted page."""
    keys = Page.objects.filter(path__in=lineage(page.path)).values("translation_key")
    return PageViewRestriction.objects.filter(page__translation_key__in=keys)


def readers(page: Page, users: QuerySet) -> QuerySet:
    """Those of `users` whom the policy lets read `page` (no one, if anything but a group
    restriction covers it)."""
    if not in_published_tree(page):
        return users.none()
    for restriction in covering_restrictions(page).prefetch_related("groups"):
        if restriction.restriction_type != BaseViewRestriction.GROUPS:
            return users.none()
        users = users.filter(Q(is_superuser=True) | Q(groups__in=restriction.groups.all()))
    return users.distinct()


class PrivacyPolicy:
    """The rule for one requester, with the facts it needs read once (a query each, on first
    use), so that screening any number of objects costs a constant number of queries."""

    def __init__(self, user=None):
        self.user = user

    @cached_property
    def page_facts(self) -> list[tuple[str, bool, bool, bool]]:
        """(path, live, closed, has children) of every page that is not live or is under a
        restriction the requester does not pass (and all its translations): one query, from
        which `closed_paths` and `hidden_paths` are both read."""
        closed = Q(translation_key__in=closed_keys(self.user))
        rows = Page.objects.filter(Q(live=False) | closed).annotate(
            closed=ExpressionWrapper(closed, output_field=BooleanField()), parent=has_children()
        )
        return list(rows.values_list("path", "live", "closed", "parent"))

    @cached_property
    def closed_paths(self) -> list[str]:
        """Tree paths whose subtrees the requester may not see: the pages, and all their
        translations, under a restriction they do not pass, and the pages that are not live
        but have children (a live page under them would reveal the draft's slug). Querysets
        exclude these prefixes, which the databases answer from the path index instead of
        comparing every page with every ancestor."""
        return [
            path
            for path, live, closed, parent in self.page_facts
            if closed or (parent and not live)
        ]

    @cached_property
    def hidden_paths(self) -> frozenset[str]:
        """Restricted paths the requester does not pass, and the paths of pages not live:
        a page is hidden when its lineage meets this set."""
        return frozenset(path for path, *_ in self.page_facts)

    @cached_property
    def hidden_collection_ids(self) -> frozenset[int]:
        """Collections under a restriction the requester does not pass, descendants included."""
        restricted_lineage = closed_restrictions(
            CollectionViewRestriction.objects.all(), self.user
        ).filter(
            collection__depth__lte=OuterRef("depth"),
            collection__path=Substr(
                OuterRef("path"), 1, F("collection__depth") * Collection.steplen
            ),
        )
        hidden = Collection.objects.filter(Exists(restricted_lineage))
        return frozenset(hidden.values_list("pk", flat=True))

    def pages(self, queryset: QuerySet) -> QuerySet:
        """Pages of `queryset` the requester may see."""
        return readable_pages(queryset, self.closed_paths)

    def on_pages(self, queryset: QuerySet, page_field: str) -> QuerySet:
        """Rows of `queryset` whose page (reached by the lookup `page_field`) the requester
        may see: what is posted in a forum is as private as the forum."""
        readable = self.pages(Page.objects.all()).values("pk")
        return queryset.filter(**{f"{page_field}__in": readable})

    def shows_page(self, page: Page) -> bool:
        if not page.live or page.depth <= 1:
            return False
        return self.hidden_paths.isdisjoint(lineage(page.path))

    def shows(self, obj) -> bool:
        """Whether a page, document, image or draft-state snippet may be served; anything
        else is not ours to judge."""
        if isinstance(obj, Page):
            return self.shows_page(obj)
        if isinstance(obj, AbstractDocument | AbstractImage):
            return obj.collection_id not in self.hidden_collection_ids
        if isinstance(obj, DraftStateMixin):
            return obj.live
        return True


def anonymous_policy() -> PrivacyPolicy:
    """The policy of a requester who passes no restriction, its facts read once per request
    (cms.request_memo) whichever code asks: root fields, loaders, the gate."""
    return per_request("anonymous_policy", PrivacyPolicy)
