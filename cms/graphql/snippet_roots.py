"""`themes` and `organisations` root fields: every snippet once, in the requested locale.

A snippet is translated as one row per locale sharing a translation_key. These fields list
each translation group once: its row in the requested locale when there is one, else the row
of the next locale of the fallback chain (`isFallback: true`), else its source row. Names
and descriptions answer in the same locale (see cms.models.snippets.LocalizedSnippet).
"""

from __future__ import annotations

import graphene
from django.db.models import Model
from grapple.registry import registry

from cms.localization import fallback_chain
from cms.models import Organisation, Theme

from .locales import locale_argument, requested_locale


def one_per_translation_group(model: type[Model], requested: str) -> list:
    """Rows of `model`, one per translation_key, chosen along `requested`'s fallback chain,
    in the order of the model's Meta.ordering (by name in the chosen language)."""
    chain = fallback_chain(requested)
    rank = {code: position for position, code in enumerate(chain)}
    chosen: dict = {}
    for row in model.objects.select_related("locale").order_by("pk"):
        current = chosen.get(row.translation_key)
        position = rank.get(row.locale.language_code, len(chain))
        if current is None or position < rank.get(current.locale.language_code, len(chain)):
            chosen[row.translation_key] = row
    ordering = model._meta.ordering or ["pk"]
    return sorted(chosen.values(), key=lambda row: [getattr(row, f) for f in ordering])


def snippet_list(model: type[Model], description: str) -> graphene.List:
    return graphene.List(
        graphene.NonNull(lambda: registry.snippets[model]),
        required=True,
        locale=locale_argument(),
        description=description,
    )


class SnippetQuery:
    themes = snippet_list(
        Theme, "Every theme once, named in the requested locale (or its fallback)"
    )
    organisations = snippet_list(
        Organisation, "Every organisation once, in the requested locale (or its fallback)"
    )

    def resolve_themes(self, info, locale=None):
        return one_per_translation_group(Theme, requested_locale(info, locale))

    def resolve_organisations(self, info, locale=None):
        return one_per_translation_group(Organisation, requested_locale(info, locale))
