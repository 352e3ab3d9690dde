"""Demo knowledge products with authors, publishers, themes and generated PDF (and CSV) files.

Themes, organisations and people may already exist (the cms demo creates some): they are
looked up by slug or name and only created when missing, so loaders can run in any order.
Files are found by title and generated only once, which keeps a second run cheap.
"""

from __future__ import annotations

import csv
import io

from django.core.files.base import ContentFile
from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from cities.models import CityProfilePage
from cms.demo_utils import demo_image, paragraph, progress, upsert_page
from cms.models import Organisation, Person, Region, Theme
from cms.visibility import visible_pages

from .demo_content import (
    ALLIANCE_CONTEXT,
    CITIES_ALLIANCE_CONTEXT,
    DEMO_NOTE,
    ORGANISATIONS,
    PEOPLE,
    PRODUCTS,
    THEMES,
    ProductSpec,
)
from .models import KnowledgeDocument, KnowledgeIndexPage, KnowledgeProductPage
from .pdf import Publication, Section, render_pdf

HEADINGS = {
    "en": {"overview": "Overview", "points": "Key points", "cities": "Cities in this publication"},
    "fr": {"overview": "Présentation", "points": "Points clés", "cities": "Villes citées"},
    "es": {"overview": "Presentación", "points": "Puntos clave", "cities": "Ciudades citadas"},
}
KIND_LABELS = dict(KnowledgeProductPage.ProductType.choices)
CSV_COLUMNS = [
    ("name", "City name as used by the alliance"),
    ("country", "ISO 3166-1 alpha-2 country code"),
    ("region", "Alliance region (slug)"),
    ("population", "Number of inhabitants (geonames)"),
    ("latitude", "Latitude, WGS 84 decimal degrees"),
    ("longitude", "Longitude, WGS 84 decimal degrees"),
    ("membership", "member, founding, observer or former"),
    ("member_since", "Year the city joined"),
]


def load(home, size: int | None = None) -> str:
    """Load the demo products (the first `size` of them when given: tests use a few)."""
    products = PRODUCTS[:size] if size is not None else PRODUCTS
    index = upsert_page(
        home,
        KnowledgeIndexPage,
        "knowledge",
        title="Knowledge",
        show_in_menus=True,
        summary="Reports, toolkits, policy briefs, case studies and data from member cities "
        "and partners.",
        intro=[
            paragraph(
                "What member cities and partners have learnt about fighting urban poverty, to "
                "read, download and reuse."
            )
        ],
    )
    themes = {slug: _theme(slug) for slug in THEMES}
    organisations = {key: _organisation(key) for key in ORGANISATIONS}
    people = {name: _person(name, organisations) for name in PEOPLE}
    regions = {region.slug: region for region in Region.objects.all()}
    files = 0
    for spec in progress(products, "Knowledge products"):
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
        f"{len(products)} knowledge products with {files} files, "
        f"{len(themes)} themes, {len(people)} authors"
    )


def _theme(slug: str) -> Theme:
    name, description = THEMES[slug]
    theme = Theme.objects.filter(Q(slug=slug) | Q(name__iexact=name)).order_by("pk").first()
    return theme or Theme.objects.create(slug=slug, name=name, description=description)


def _organisation(key: str) -> Organisation:
    name, acronym, kind, country = ORGANISATIONS[key]
    match = Q(name__iexact=name) | (Q(acronym__iexact=acronym) if acronym else Q(pk__in=[]))
    organisation = Organisation.objects.filter(match).order_by("pk").first()
    return organisation or Organisation.objects.create(
        name=name, acronym=acronym, kind=kind, country=country
    )


def _person(name: str, organisations: dict[str, Organisation]) -> Person:
    role, organisation_key = PEOPLE[name]
    person = Person.objects.filter(name__iexact=name).order_by("pk").first()
    return person or Person.objects.create(
        name=name, role=role, organisation=organisations.get(organisation_key)
    )


def _cities(names: list[tuple[str, str]]) -> list[CityProfilePage]:
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
    return [found[key] for key in names if key in found]


def _regions(spec: ProductSpec, cities, regions: dict[str, Region]) -> list[Region]:
    slugs = list(dict.fromkeys([*spec.regions, *(c.region.slug for c in cities if c.region)]))
    return [regions[slug] for slug in slugs if slug in regions]


def _body(spec: ProductSpec) -> list:
    points = "".join(f"<li>{point}</li>" for point in spec.key_points)
    headings = HEADINGS[spec.language]
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
    headings = HEADINGS[spec.language]
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
                table=[["Column", "Meaning"], *[list(column) for column in CSV_COLUMNS]],
            )
        )
    if spec.language == "en":
        context = CITIES_ALLIANCE_CONTEXT if spec.publisher == "Cities Alliance" else []
        sections.append(Section(f"About {publisher.name}", paragraphs=context or ALLIANCE_CONTEXT))
        if context:
            sections.append(Section("The wider movement", paragraphs=ALLIANCE_CONTEXT))
    sections.append(Section("About this document", paragraphs=[DEMO_NOTE]))
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
    writer.writerow([name for name, _ in CSV_COLUMNS])
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
