"""Batches of PO files for translators: export a locale, translate, import, publish."""

import polib
import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import ContentPage, SectionPage
from tests.conftest import add_child

FRENCH = {"About": "À propos", "Who we are": "Qui nous sommes", "Our mandate": "Notre mandat"}


@pytest.fixture
def submitted(home):
    """Two pages submitted for French translation, as the admin's "Translate" action does."""
    section = add_child(home, SectionPage(title="About", slug="about", summary="Who we are"))
    page = add_child(section, ContentPage(title="Our mandate", slug="mandate"))
    french = Locale.objects.get(language_code="fr")
    for instance in (section, page):
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        Translation.objects.create(source=source, target_locale=french).save_target(publish=False)
    return section, page


def translate_files(folder):
    for path in folder.glob("*.po"):
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = FRENCH.get(entry.msgid, entry.msgstr)
        po.save(str(path))


def test_export_translate_import_publish(
    gql, submitted, tmp_path, capsys, django_capture_on_commit_callbacks
):
    call_command("translation_files", "export", "fr", str(tmp_path))
    files = sorted(path.name for path in tmp_path.glob("*.po"))
    assert len(files) == 2 and all(name.endswith(".fr.po") for name in files)
    assert "Wrote 2 PO files for fr" in capsys.readouterr().out
    assert "Our mandate" in {entry.msgid for entry in polib.pofile(str(tmp_path / files[0]))} | {
        entry.msgid for entry in polib.pofile(str(tmp_path / files[1]))
    }

    translate_files(tmp_path)
    with django_capture_on_commit_callbacks(execute=True):  # localize publishes on commit
        call_command("translation_files", "import", str(tmp_path), "--publish")
    assert "Imported 2 of 2 files (published)" in capsys.readouterr().out

    page = gql.data('{ page(urlPath: "/about/mandate/", locale: "fr") { title locale } }')["page"]
    assert page == {"title": "Notre mandat", "locale": "fr"}
    section = gql.data('{ page(urlPath: "/about/", locale: "fr") { title summary } }')["page"]
    assert section == {"title": "À propos", "summary": "Qui nous sommes"}


def test_import_without_publish_keeps_the_translation_a_draft(gql, submitted, tmp_path):
    call_command("translation_files", "export", "fr", str(tmp_path))
    translate_files(tmp_path)
    call_command("translation_files", "import", str(tmp_path))
    page = gql.data('{ page(urlPath: "/about/mandate/", locale: "fr") { title isFallback } }')
    assert page["page"] == {"title": "Our mandate", "isFallback": True}


def test_a_broken_file_is_reported_and_changes_nothing(submitted, tmp_path, capsys):
    call_command("translation_files", "export", "fr", str(tmp_path))
    translate_files(tmp_path)
    call_command("translation_files", "import", str(tmp_path))
    stored = set(StringTranslation.objects.values_list("pk", "data"))

    good = sorted(tmp_path.glob("*.po"))[0]
    po = polib.pofile(str(good))
    for entry in po:
        entry.msgstr = "REPLACED"
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    po.save(str(tmp_path / "unknown-id.fr.po"))
    (tmp_path / "garbage.fr.po").write_text('msgid "unterminated\n')

    with pytest.raises(CommandError, match="2 files could not be imported"):
        call_command(
            "translation_files",
            "import",
            str(tmp_path / "unknown-id.fr.po"),
            str(tmp_path / "garbage.fr.po"),
        )
    assert "unknown-id.fr.po: not imported, no translation has the id" in capsys.readouterr().err
    assert set(StringTranslation.objects.values_list("pk", "data")) == stored


def test_unknown_locale_is_refused(db, tmp_path):
    with pytest.raises(CommandError, match="Unknown locale 'xx'"):
        call_command("translation_files", "export", "xx", str(tmp_path))
