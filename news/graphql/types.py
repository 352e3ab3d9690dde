"""GraphQL types of the news domain that grapple does not generate."""

from grapple.registry import registry

from cms.graphql.pagination import paginated_type
from news.models import NewsArticle

NewsArticleListing = paginated_type(
    lambda: registry.pages[NewsArticle], "NewsArticleListing", localized=True
)
