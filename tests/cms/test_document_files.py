"""Document files are served only through Wagtail's document view, which applies the
restrictions of their collection (and of its ancestors); never by a plain media URL."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction


def document_in(collection: Collection, name: str) -> Document:
    return Document.objects.create(
        title=name, collection=collection, file=ContentFile(b"%PDF-1.4 " + name.encode(), name)
    )


@pytest.fixture
def restricted_child():
    """A child collection of a password-restricted collection."""
    parent = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=parent, restriction_type=CollectionViewRestriction.PASSWORD, password="pw"
    )
    return parent.add_child(name="2026 budget")


@pytest.mark.django_db
def test_a_restricted_document_is_not_served(client, restricted_child):
    document = document_in(restricted_child, "budget-draft.pdf")
    served = client.get(document.url)
    body = b"".join(served.streaming_content) if served.streaming else served.content
    assert b"%PDF" not in body
    assert b"Password required" in body  # Wagtail's form for the collection's password
    assert client.get(document.file.url).status_code == 404


@pytest.mark.django_db
def test_a_public_document_downloads_from_its_url_only(client):
    document = document_in(Collection.get_first_root_node(), "annual-report.pdf")
    assert document.url.startswith("/documents/")
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 annual-report.pdf"
    assert client.get(document.file.url).status_code == 404
