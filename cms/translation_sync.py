"""Keep a translation's synchronised relations equal to its source's, emptied lists included.

wagtail-localize copies a synchronised many-to-many field (themes, authors, related cities) to
the translation only when the source has values: an editor who removes the last theme from the
English page would leave the French page with the old one, even after a sync. When a
translation is published, its synchronised many-to-many fields are set to the source's.
"""

from modelcluster.fields import ParentalManyToManyField
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import TranslationSource


def synchronised_relations(model) -> list[str]:
    names = []
    for field in get_translatable_fields(model):
        if isinstance(field, SynchronizedField):
            model_field = model._meta.get_field(field.field_name)
            if isinstance(model_field, ParentalManyToManyField):
                names.append(field.field_name)
    return names


def copy_relations_from_source(sender, instance: Page, **kwargs) -> None:
    names = synchronised_relations(type(instance))
    if not names:
        return
    source = (
        TranslationSource.objects.filter(object_id=instance.translation_key)
        .exclude(locale_id=instance.locale_id)
        .select_related("locale")
        .first()
    )
    original = (
        source
        and type(instance)
        .objects.filter(translation_key=instance.translation_key, locale=source.locale)
        .first()
    )
    if original is None:
        return
    for name in names:
        manager = getattr(instance, name)
        manager.set(list(getattr(original, name).all()))
        manager.commit()


def connect() -> None:
    page_published.connect(copy_relations_from_source, dispatch_uid="translation-relations")
