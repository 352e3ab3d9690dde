from wagtail import hooks

from cms.rich_text import VisibleDocumentLinkHandler, VisiblePageLinkHandler
from cms.served_pages import apply_privacy_policy


@hooks.register("register_rich_text_features", order=100)
def register_visible_links(features):
    """Runs after Wagtail's own registrations (order 0) so these handlers replace theirs."""
    features.register_link_type(VisiblePageLinkHandler)
    features.register_link_type(VisibleDocumentLinkHandler)


hooks.register("before_serve_page", apply_privacy_policy)
