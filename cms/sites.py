"""The Wagtail site a request is addressed to: every root field that resolves paths or menus
starts from it (page roots in cms, navigation and breadcrumbs in home)."""

from wagtail.models import Site


def site_for_request(request) -> Site | None:
    """The site the request is addressed to, else the default site."""
    site = Site.find_for_request(request) if request is not None else None
    return site or Site.objects.select_related("root_page").filter(is_default_site=True).first()
