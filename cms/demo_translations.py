"""Demo translations: the home page, about section, some news and knowledge, and every theme.

They are made the way an editor's "Translate this page" makes them, with wagtail-localize: a
TranslationSource of the English object, a Translation per target locale, StringTranslation
rows (translation memory) for every segment, then `save_target`. So an editor can later sync
them after the English changes, edit a string, or export and import them as PO files.

The texts live next to each app's demo (`<app>/demo_translations.py`), keyed by the English
string, so a source edit that is not translated yet shows up here as "left in English" instead
of silently mixing languages. Slugs: French and Spanish pages get translated slugs; Arabic,
Chinese and Russian pages keep the English slug (readable, unescaped URLs). Figures such as
"900+" or "1996" read the same in every language and are copied.

Running it again updates the same translations: one translated page or theme per locale.
"""

from __future__ import annotations

import json
from collections import Counter
from importlib import import_module

from wagtail.blocks import PageChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    SegmentOverride,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo_utils import progress
from cms.models import Theme

PAGE_DATA = ["home", "news", "knowledge"]


def load(home) -> str:
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    pages = translated_pages(home)
    themes = translated_themes()
    site_texts = translated_site_texts()
    themes += site_texts
    done: Counter = Counter()
    missing: dict[str, list[str]] = {}
    for instance, strings in progress([*pages, *themes], "Translations", len(pages) + len(themes)):
        for code in languages(strings):
            left = translate(instance, locales[code], strings)
            done[code] += 1
            if left:
                missing[f"{instance} ({code})"] = left
    for page, _ in pages:
        link_translated_pages(page, [locales[code] for code in done])
    summary = ", ".join(f"{count} in {code}" for code, count in sorted(done.items()))
    summary = (
        f"{len(pages)} pages, {len(themes) - len(site_texts)} themes and {len(site_texts)} "
        f"site texts translated ({summary})"
    )
    if missing:
        summary += "; left in English: " + "; ".join(
            f"{name}: {', '.join(repr(text[:40]) for text in texts)}"
            for name, texts in missing.items()
        )
    return summary


def translated_pages(home) -> list[tuple[Page, dict]]:
    """(English page, its strings) for every page the data files translate, parents first."""
    found = []
    for app in PAGE_DATA:
        for path, strings in import_module(f"{app}.demo_translations").PAGES.items():
            page = Page.objects.filter(url_path=home.url_path + path).first()
            if page is not None:
                found.append((page.specific, strings))
    return sorted(found, key=lambda item: item[0].depth)


def translated_themes() -> list[tuple[Theme, dict]]:
    """(English theme, its strings) for every demo theme that exists."""
    data = import_module("cms.demo_theme_translations").THEMES
    source = Locale.get_default()
    found = []
    for theme in Theme.objects.filter(locale=source, slug__in=data).order_by("pk"):
        strings: dict[str, dict[str, str]] = {}
        for code, (name, description) in data[theme.slug].items():
            strings.setdefault(theme.name, {})[code] = name
            strings.setdefault(theme.description, {})[code] = description
        found.append((theme, strings))
    return found


def translated_site_texts() -> list[tuple]:
    """(the site's texts in the default language, their strings): name, tagline, footer."""
    from home.demo_translations import SITE_TEXTS
    from home.models import SiteTexts

    texts = SiteTexts.objects.filter(locale=Locale.get_default()).order_by("pk")
    return [(item, SITE_TEXTS) for item in texts]


def languages(strings: dict[str, dict[str, str]]) -> list[str]:
    return sorted({code for texts in strings.values() for code in texts})


def translate(instance, locale: Locale, strings: dict[str, dict[str, str]]) -> list[str]:
    """Translate `instance` into `locale` from `strings`; returns the texts left in English."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    left = []
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = segment.string.data
        translated = strings.get(text, {}).get(locale.language_code)
        if translated is None and (segment.context.path == "slug" or is_neutral(text)):
            translated = text
        if translated is None:
            left.append(text)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": translated, "translation_type": "manual"},
        )
    translation.save_target(publish=True)
    return left


def is_neutral(text: str) -> bool:
    """Figures and years ("900+", "1996") read the same in every language."""
    return not any(character.isalpha() for character in text)


def link_translated_pages(page: Page, locales: list[Locale]) -> None:
    """Point page choosers (a call to action) at the linked page's translation, as an editor
    would with wagtail-localize's override, so a French home page leads to the French page."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    for segment in source.overridablesegment_set.select_related("context"):
        if not is_page_chooser(page, segment.context.get_field_path(page)):
            continue
        linked = Page.objects.filter(pk=json.loads(segment.data_json)).first()
        for locale in locales:
            target = linked and linked.get_translation_or_none(locale)
            translation = Translation.objects.filter(source=source, target_locale=locale).first()
            if target is None or translation is None:
                continue
            SegmentOverride.objects.update_or_create(
                locale=locale,
                context=segment.context,
                defaults={"data_json": json.dumps(target.pk)},
            )
            translation.save_target(publish=True)


def is_page_chooser(page: Page, field_path: str) -> bool:
    name, *blocks = field_path.split(".")
    field = page._meta.get_field(name)
    if not isinstance(field, StreamField):
        return False
    block = field.stream_block
    for child in blocks:
        block = getattr(block, "child_blocks", {}).get(child) or getattr(block, "child_block", None)
        if block is None:
            return False
    return isinstance(block, PageChooserBlock)
