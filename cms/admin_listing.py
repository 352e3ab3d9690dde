"""The admin's flat lists of dated pages (news articles, events): filterable by theme and date,
latest first, in the admin menu.

Editors look for such a page by what it is about and when it is dated; the page explorer only
offers the tree. Each app declares its list with `dated_page_listing` and registers it in its
wagtail_hooks.
"""

from django_filters import DateFromToRangeFilter, Filter
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.pages import PageListingViewSet

from .admin_filters import ThemeFilter


def dated_page_listing(
    model,
    *,
    date_field: str,
    date_label: str,
    icon: str,
    menu_label: str,
    menu_order: int,
    filters: dict[str, Filter] | None = None,
    columns: list[Column] | None = None,
) -> type[PageListingViewSet]:
    """A listing viewset of `model` pages, newest `date_field` first: `filters` (shown first),
    then the date range and the themes; the date column, then `columns`."""
    filterset = type(
        f"{model.__name__}FilterSet",
        (PageListingViewSet.filterset_class,),
        {
            **(filters or {}),
            date_field: DateFromToRangeFilter(label=date_label, widget=DateRangePickerWidget),
            "themes": ThemeFilter(),
            "Meta": type("Meta", (), {"model": model, "fields": []}),
        },
    )
    index_view = type(
        f"{model.__name__}IndexView",
        (PageListingViewSet.index_view_class,),
        {"default_ordering": f"-{date_field}"},
    )
    return type(
        f"{model.__name__}ListingViewSet",
        (PageListingViewSet,),
        {
            "model": model,
            "icon": icon,
            "menu_label": menu_label,
            "add_to_admin_menu": True,
            "menu_order": menu_order,
            "index_view_class": index_view,
            "filterset_class": filterset,
            "columns": PageListingViewSet.columns
            + [DateColumn(date_field, label=date_label, sort_key=date_field, width="12%")]
            + (columns or []),
        },
    )
