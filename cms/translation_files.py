"""PO files for professional translators, in batches: every open translation of a locale at once.

wagtail-localize offers PO download and upload one page at a time in the admin; an agency
translating a whole release wants a folder of files. `export_locale` writes one PO file per
translation into a folder (sources refreshed first, so translators see the current text);
`import_files` reads them back, each file in its own transaction: a broken file is reported and
changes nothing, the others still land.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_localize.models import Translation

TRANSLATION_ID = "X-WagtailLocalize-TranslationID"


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, int] = field(default_factory=dict)


def open_translations(code: str):
    locale = Locale.objects.get(language_code=code)
    return (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .select_related("source", "target_locale")
        .order_by("source__object_repr", "pk")
    )


def file_name(translation: Translation) -> str:
    source = translation.source
    label = source.specific_content_type.model
    name = slugify(source.object_repr)[:60] or "untitled"
    return f"{label}-{source.pk}-{name}.{translation.target_locale.language_code}.po"


def export_locale(
    code: str, folder: Path, tick: Callable[[], None] = lambda: None, refresh: bool = True
) -> list[Path]:
    """Write a PO file for each enabled translation into `code`; returns the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for translation in open_translations(code):
        if refresh:
            translation.source.update_from_db()
        path = folder / file_name(translation)
        translation.export_po().save(str(path))
        written.append(path)
        tick()
    return written


def import_files(
    paths: Iterable[Path], publish: bool = False, tick: Callable[[], None] = lambda: None
) -> ImportReport:
    """Import translated PO files and save each translated page (a draft unless `publish`)."""
    report = ImportReport()
    for path in paths:
        try:
            with transaction.atomic():
                po = polib.pofile(str(path))
                translation_id = po.metadata.get(TRANSLATION_ID)
                translation = Translation.objects.filter(uuid=translation_id).first()
                if translation_id is None or translation is None:
                    raise ValueError(f"no translation has the id {translation_id!r}")
                warnings = translation.import_po(po, tool_name="translation_files")
                translation.save_target(publish=publish)
        except (OSError, ValueError) as error:
            report.failed[path.name] = str(error)
        else:
            report.imported.append(path.name)
            if warnings:
                report.warnings[path.name] = len(warnings)
        tick()
    return report
