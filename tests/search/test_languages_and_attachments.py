"""Per-language analysis and PDF text: what only the Elasticsearch engine does."""

import io

import pytest
from django.core.files.base import ContentFile
from reportlab.pdfgen import canvas
from wagtail.documents import get_document_model

from knowledge.models import KnowledgeDocument
from search import attachments
from tests.search.queries import SUGGEST, search, titles


def pdf_bytes(*lines: str) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for n, line in enumerate(lines):
        pdf.drawString(72, 760 - 14 * n, line)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def attach(product, *lines: str):
    document = get_document_model().objects.create(
        title="Full report", file=ContentFile(pdf_bytes(*lines), name="report.pdf")
    )
    KnowledgeDocument.objects.create(product=product, document=document, label="Full report")
    product.save_revision().publish()


@pytest.fixture
def es(library, engine):
    if engine != "elasticsearch":
        pytest.skip("per-language analysis and PDF text are Elasticsearch features")
    return library


@pytest.mark.parametrize("engine", ["elasticsearch"], indirect=True)
def test_pdf_text_is_searchable_and_highlighted(gql, es):
    product = es.product("Annual review", summary="What the alliance did")
    attach(product, "Participatory budgeting spread to forty municipalities.")
    result = search(gql, q="municipalities")
    assert titles(result) == ["Annual review"]
    fields = {h["field"]: h["fragments"] for h in result["hits"][0]["highlights"]}
    assert "<mark>municipalities</mark>" in fields["attachment"][0]


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
