"""`citation(format:)`: what Zotero, EndNote and BibLaTeX need from a knowledge product."""

import datetime
import json

import pytest

from knowledge.citations import (
    CitationFormat,
    Name,
    Work,
    bibtex_escape,
    citation_key,
    format_citations,
    parse_name,
)
from tests.conftest import translate

ACCESSED = datetime.date(2025, 3, 4)

REPORT = Work(
    title="Financing & housing: 50% of slums_2021 {draft} #1 ~ ^ $ \\",
    kind="report",
    url="https://cms.example.org/knowledge/financing/",
    accessed=ACCESSED,
    authors=("Amélie Dubois-Lefèvre", "José Núñez"),
    publisher="Cities Alliance",
    date=datetime.date(2021, 6, 1),
    isbn="978-3-16-148410-0",
    doi="10.1234/ca_2021{x}",
    language="fr",
)


def braces_balance(text: str) -> bool:
    depth = 0
    for index, char in enumerate(text):
        if char in "{}" and (index and text[index - 1] == "\\"):
            continue  # an escaped brace is text
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def ris_tags(text: str) -> list[str]:
    return [line[:2] for line in text.splitlines() if line]


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Amina Diallo", Name(family="Diallo", given="Amina")),
        ("Brian H. Roberts", Name(family="Roberts", given="Brian H.")),
        ("Ludwig van Beethoven", Name(family="van Beethoven", given="Ludwig")),
        ("Núñez, José María", Name(family="Núñez", given="José María")),
        ("UN-Habitat", Name(literal="UN-Habitat")),
        ("Cities Alliance Secretariat", Name(literal="Cities Alliance Secretariat")),
    ],
)
def test_names_are_split_as_reference_managers_want(name, expected):
    assert parse_name(name) == expected


def test_bibtex_escapes_every_special_character_and_keeps_utf8():
    assert bibtex_escape("a{b}%&$#_~^\\") == (
        r"a\{b\}\%\&\$\#\_\textasciitilde{}\textasciicircum{}\textbackslash{}"
    )
    text = format_citations([REPORT], CitationFormat.BIBTEX)
    assert text.startswith("@techreport{duboislefevre2021financing,\n")
    assert braces_balance(text)
    assert "author = {Dubois-Lefèvre, Amélie and Núñez, José}" in text
    assert r"title = {Financing \& housing: 50\% of slums\_2021 \{draft\} \#1" in text
    assert "institution = {Cities Alliance}" in text
    assert "year = {2021}" in text and "date = {2021-06-01}" in text
    assert "isbn = {978-3-16-148410-0}" in text
    assert "doi = {10.1234/ca_2021%7Bx%7D}" in text  # verbatim field: only braces encoded
    assert "url = {https://cms.example.org/knowledge/financing/}" in text
    assert "urldate = {2025-03-04}" in text
    assert "language = {fr}" in text


@pytest.mark.parametrize(
    "kind, bibtex, ris, csl",
    [
        ("report", "@techreport{", "TY  - RPRT", "report"),
        ("case_study", "@techreport{", "TY  - RPRT", "report"),
        ("toolkit", "@manual{", "TY  - GEN", "document"),
        ("guide", "@manual{", "TY  - GEN", "document"),
        ("dataset", "@misc{", "TY  - DATA", "dataset"),
        ("proceedings", "@proceedings{", "TY  - CONF", "paper-conference"),
        ("webpage", "@online{", "TY  - ELEC", "webpage"),
    ],
)
def test_entry_types_by_product_type(kind, bibtex, ris, csl):
    work = Work(title="T", kind=kind, url="https://x.org/t/", accessed=ACCESSED)
    assert format_citations([work], CitationFormat.BIBTEX).startswith(bibtex)
    assert format_citations([work], CitationFormat.RIS).startswith(ris)
    assert json.loads(format_citations([work], CitationFormat.CSL_JSON))[0]["type"] == csl


def test_a_dataset_says_how_it_was_published():
    work = Work(title="T", kind="dataset", url="https://x.org/t/", accessed=ACCESSED)
    assert "howpublished = {Dataset}" in format_citations([work], CitationFormat.BIBTEX)


