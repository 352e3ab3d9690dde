"""Demo knowledge products (`demo/knowledge.json`) with authors, publishers, themes and
generated PDF (and CSV) files. Every PDF says it is demonstration content.

Themes, organisations and people may already exist (the cms demo creates some): they are
looked up by slug or name and only created when missing, so loaders can run in any order.
Files are found by title and generated only once, which keeps a second run cheap.
"""

from __future__ import annotations

import csv
import datetime
import io
from dataclasses import dataclass, field
from functools import cache

from django.core.files.base import ContentFile
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from cities.models import CityProfilePage
from cms.demo_utils import (
    demo_data,
    demo_image,
    paragraph,
    progress,
    upsert_index,
    upsert_page,
)
from cms.models import Organisation, Person, Region, Theme
from cms.visibility import visible_pages

from .models import KnowledgeDocument, KnowledgeIndexPage, KnowledgeProductPage
from .pdf import Publication, Section, render_pdf

KIND_LABELS = dict(KnowledgeProductPage.ProductType.choices)


@dataclass
class ProductSpec:
    """One record of the data file's `products`."""

    slug: str
    title: str
    product_type: str
    date: datetime.date
    publisher: str
    authors: list[str]
    themes: list[str]
    summary: str
    paragraphs: list[str]
    key_points: list[str]
    regions: list[str] = field(default_factory=list)
    cities: list[list[str]] = field(default_factory=list)  # [name, ISO country]
    language: str = "en"
    dataset: bool = False


@cache
def data() -> dict:
    return demo_data("knowledge")


def products() -> list[ProductSpec]:
    return [
        ProductSpec(**record | {"date": datetime.date.fromisoformat(record["date"])})
        for record in data()["products"]
    ]


def load(home, size: int | None = None) -> str:
    """Load the demo products (the first `size` of them when given: tests use a few)."""
    specs = products()[:size]
    index = upsert_index(home, KnowledgeIndexPage, data()["index"])
    themes = {slug: _theme(slug, **values) for slug, values in data()["themes"].items()}
    organisations = {
        key: _organisation(**values) for key, values in data()["organisations"].items()
    }
    people = {
        name: _person(name, values["role"], organisations.get(values["organisation"]))
        for name, values in data()["people"].items()
    }
    regions = {region.slug: region for region in Region.objects.all()}
    files = 0
    for spec in progress(specs, "Knowledge products"):
        cities = _cities(spec.cities)
        attachments = _attachments(spec, organisations[spec.publisher], cities)
        files += len(attachments)
        upsert_page(
            index,
            KnowledgeProductPage,
            spec.slug,
            title=spec.title,
            summary=spec.summary,
            product_type=spec.product_type,
            publication_date=spec.date,
            language=spec.language,
            publisher=organisations[spec.publisher],
            authors=[people[name] for name in spec.authors],
            themes=[themes[slug] for slug in spec.themes],
            regions=_regions(spec, cities, regions),
            related_cities=cities,
            cover_image=demo_image(spec.title, width=1280, height=720),
            body=_body(spec),
            documents=[
                KnowledgeDocument(document=document, label=label) for document, label in attachments
            ],
        )
    return (
        f"{len(specs)} knowledge products with {files} files, "
        f"{len(themes)} themes, {len(people)} authors"
    )


def _theme(slug: str, name: str, description: str) -> Theme:
    theme = Theme.objects.filter(Q(slug=slug) | Q(name__iexact=name)).order_by("pk").first()
    return theme or Theme.objects.create(slug=slug, name=name, description=description)


def _organisation(name: str, acronym: str, kind: str, country: str) -> Organisation:
    match = Q(name__iexact=name) | (Q(acronym__iexact=acronym) if acronym else Q(pk__in=[]))
    organisation = Organisation.objects.filter(match).order_by("pk").first()
    return organisation or Organisation.objects.create(
        name=name, acronym=acronym, kind=kind, country=country
    )


def _person(name: str, role: str, organisation: Organisation | None) -> Person:
    person = Person.objects.filter(name__iexact=name).order_by("pk").first()
    return person or Person.objects.create(name=name, role=role, organisation=organisation)


