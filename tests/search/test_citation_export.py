"""A researcher exports the whole result set of a search for Zotero or EndNote, on both engines."""

import json

import pytest

from cms.models import Organisation, Person
from tests.conftest import translate
from tests.search.conftest import restrict

EXPORT = """
query Export($q: String, $locale: String, $perPage: Int, $format: CitationFormat!) {
  search(query: $q, locale: $locale, perPage: $perPage) {
    total hits { page { title } }
    citations(format: $format)
  }
}
"""


def export(gql, format, **variables) -> str:
    return gql.data(EXPORT, {"format": format, **variables})["search"]["citations"]


def csl(gql, **variables) -> list[dict]:
    return json.loads(export(gql, "CSL_JSON", **variables))


@pytest.fixture
def cited(library):
    """A report with two accented authors, a publisher, ISBN and DOI; a news item; its French."""
    report = library.product(
        "Housing finance in Dakar",
        authors=[
            Person.objects.create(name="Amélie Dubois-Lefèvre"),
            Person.objects.create(name="José Núñez"),
        ],
        year=2021,
    )
    report.publisher = Organisation.objects.create(name="Cities Alliance", kind="network")
    report.isbn, report.doi = "978-3-16-148410-0", "10.1234/ca.2021.7"
    report.save_revision().publish()
    library.article("Housing finance week in Lyon", year=2022)
    translate(report, "fr", title="Le financement du logement à Dakar")
    return report


def test_every_format_cites_products_as_publications_and_other_pages_as_web_pages(
    gql, cited, engine
):
    items = {item["title"]: item for item in csl(gql, q="housing finance", locale="en")}
    assert set(items) == {"Housing finance in Dakar", "Housing finance week in Lyon"}
    report, news = items["Housing finance in Dakar"], items["Housing finance week in Lyon"]
    assert report["type"] == "report" and news["type"] == "webpage"
    assert report["author"][0] == {"family": "Dubois-Lefèvre", "given": "Amélie"}
    assert (report["DOI"], report["ISBN"]) == ("10.1234/ca.2021.7", "978-3-16-148410-0")
    assert news["issued"] == {"date-parts": [[2022, 3, 1]]}
    assert news["publisher"] == "Alliance of Cities" and news["URL"].startswith("http")

    bibtex = export(gql, "BIBTEX", q="housing finance", locale="en")
    assert bibtex.count("@techreport{") == 1 and bibtex.count("@online{") == 1
    assert "author = {Dubois-Lefèvre, Amélie and Núñez, José}" in bibtex
    assert bibtex.count("{") == bibtex.count("}")

    ris = export(gql, "RIS", q="housing finance", locale="en")
    records = [record for record in ris.split("ER  - \r\n") if record.strip()]
    assert sorted(record.splitlines()[0] for record in records) == ["TY  - ELEC", "TY  - RPRT"]


def test_a_french_search_exports_the_french_title_with_the_same_authors(gql, cited, engine):
    (item,) = csl(gql, q="financement", locale="fr")
    assert item["title"] == "Le financement du logement à Dakar"
    assert [author["family"] for author in item["author"]] == ["Dubois-Lefèvre", "Núñez"]
    assert item["language"] == "en"  # the publication's own language, synchronised


def test_the_export_covers_every_page_of_results_up_to_the_bound(gql, library, engine, monkeypatch):
    for number in range(5):
        library.product(f"Slum upgrading review {number}")
    everything = gql.data(EXPORT, {"format": "RIS", "q": "upgrading", "perPage": 2})["search"]
    assert len(everything["hits"]) == 2 and everything["total"] == 5
    assert everything["citations"].count("TY  - ") == 5

    monkeypatch.setattr("search.graphql.citations.EXPORT_PAGE_SIZE", 2)
    monkeypatch.setattr("search.graphql.citations.EXPORT_LIMIT", 3)
    assert export(gql, "RIS", q="upgrading").count("TY  - ") == 3


def test_only_what_search_returns_is_exported(gql, library, engine):
    library.product("Upgrading plan, public")
    library.product("Upgrading plan, draft", publish=False)
    restrict(library.product("Upgrading plan, members only"))
    assert [item["title"] for item in csl(gql, q="upgrading")] == ["Upgrading plan, public"]


def test_an_unknown_format_is_a_validation_error(gql, library, engine):
    result = gql.execute(EXPORT, {"format": "ENDNOTE_XML", "q": "x"})
    assert result["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
