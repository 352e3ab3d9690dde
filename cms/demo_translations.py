"""Demo translations: the PO files of `demo/locale/<language>/`, imported as an agency's are.

Each file translates one demo object (a page, a theme, the site texts), named in its
`X-Demo-Object` header. What `translation_files export` writes is keyed by ids made at load
time (the translation's UUID, stream block ids), so the demo files are keyed by what survives
a fresh load instead: the object, and each string's field path (`body.paragraph`) and English
text. The loader then does what an editor and a translator do: "Translate this page" (a
wagtail-localize TranslationSource and Translation), export a PO file, fill it in from the
demo file, and import it with `cms.translation_files.import_files`. So the demo exercises the
agency's path, and an editor can later sync, edit or re-export these translations.

An English string the demo file does not translate is reported as "left in English" rather
than silently mixing languages. Running it again updates the same translations.
"""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from wagtail.blocks import PageChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    SegmentOverride,
    Translation,
    TranslationContext,
    TranslationSource,
)

from cms.demo_utils import progress
from cms.models import Theme
from cms.translation_files import file_name, import_files

LOCALE_FOLDER = Path(settings.BASE_DIR) / "demo" / "locale"
DEMO_OBJECT = "X-Demo-Object"


def load(home) -> str:
    found = sorted(demo_files(home), key=lambda item: order(item[0], item[1]))
    done: Counter = Counter()
    kinds: dict[str, set] = {"pages": set(), "themes": set(), "site texts": set()}
    missing: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for instance, demo in progress(found, "Translations", len(found)):
            locale = Locale.objects.get(language_code=demo.metadata["Language"])
            left = translate(instance, locale, demo, Path(folder))
            done[locale.language_code] += 1
            kinds[kind(instance)].add(instance.pk)
            if left:
                missing[f"{instance} ({locale.language_code})"] = left
    pages = [instance for instance, _ in found if isinstance(instance, Page)]
    for page in dict.fromkeys(pages):
        link_translated_pages(page, [Locale.objects.get(language_code=code) for code in done])
    summary = ", ".join(f"{count} in {code}" for code, count in sorted(done.items()))
    summary = (
        f"{len(kinds['pages'])} pages, {len(kinds['themes'])} themes and "
        f"{len(kinds['site texts'])} site texts translated ({summary})"
    )
    if missing:
        summary += "; left in English: " + "; ".join(
            f"{name}: {', '.join(repr(text[:40]) for text in texts)}"
            for name, texts in missing.items()
        )
    return summary


def demo_files(home) -> list[tuple]:
    """(object, demo PO file) for every file whose object the demo loaders made."""
    found = []
    for path in sorted(LOCALE_FOLDER.glob("*/*.po")):
        demo = polib.pofile(str(path))
        instance = demo_object(home, demo.metadata[DEMO_OBJECT])
        if instance is not None:
            found.append((instance, demo))
    return found


def demo_object(home, key: str):
    """The object a demo file names: `page /about/`, `theme housing` or `site-texts`."""
    default = Locale.get_default()
    kind, _, name = key.partition(" ")
    if kind == "page":
        page = Page.objects.filter(url_path=home.url_path + name.removeprefix("/")).first()
        return page and page.specific
    if kind == "theme":
        return Theme.objects.filter(slug=name, locale=default).first()
    if kind == "site-texts":
        site = Site.objects.filter(root_page=home).first() or Site.objects.get(is_default_site=True)
        site_texts = apps.get_model("home", "SiteTexts")
        return site_texts.objects.filter(site=site, locale=default).first()
    raise ValueError(f"unknown demo object {key!r} (expected page, theme or site-texts)")


def kind(instance) -> str:
    if isinstance(instance, Page):
        return "pages"
    return "themes" if isinstance(instance, Theme) else "site texts"


def order(instance, demo: polib.POFile) -> tuple:
    """Parents before their children (a translated page goes under its translated parent)."""
    depth = instance.depth if isinstance(instance, Page) else 1_000
    return (depth, kind(instance), instance.pk, demo.metadata["Language"])


def translate(instance, locale: Locale, demo: polib.POFile, folder: Path) -> list[str]:
    """Translate `instance` into `locale` through a PO file filled in from `demo`; returns the
    English strings the demo file has no translation for."""
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po, left = filled_in(translation, instance, demo)
    path = folder / file_name(translation)
    po.save(str(path))
    is_page = isinstance(instance, Page)
    report = import_files([path], publish=not is_page)
    if report.failed:
        raise ValueError(f"{instance} ({locale.language_code}): {report.failed[path.name]}")
    if is_page:
        publish(translation)
    return left


def filled_in(translation: Translation, instance, demo: polib.POFile) -> tuple:
    """The translation's own PO export with the demo's texts as msgstr, and what was left."""
    texts = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in demo}
    field_paths = {
        context.path: context.get_field_path(instance)
        for context in TranslationContext.objects.filter(object_id=translation.source.object_id)
    }
    po = translation.export_po()
    left = []
    for entry in po:
        text = texts.get((field_paths.get(entry.msgctxt), entry.msgid))
        if text:
            entry.msgstr = text
        elif not entry.obsolete:
            left.append(entry.msgid)
    return po, left


def publish(translation: Translation) -> None:
    """Publish the page the importer saved as a draft, here and now.

    Imported with `publish`, wagtail-localize would publish the page when the transaction
    commits, from the instance it saved then (wagtail-localize#773). The loader translates a
    section and its children in one transaction, so the French "About" would be published after
    its four children were added, from an instance whose `numchild` predates them: 0 written
    over 4. Treebeard trusts that count, so the section would list no children and the next
    child translated into it take a path already in use. An agency's import commits per file.
    """
    translation.get_target_instance().get_latest_revision().publish()


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
            translation.save_target(publish=False)
            publish(translation)


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
