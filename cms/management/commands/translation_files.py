"""`translation_files export <locale> <folder>` and `translation_files import <files or folder>`.

Batches of PO files for translators: see cms/translation_files.py.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from cms.localization import content_languages
from cms.translation_files import export_locale, import_files, open_translations


class Command(BaseCommand):
    help = "Export every open translation of a locale as PO files, or import translated PO files."

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        export = commands.add_parser("export", help="write one PO file per translation")
        export.add_argument("locale", help="language code, e.g. fr")
        export.add_argument("folder", type=Path)
        imports = commands.add_parser("import", help="read translated PO files back")
        imports.add_argument("paths", nargs="+", type=Path, help="PO files or folders of them")
        imports.add_argument(
            "--publish", action="store_true", help="publish the pages (default: save drafts)"
        )

    def handle(self, action, **options):
        getattr(self, f"do_{action}")(**options)

    def do_export(self, locale, folder, **options):
        if locale not in content_languages():
            raise CommandError(
                f"Unknown locale {locale!r}. Known locales: {', '.join(content_languages())}."
            )
        total = open_translations(locale).count()
        with tqdm(total=total, desc=f"Exporting {locale}", unit="file", disable=None) as bar:
            written = export_locale(locale, folder, tick=bar.update)
        self.stdout.write(f"Wrote {len(written)} PO files for {locale} into {folder}.")

    def do_import(self, paths, publish=False, **options):
        files = []
        for path in paths:
            if path.is_dir():
                files += sorted(path.glob("*.po"))
            elif path.exists():
                files.append(path)
            else:
                raise CommandError(f"{path} does not exist.")
        with tqdm(total=len(files), desc="Importing", unit="file", disable=None) as bar:
            report = import_files(files, publish=publish, tick=bar.update)
        state = "published" if publish else "saved as drafts"
        self.stdout.write(f"Imported {len(report.imported)} of {len(files)} files ({state}).")
        for name, count in report.warnings.items():
            self.stdout.write(
                f"  {name}: {count} strings did not match the source and were skipped"
            )
        for name, reason in report.failed.items():
            self.stderr.write(f"  {name}: not imported, {reason}")
        if report.failed:
            raise CommandError(
                f"{len(report.failed)} files could not be imported; nothing in them changed."
            )
