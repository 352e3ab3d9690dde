from wagtail import hooks

from cms.rich_text import VisiblePageLinkHandler


@hooks.register("register_rich_text_features", order=100)
def register_visible_page_links(features):
    """Runs after Wagtail's own registration (order 0) so this handler replaces its handler."""
    features.register_link_type(VisiblePageLinkHandler)
