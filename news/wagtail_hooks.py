from wagtail import hooks

from .admin_listing import NewsArticleListingViewSet


@hooks.register("register_admin_viewset")
def register_news_article_listing():
    return NewsArticleListingViewSet("news_articles")
