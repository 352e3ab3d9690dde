"""A chooser block's `rawValue` is the chosen object's id, its stored value, while the requester
may see the object; a hidden or missing choice answers "" (the block's object is then null),
never an error, and never the object's title."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from cms.demo_utils import demo_image
from home.models import ContentPage
from tests.conftest import add_child, restrict_with_password

pytestmark = pytest.mark.django_db

CHOOSERS = """
query ($id: ID) { page(id: $id) { ... on ContentPage { body {
  ... on CallToActionBlock { blocks { ...Choice } }
  ... on DocumentLinkBlock { blocks { ...Choice } }
  ... on ImageWithCaptionBlock { blocks { ...Choice } }
} } } }
fragment Choice on StreamFieldInterface {
  ... on PageChooserBlock { rawValue page { title } }
  ... on DocumentChooserBlock { rawValue document { title } }
  ... on ImageChooserBlock { rawValue image { title } }
}
"""


def restricted_document() -> Document:
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="pw"
    )
    return Document.objects.create(
        title="SECRET minutes", collection=collection, file=ContentFile(b"%PDF", name="m.pdf")
    )


def test_chooser_raw_values_are_ids_of_visible_choices_and_empty_for_hidden_ones(gql, home):
    public = add_child(home, ContentPage(title="Open toolkit", slug="toolkit"))
    draft = add_child(home, ContentPage(title="SECRET draft", slug="draft"), publish=False)
    password = add_child(home, ContentPage(title="SECRET password", slug="password"))
    restrict_with_password(password)
    report = Document.objects.create(title="Report", file=ContentFile(b"%PDF", name="r.pdf"))
    image = demo_image("Harbour", width=32, height=18)
    body = [
        ("call_to_action", {"text": "Read", "page": public}),
        ("call_to_action", {"text": "Draft", "page": draft}),
        ("call_to_action", {"text": "Locked", "page": password}),
        ("call_to_action", {"text": "Elsewhere", "url": "https://example.org"}),
        ("document", {"document": report}),
        ("document", {"document": restricted_document()}),
        ("image", {"image": image}),
    ]
    article = add_child(home, ContentPage(title="Article", slug="article", body=body))

    blocks = gql.data(CHOOSERS, {"id": article.pk})["page"]["body"]
    choices = [child for block in blocks for child in block["blocks"] if child]
    assert choices == [
        {"rawValue": str(public.pk), "page": {"title": "Open toolkit"}},
        {"rawValue": "", "page": None},
        {"rawValue": "", "page": None},
        {"rawValue": "", "page": None},
        {"rawValue": str(report.pk), "document": {"title": "Report"}},
        {"rawValue": "", "document": None},
        {"rawValue": str(image.pk), "image": {"title": "Harbour"}},
    ]
