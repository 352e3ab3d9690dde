"""Rich-text links to pages a visitor may not see render as plain anchors, without the URL.

Wagtail's own page-link handler resolves any page, drafts and restricted pages included, so a
paragraph linking to an embargoed report would reveal its address.
"""

from django.utils.html import escape
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

from cms.visibility import visible_pages


class VisiblePageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = visible_pages(Page.objects.filter(id__in=ids)).defer_streamfields().specific()
        by_id = {str(page.id): page for page in pages}
        return [by_id.get(str(id_)) for id_ in ids]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            f'<a href="{escape(page.localized.url)}">' if page else "<a>"
            for page in cls.get_many(attrs_list)
        ]
