"""Root query fields of the news domain."""

import graphene

from cms.graphql.locales import locale_argument
from cms.graphql.pagination import pagination_args

from . import dataloaders  # noqa: F401 (registers what a list of its pages loads)
from .resolvers import resolve_news_articles
from .types import NewsArticleListing


class Query:
    news_articles = graphene.Field(
        NewsArticleListing,
        required=True,
        locale=locale_argument(),
        theme=graphene.String(description="Theme slug, e.g. housing"),
        city=graphene.ID(
            description="Id of a city profile the articles are related to (any of its "
            "translations: the city is matched across locales)"
        ),
        tag=graphene.String(description="Tag slug or name"),
        date_from=graphene.Date(description="Earliest article date, included"),
        date_to=graphene.Date(description="Latest article date, included"),
        **pagination_args(),
        description="Published news articles in one locale, newest first, with totals",
    )

    def resolve_news_articles(self, info, **kwargs):
        return resolve_news_articles(info, **kwargs)