def test_ris_tags_in_order():
    text = format_citations([REPORT], CitationFormat.RIS)
    assert ris_tags(text) == [
        "TY", "AU", "AU", "PY", "DA", "TI", "PB", "DO", "SN", "LA", "UR", "Y2", "ER",
    ]  # fmt: skip
    assert "AU  - Dubois-Lefèvre, Amélie\r\n" in text
    assert "DA  - 2021/06/01/\r\n" in text
    assert "Y2  - 2025/03/04/\r\n" in text
    assert text.endswith("ER  - \r\n")


def test_csl_json():
    (item,) = json.loads(format_citations([REPORT], CitationFormat.CSL_JSON))
    assert item["type"] == "report"
    assert item["author"] == [
        {"family": "Dubois-Lefèvre", "given": "Amélie"},
        {"family": "Núñez", "given": "José"},
    ]
    assert item["issued"] == {"date-parts": [[2021, 6, 1]]}
    assert item["accessed"] == {"date-parts": [[2025, 3, 4]]}
    assert (item["ISBN"], item["DOI"], item["language"]) == (
        "978-3-16-148410-0",
        "10.1234/ca_2021{x}",
        "fr",
    )
    assert item["publisher"] == "Cities Alliance"
    assert item["URL"] == REPORT.url


def test_keys_are_ascii_and_made_unique():
    arabic = Work(title="المدن الثانوية", kind="report", url="u", accessed=ACCESSED)
    assert citation_key(arabic) == "anonnd"
    twice = format_citations([REPORT, REPORT], CitationFormat.BIBTEX)
    assert "{duboislefevre2021financinga," in twice
    assert "{duboislefevre2021financingb," in twice


PRODUCT = """
query ($locale: String, $format: CitationFormat!) {
  knowledgeProducts(locale: $locale) { items { title citation(format: $format) } }
}
"""


@pytest.fixture
def cited_product(make_product, person, publisher):
    product = make_product(
        "Financing secondary cities",
        datetime.date(2021, 6, 1),
        slug="financing",
        authors=[person("Amélie Dubois-Lefèvre"), person("José Núñez")],
        publisher=publisher,
        isbn="978-3-16-148410-0",
        doi="10.1234/ca.2021.7",
        product_type="case_study",
        language="en",
    )
    translate(product, "fr", title="Financer les villes secondaires")
    return product


def cite(gql, format, locale=None):
    items = gql.data(PRODUCT, {"format": format, "locale": locale})["knowledgeProducts"]["items"]
    (item,) = items
    return item["citation"]


@pytest.mark.django_db
def test_citation_over_graphql(gql, cited_product):
    bibtex = cite(gql, "BIBTEX")
    assert bibtex.startswith("@techreport{duboislefevre2021financing,")
    assert "author = {Dubois-Lefèvre, Amélie and Núñez, José}" in bibtex
    assert "url = {http://testserver/knowledge/financing/}" in bibtex
    assert braces_balance(bibtex)
    ris = cite(gql, "RIS")
    assert ris_tags(ris)[:9] == ["TY", "AU", "AU", "PY", "DA", "TI", "PB", "DO", "SN"]
    (csl,) = json.loads(cite(gql, "CSL_JSON"))
    assert (csl["DOI"], csl["ISBN"], csl["publisher"]) == (
        "10.1234/ca.2021.7",
        "978-3-16-148410-0",
        "Cities Alliance",
    )


@pytest.mark.django_db
def test_a_translation_is_cited_with_its_own_title_and_the_same_authors(gql, cited_product):
    (csl,) = json.loads(cite(gql, "CSL_JSON", locale="fr"))
    assert csl["title"] == "Financer les villes secondaires"
    assert csl["URL"].startswith("http://testserver/") and "/fr/" in csl["URL"]
    assert [author["family"] for author in csl["author"]] == ["Dubois-Lefèvre", "Núñez"]
    assert csl["issued"] == {"date-parts": [[2021, 6, 1]]}


@pytest.mark.django_db
def test_an_unknown_format_is_a_validation_error(gql, cited_product):
    result = gql.execute(PRODUCT, {"format": "MLA"})
    assert "'MLA' does not exist in 'CitationFormat'" in result["errors"][0]["message"]
    assert result["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
    assert not result.get("data")
    inline = gql.execute("{ knowledgeProducts { items { citation(format: APA) } } }")
    assert inline["errors"][0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"
