"""The schema is an allow-list: every field a frontend may read is declared here.

Grapple generates root fields and page fields from models and from its own mixins; a grapple
upgrade, a new model column or a new mixin field would otherwise be served without anyone
deciding to. The schema is built from these declarations instead: a root field or page
field that is not named here is never served, whoever offers it, and
tests/cms/test_allow_list.py fails when the built schema and these lists differ in either
direction. Adding a field to the API is a change to this file, reviewed as a change to the
frontends' contract. Names are the GraphQL (camelCase) names.
"""

from __future__ import annotations

import graphene
from graphene.types.utils import yank_fields_from_attrs
from graphene.utils.str_converters import to_camel_case

QUERY_FIELDS = frozenset(
    {
        # grapple's, resolved by this project where grapple's would leak or ignore locales
        "page",
        "pages",
        "redirects",
        "tag",
        "tags",
        # grapple's, their values screened by the privacy gate
        "collections",
        "document",
        "documentType",
        "documents",
        "documentListing",
        "image",
        "imageType",
        "images",
        "imageListing",
        "setting",
        "settings",
        "site",
        "sites",
        "snippets",
        # the domain apps'
        "breadcrumbs",
        "cities",
        "events",
        "forum",
        "forumTopic",
        "forums",
        "knowledgeProducts",
        "locales",
        "me",
        "navigation",
        "newsArticles",
        "pageListing",
        "organisations",
        "search",
        "siteSettings",
        "sitemap",
        "suggest",
        "themes",
    }
)

MUTATION_FIELDS = frozenset(
    {
        "deletePost",
        "editPost",
        "followTopic",
        "hidePost",
        "lockTopic",
        "pinTopic",
        "refreshToken",
        "reply",
        "reportPost",
        "requestPasswordReset",
        "resetPassword",
        "restorePost",
        "signIn",
        "signOut",
        "startTopic",
        "unfollowTopic",
        "unlockTopic",
        "unpinTopic",
    }
)

# Every page type's common fields. Not served: Wagtail's bookkeeping (draft title, revisions,
# locks, owner, tree path and child count, scheduled dates, aliases, translation key).
PAGE_INTERFACE_FIELDS = frozenset(
    {
        "ancestors",
        "breadcrumbs",
        "children",
        "contentType",
        "depth",
        "descendants",
        "direction",
        "firstPublishedAt",
        "id",
        "isFallback",
        "lastPublishedAt",
        "live",
        "locale",
        "nextSiblings",
        "pageType",
        "parent",
        "previousSiblings",
        "requestedLocale",
        "searchDescription",
        "searchScore",
        "seoTitle",
        "showInMenus",
        "siblings",
        "slug",
        "summary",
        "title",
        "translations",
        "url",
        "urlPath",
    }
)

# Each page type's own fields, on top of the interface's (its model's `graphql_fields`).
PAGE_TYPE_FIELDS: dict[str, frozenset[str]] = {
    "Page": frozenset(),
    "HomePage": frozenset({"body", "heroImage", "heroTitle"}),
    "ContentPage": frozenset({"body", "leadImage", "listing"}),
    "SectionPage": frozenset({"intro", "listing"}),
    "CityIndexPage": frozenset({"intro"}),
    "CityProfilePage": frozenset(
        {
            "body",
            "cityName",
            "contact",
            "country",
            "countryName",
            "latitude",
            "leadImage",
            "longitude",
            "mayor",
            "memberSince",
            "membershipStatus",
            "partnerships",
            "population",
            "region",
        }
    ),
    "NewsIndexPage": frozenset({"intro"}),
    "NewsArticle": frozenset({"body", "date", "leadImage", "relatedCities", "tags", "themes"}),
    "EventIndexPage": frozenset({"icsUrl", "intro"}),
    "EventPage": frozenset(
        {
            "address",
            "allDay",
            "body",
            "city",
            "end",
            "endUtc",
            "eventType",
            "eventTypeLabel",
            "icsUrl",
            "isPast",
            "isUpcoming",
            "leadImage",
            "onlineUrl",
            "registrationUrl",
            "start",
            "startUtc",
            "themes",
            "timeZone",
            "venue",
        }
    ),
    "KnowledgeIndexPage": frozenset({"intro"}),
    "KnowledgeProductPage": frozenset(
        {
            "authors",
            "body",
            "citation",
            "coverImage",
            "documents",
            "doi",
            "isbn",
            "language",
            "productType",
            "publicationDate",
            "publisher",
            "regions",
            "relatedCities",
            "themes",
        }
    ),
    "ForumIndexPage": frozenset({"intro"}),
    "ForumPage": frozenset({"postCount", "premoderated", "theme", "topicCount", "topics"}),
}


def offered_fields(offered: type) -> dict:
    """The fields a class defines, its own or its bases', as graphene would collect them (a
    base earlier in the MRO wins)."""
    fields: dict = {}
    for klass in reversed(offered.__mro__):
        fields.update(yank_fields_from_attrs(vars(klass)))
    return fields


def declared_object_type(name: str, sources: list[type], declared: frozenset[str]):
    """An object type with the fields of `sources` that are `declared`, and their resolvers.

    The sources are combined as the bases of one class, so a resolver may come from another
    source than its field: a project mixin placed first replaces the resolver of a grapple
    field. Undeclared fields are not copied, so they never reach the schema."""
    offered = type(f"Offered{name}", tuple(sources), {})
    attrs: dict = {}
    for field_name, field in offered_fields(offered).items():
        if to_camel_case(field_name) not in declared:
            continue
        attrs[field_name] = field
        resolver = getattr(offered, f"resolve_{field_name}", None)
        if resolver is not None:
            attrs[f"resolve_{field_name}"] = resolver
    return type(name, (graphene.ObjectType,), attrs)


def keep_declared_page_fields(page_interface, page_types) -> None:
    """Serve only the declared fields of the page interface and of each page type.

    Grapple builds the page types from the models when Django starts, with every column
    of Wagtail's page model; so this keeps the declared fields of the built types (before
    the schema is built from them) rather than building the types itself."""
    keep(page_interface, PAGE_INTERFACE_FIELDS)
    for page_type in page_types:
        own = PAGE_TYPE_FIELDS.get(page_type._meta.name, frozenset())
        keep(page_type, PAGE_INTERFACE_FIELDS | own)


def keep(graphene_type, declared: frozenset[str]) -> None:
    fields = graphene_type._meta.fields
    for name in [name for name in fields if to_camel_case(name) not in declared]:
        del fields[name]
