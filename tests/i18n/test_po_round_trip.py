"""Translators who work offline: download a page's PO file, fill it in, upload it, publish."""

import datetime

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from news.models import NewsArticle, NewsIndexPage
from tests.conftest import add_child

FRENCH = {
    "Housing first": "Le logement d'abord",
    "How Dakar rehoused 2,000 families.": "Comment Dakar a relogé 2 000 familles.",
}


@pytest.fixture
def translator(client, db):
    user = get_user_model().objects.create_superuser("translator", "t@example.org", "pw")
    client.force_login(user)
    return user


@pytest.fixture
def translation(home, translator) -> Translation:
    """A French translation of a news article, submitted but not translated yet."""
    index = add_child(home, NewsIndexPage(title="News", slug="news"))
    article = add_child(
        index,
        NewsArticle(
            title="Housing first",
            slug="housing-first",
            summary="How Dakar rehoused 2,000 families.",
            date=datetime.date(2024, 3, 1),
        ),
    )
    source, _ = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fr")
    )
    translation.save_target(user=translator, publish=False)
    return translation


def download(client, translation) -> polib.POFile:
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


def upload(client, translation, content: bytes) -> str:
    """Upload a PO file; the message the translator sees next."""
    next_url = reverse("wagtailadmin_home")
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("fr.po", content), "next": next_url},
    )
    assert response.status_code == 302 and response["Location"] == next_url
    return str(list(get_messages(response.wsgi_request))[-1]).strip()


def french_page(translation) -> NewsArticle:
    return translation.get_target_instance()


def test_po_file_filled_offline_translates_the_page(client, translation, gql, committed):
    po = download(client, translation)
    assert {entry.msgid for entry in po} >= set(FRENCH)
    assert all(entry.msgstr == "" for entry in po)  # nothing translated yet
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, "")

    message = upload(client, translation, str(po).encode())
    assert message == "Successfully imported translations from PO File."

    with committed():
        translation.save_target(publish=True)
    page = french_page(translation)
    assert (page.title, page.summary, page.live) == (*FRENCH.values(), True)

    query = '{ page(id: %d, locale: "fr") { title locale ... on NewsArticle { summary } } }'
    served = gql.data(query % page.pk)["page"]
    assert served == {
        "title": "Le logement d'abord",
        "locale": "fr",
        "summary": "Comment Dakar a relogé 2 000 familles.",
    }

    # The next download carries the translations back, for the next round of edits.
    assert {e.msgid: e.msgstr for e in download(client, translation) if e.msgstr} == FRENCH


def test_malformed_po_upload_is_an_error_and_changes_nothing(client, translation):
    po = download(client, translation)
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, "")
    upload(client, translation, str(po).encode())
    stored = set(StringTranslation.objects.values_list("data", flat=True))
    assert stored == set(FRENCH.values())

    broken = b'msgid "Housing first"\nmsgstr "Le logement\n\nmsgid\n'
    assert upload(client, translation, broken) == "Please upload a valid PO file."
    assert set(StringTranslation.objects.values_list("data", flat=True)) == stored


def test_po_file_of_another_translation_is_refused(client, translation):
    po = download(client, translation)
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    for entry in po:
        entry.msgstr = "Mauvaise page"
    message = upload(client, translation, str(po).encode())
    assert message == "Cannot import PO file that was created for a different translation."
    assert not StringTranslation.objects.exists()
