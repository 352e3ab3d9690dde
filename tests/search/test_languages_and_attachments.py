"""Per-language analysis (Elasticsearch only) and PDF text (both engines, read once per file)."""

import io

import pytest
from django.core.files.base import ContentFile
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from knowledge.models import KnowledgeDocument
from search import attachments
from search.indexing import rebuild
from search.models import ExtractedText
from tests.search.queries import SUGGEST, search, titles


def pdf_bytes(*lines: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for n, line in enumerate(lines):
        pdf.drawString(72, 760 - 14 * n, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def attach(product, *lines: str, content: bytes = b""):
    document = get_document_model().objects.create(
        title="Full report", file=ContentFile(content or pdf_bytes(*lines), name="report.pdf")
    )
    KnowledgeDocument.objects.create(product=product, document=document, label="Full report")
    product.save_revision().publish()


@pytest.fixture
def es(library, engine):
    if engine != "elasticsearch":
        pytest.skip("per-language analysis and PDF text are Elasticsearch features")
    return library


def test_pdf_text_is_searchable_and_highlighted(gql, library, engine):
    product = library.product("Annual review", summary="What the alliance did")
    attach(product, "Participatory budgeting spread to forty municipalities.")
    result = search(gql, q="municipalities")
    assert titles(result) == ["Annual review"]
    assert result["suggestion"] is None  # a word only in a PDF is a real word
    fields = {h["field"]: h["fragments"] for h in result["hits"][0]["highlights"]}
    assert "<mark>municipalities</mark>" in fields["attachment"][0]


def test_pdf_text_is_read_once_per_file_and_kept(gql, library, engine, settings):
    content = pdf_bytes("The storm drainage masterplan of Kampala.")
    first = library.product("Drainage in Kampala")
    attach(first, content=content)
    second = library.product("Annex volume")
    attach(second, content=content)  # the same file uploaded again
    assert ExtractedText.objects.count() == 1
    # The file is gone from storage: saving, republishing and rebuilding use the stored text.
    for attachment in KnowledgeDocument.objects.all():
        attachment.document.file.storage.delete(attachment.document.file.name)
    first.save_revision().publish()
    second.save_revision().publish()
    if engine == "elasticsearch":
        rebuild()
    assert sorted(titles(search(gql, q="masterplan"))) == ["Annex volume", "Drainage in Kampala"]


def test_a_pdf_in_a_restricted_collection_is_never_searched(gql, library, engine):
    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    product = library.product("Board review")
    document = get_document_model().objects.create(
        title="Minutes",
        collection=private,
        file=ContentFile(pdf_bytes("Confidential severance figures."), name="minutes.pdf"),
    )
    KnowledgeDocument.objects.create(product=product, document=document)
    product.save_revision().publish()
    assert search(gql, q="severance")["total"] == 0


def test_pdf_text_is_capped(settings, db):
    settings.SEARCH_ATTACHMENT_MAX_CHARS = 40
    text = attachments.pdf_text(io.BytesIO(pdf_bytes("word " * 50, "tail end")), 40, 10)
    assert len(text) <= 40 and "tail" not in text


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
@pytest.mark.parametrize(
    "title, language, query",
    [
        ("Les bidonvilles des grandes villes", "fr", "bidonville"),
        ("Viviendas para las ciudades", "es", "vivienda"),
        ("Жильё для бедных городов", "ru", "город"),
        ("城市贫困与住房政策", "zh", "住房"),
        ("الإسكان في المدن العربية", "ar", "المدن"),
    ],
)
def test_text_is_analysed_in_its_own_language(gql, es, title, language, query):
    es.product(title, language=language)
    es.product("Unrelated English report")
    assert titles(search(gql, q=query)) == [title]


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_english_stemming_matches_other_forms_of_a_word(gql, es):
    es.product("Upgrading informal settlements")
    assert titles(search(gql, q="settlement upgrade")) == ["Upgrading informal settlements"]


def test_suggest_completes_titles_as_you_type(gql, library, engine):
    library.product("Informal settlements upgrading")
    library.product("Inclusive finance")
    library.product("Water utilities")
    found = gql.data(SUGGEST, {"prefix": "infor"})["suggest"]
    assert [s["text"] for s in found] == ["Informal settlements upgrading"]
    assert found[0]["page"]["title"] == "Informal settlements upgrading"
    assert gql.data(SUGGEST, {"prefix": "  "})["suggest"] == []
