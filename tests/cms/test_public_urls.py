"""Image and document URLs in API answers open on whatever host and port served the answer,
or on PUBLIC_BASE_URL when the deployment sets it."""

import pytest
import requests
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from cms.demo_utils import demo_image

QUERY = """
query ($image: ID, $document: ID) {
  image(id: $image) { url rendition(width: 320) { url } srcSet(sizes: [320]) }
  document(id: $document) { url }
}
"""


def media(gql_client, **headers) -> dict:
    image = demo_image("Water kiosk in Kibera", width=640, height=360)
    document = Document.objects.create(
        title="Annual report", file=ContentFile(b"%PDF-1.4 demo", name="annual-report.pdf")
    )
    return gql_client.execute(QUERY, {"image": image.pk, "document": document.pk}, **headers)[
        "data"
    ]


def urls(data: dict) -> list[str]:
    return [
        data["image"]["url"],
        data["image"]["rendition"]["url"],
        data["image"]["srcSet"].rsplit(" ", 1)[0],
        data["document"]["url"],
    ]


@pytest.mark.django_db
def test_urls_follow_the_host_and_port_of_the_request(gql):
    data = media(gql, HTTP_HOST="localhost:9000")
    assert all(url.startswith("http://localhost:9000/") for url in urls(data)), urls(data)


@pytest.mark.django_db
def test_the_public_base_url_wins_when_set(gql, settings):
    settings.PUBLIC_BASE_URL = "https://cms.alliance.example"
    data = media(gql, HTTP_HOST="localhost:9000")
    assert all(url.startswith("https://cms.alliance.example/") for url in urls(data)), urls(data)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_urls_handed_out_by_a_live_server_open(live_server):
    response = requests.post(
        f"{live_server.url}/graphql/",
        json={
            "query": QUERY,
            "variables": {
                "image": demo_image("Market street", width=640, height=360).pk,
                "document": Document.objects.create(
                    title="Toolkit", file=ContentFile(b"%PDF-1.4 toolkit", name="toolkit.pdf")
                ).pk,
            },
        },
        timeout=30,
    )
    data = response.json()["data"]
    for url in urls(data):
        assert url.startswith(live_server.url)
        assert requests.get(url, timeout=30).status_code == 200, url
