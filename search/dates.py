"""The date a page is sorted by: when the content happened or was published."""

from django.db.models import DateField, F
from django.db.models.functions import Cast, Coalesce

# Specific date fields by page type, reached from the base Page model; first_published_at
# for everything else.
DATE_FIELDS = {
    "knowledge.KnowledgeProductPage": "publication_date",
    "news.NewsArticle": "date",
    "events.EventPage": "start",
}


def sort_date_expression():
    """A date for any page, usable in Page.objects.annotate()."""
    from django.apps import apps

    parts = []
    for label, field_name in DATE_FIELDS.items():
        model = apps.get_model(label)
        parts.append(Cast(F(f"{model._meta.model_name}__{field_name}"), DateField()))
    parts.append(Cast(F("first_published_at"), DateField()))
    return Coalesce(*parts, output_field=DateField())


def sort_date(page):
    """The same date for one specific page instance."""
    for label, field_name in DATE_FIELDS.items():
        if page._meta.label == label:
            value = getattr(page, field_name)
            return value.date() if hasattr(value, "date") else value
    return page.first_published_at.date() if page.first_published_at else None
