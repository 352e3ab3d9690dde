"""The base form of every page editor: themes are chosen among the page's own locale's.

A theme exists once per locale, so an unfiltered list mixes six languages ("Agua y
saneamiento", "Basic services", "Coopération..."). A page offers the themes of its locale
(a new page's is its parent's), as checkboxes for a many-to-many field. A translation holds
the source's rows, because wagtail-localize copies synchronised relations as they are: each
linked theme is shown as its translation in the page's locale, and one that has no translation
there stays on offer as itself, so an untouched form saves without an error.
"""

from django import forms
from django.db.models import Q
from wagtail.admin.forms import WagtailAdminPageForm

THEME_MODEL = "cms.Theme"  # a label: cms.models imports this module (BasePage's form)


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and queryset.model._meta.label == THEME_MODEL:
                self.offer_themes_of_page_locale(name, field)

    def offer_themes_of_page_locale(self, name: str, field: forms.ModelChoiceField) -> None:
        Theme = field.queryset.model
        locale_id = self.instance.locale_id
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        initial = self.initial.get(name)
        linked_ids = [getattr(v, "pk", v) for v in (initial if multiple else [initial]) or []]
        linked = list(Theme.objects.filter(pk__in=[pk for pk in linked_ids if pk is not None]))
        in_page_locale = dict(
            Theme.objects.filter(
                locale_id=locale_id, translation_key__in=[t.translation_key for t in linked]
            ).values_list("translation_key", "pk")
        )
        untranslated = [t.pk for t in linked if t.translation_key not in in_page_locale]
        shown = [in_page_locale.get(t.translation_key, t.pk) for t in linked]

        field.widget = forms.CheckboxSelectMultiple() if multiple else forms.Select()
        field.queryset = Theme.objects.filter(Q(locale_id=locale_id) | Q(pk__in=untranslated))
        self.initial[name] = shown if multiple else next(iter(shown), None)
