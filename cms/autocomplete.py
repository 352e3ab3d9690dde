"""What the admin's autocomplete choosers (wagtail-autocomplete) offer for translatable models.

A city or a person exists once per locale. Synchronised relations copy the source's rows to
every translation, and the API shows a related row in the reader's language through its
translation group, so a page links one row per group: the default locale's. The chooser offers
those, and a row of a group that has none in the default locale as itself, so typing "Lyo"
offers Lyon once, not once per language.
"""

from django.db.models import Q, QuerySet
from wagtail.models import Locale


class OneRowPerTranslationGroup:
    """Mixed into a TranslatableMixin model that AutocompletePanel searches."""

    autocomplete_search_field = "title"

    def autocomplete_label(self) -> str:
        return str(self)

    @classmethod
    def autocomplete_custom_queryset_filter(cls, search_query: str, request=None) -> QuerySet:
        default = Locale.get_default()
        in_default = cls.objects.filter(locale=default).values("translation_key")
        matches = cls.objects.filter(
            **{f"{cls.autocomplete_search_field}__icontains": search_query}
        )
        return matches.filter(Q(locale=default) | ~Q(translation_key__in=in_default)).order_by(
            cls.autocomplete_search_field
        )
