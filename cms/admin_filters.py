"""Filters shared by the admin's page listings (cms.admin_listing: news articles, events)."""

from django.conf import settings
from django.forms import CheckboxSelectMultiple
from django_filters import ModelMultipleChoiceFilter

from cms.models import Theme


def default_language_themes(request=None):
    return Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("name")


class ThemeFilter(ModelMultipleChoiceFilter):
    """Themes offered once, in the default language (not once per language: 84 boxes), and
    matched in every language, so ticking "Housing" also finds a French article filed under
    "Logement"."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", "Themes")
        super().__init__(queryset=default_language_themes, widget=CheckboxSelectMultiple, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        keys = [theme.translation_key for theme in value]
        return qs.filter(themes__translation_key__in=keys).distinct()
