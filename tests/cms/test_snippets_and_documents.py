"""Snippets (themes, regions, organisations, people) and documents as a frontend reads them."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from cms.models import Organisation, Person, Region, Theme

SNIPPETS_QUERY = """
{
  snippets {
    contentType
    ... on Theme { name slug description }
    ... on Region { name slug }
    ... on Organisation { name acronym kind website country }
    ... on Person { name role bio }
  }
}
"""


@pytest.mark.django_db
def test_snippets_are_queryable_with_their_fields(gql):
    Theme.objects.create(name="Water and sanitation", description="Access to safe water")
    unhcr = Organisation.objects.create(
        name="United Nations Development Programme", acronym="UNDP", kind="un_agency"
    )
    Person.objects.create(
        name="Amina Diallo", role="Urban planner", organisation=unhcr, email="a@example.org"
    )
    snippets = gql.data(SNIPPETS_QUERY)["snippets"]
    by_type = {}
    for item in snippets:
        by_type.setdefault(item["contentType"], []).append(item)

    assert by_type["cms.Theme"] == [
        {
            "contentType": "cms.Theme",
            "name": "Water and sanitation",
            "slug": "water-and-sanitation",
            "description": "Access to safe water",
        }
    ]
    assert by_type["cms.Organisation"][0]["acronym"] == "UNDP"
    assert by_type["cms.Person"][0] == {
        "contentType": "cms.Person",
        "name": "Amina Diallo",
        "role": "Urban planner",
        "bio": "",
    }
    assert len(by_type["cms.Region"]) == Region.objects.count() == 6


@pytest.mark.django_db
def test_person_email_is_never_served(gql):
    Person.objects.create(name="Contact person", email="private@example.org")
    result = gql.execute("{ snippets { ... on Person { email } } }")
    assert "errors" in result and "private@example.org" not in str(result)


@pytest.mark.django_db
def test_documents_are_queryable_with_url_and_size(gql):
    document = Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4 demo", name="annual-report.pdf")
    )
    document.get_file_size()  # what Wagtail's upload form does: stores the size
    data = gql.data(
        "query ($id: ID) { document(id: $id) { title url fileSize } }", {"id": document.pk}
    )
    assert data["document"]["title"] == "Annual report"
    assert data["document"]["url"].endswith(".pdf")
    assert data["document"]["fileSize"] == len(b"%PDF-1.4 demo")