def _cities(names: list[list[str]]) -> list[CityProfilePage]:
    """The named member cities that exist and are visible (the cities demo may be smaller)."""
    if not names:
        return []
    match = Q(pk__in=[])
    for name, country in names:
        match |= Q(city_name=name, country=country)
    found = {
        (city.city_name, city.country): city
        for city in visible_pages(CityProfilePage.objects.filter(match)).select_related("region")
    }
    return [found[tuple(key)] for key in names if tuple(key) in found]


def _regions(spec: ProductSpec, cities, regions: dict[str, Region]) -> list[Region]:
    slugs = list(dict.fromkeys([*spec.regions, *(c.region.slug for c in cities if c.region)]))
    return [regions[slug] for slug in slugs if slug in regions]


def _body(spec: ProductSpec) -> list:
    points = "".join(f"<li>{point}</li>" for point in spec.key_points)
    headings = data()["headings"][spec.language]
    return [
        *[paragraph(text) for text in spec.paragraphs],
        ("heading", {"text": headings["points"], "level": "h2"}),
        ("paragraph", RichText(f"<ul>{points}</ul>")),
    ]


def _attachments(spec: ProductSpec, publisher: Organisation, cities) -> list[tuple]:
    """(document, label) pairs: the PDF, and for a dataset the CSV it describes."""
    pdf = _document(
        f"{spec.title} (PDF)",
        f"{spec.slug}.pdf",
        lambda: render_pdf(_publication(spec, publisher, cities)),
    )
    attachments = [(pdf, "Codebook (PDF)" if spec.dataset else "Full text (PDF)")]
    if spec.dataset:
        attachments.append(
            (_document(f"{spec.title} (CSV)", f"{spec.slug}.csv", _member_cities_csv), "Data (CSV)")
        )
    return attachments


def _document(title: str, filename: str, render):
    Document = get_document_model()
    existing = Document.objects.filter(title=title).order_by("pk").first()
    if existing:
        return existing
    document = Document(title=title, file=ContentFile(render(), name=filename))
    document._set_document_file_metadata()
    document.save()
    return document


def _publication(spec: ProductSpec, publisher: Organisation, cities) -> Publication:
    headings = data()["headings"][spec.language]
    sections = [
        Section(headings["overview"], paragraphs=spec.paragraphs),
        Section(headings["points"], bullets=spec.key_points),
    ]
    if cities:
        rows = [["City", "Country", "Region", "Population", "Member since"]]
        rows += [
            [
                city.city_name,
                city.country_name,
                city.region.name if city.region else "",
                f"{city.population:,}" if city.population else "",
                str(city.member_since or ""),
            ]
            for city in cities
        ]
        sections.append(Section(headings["cities"], table=rows))
    if spec.dataset:
        sections.append(
            Section(
                "Codebook",
                paragraphs=["Each row of the CSV file describes one member city."],
                table=[["Column", "Meaning"], *data()["csv_columns"]],
            )
        )
    if spec.language == "en":
        alliance = data()["alliance_context"]
        context = data()["cities_alliance_context"] if spec.publisher == "Cities Alliance" else []
        sections.append(Section(f"About {publisher.name}", paragraphs=context or alliance))
        if context:
            sections.append(Section("The wider movement", paragraphs=alliance))
    sections.append(Section("About this document", paragraphs=[data()["demo_note"]]))
    return Publication(
        title=spec.title,
        kind=KIND_LABELS[spec.product_type],
        publisher=publisher.name,
        date=spec.date.strftime("%B %Y"),
        authors=spec.authors,
        summary=spec.summary,
        sections=sections,
        language=spec.language,
    )


def _member_cities_csv() -> bytes:
    cities = (
        visible_pages(CityProfilePage.objects.all())
        .select_related("region")
        .order_by("city_name", "pk")
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([name for name, _ in data()["csv_columns"]])
    for city in cities:
        writer.writerow(
            [
                city.city_name,
                city.country,
                city.region.slug if city.region else "",
                city.population or "",
                city.latitude if city.latitude is not None else "",
                city.longitude if city.longitude is not None else "",
                city.membership_status,
                city.member_since or "",
            ]
        )
    return buffer.getvalue().encode("utf-8")
