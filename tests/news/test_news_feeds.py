"""RSS 2.0 and Atom feeds of news, read over HTTP as a feed reader would."""

import datetime
import io
import xml.etree.ElementTree as ET

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.conftest import restrict_with_password

ATOM = "{http://www.w3.org/2005/Atom}"


def lead_image(title: str):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), (30, 90, 160)).save(buffer, format="JPEG")
    return get_image_model().objects.create(title=title, file=ImageFile(buffer, name="lead.jpg"))


def rss_items(client, url: str) -> list[ET.Element]:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).findall("./channel/item")


@pytest.fixture
def articles(make_article, make_translation, theme):
    housing = theme("housing")
    first = make_article(
        "Rotterdam opens social housing",
        date=datetime.date(2024, 5, 2),
        summary="Two hundred homes on the old docks.",
        themes=[housing],
        lead_image=lead_image("Docks"),
    )
    make_article("Water week in Dakar", date=datetime.date(2024, 5, 9), summary="Pumps.")
    make_translation(first, "fr", title="Rotterdam ouvre des logements sociaux")
    make_article("Draft budget", publish=False)
    restrict_with_password(make_article("Members only minutes"))
    return first


@pytest.mark.django_db
def test_rss_lists_visible_articles_newest_first_with_summary_date_and_image(client, articles):
    items = rss_items(client, "/feeds/news/")

    assert [item.findtext("title") for item in items] == [
        "Water week in Dakar",
        "Rotterdam opens social housing",
    ]
    rotterdam = items[1]
    assert rotterdam.findtext("description") == "Two hundred homes on the old docks."
    assert rotterdam.findtext("pubDate").startswith("Thu, 02 May 2024")
    assert rotterdam.findtext("link") == f"http://testserver{articles.url}"
    enclosure = rotterdam.find("enclosure")
    assert enclosure.get("type") == "image/jpeg"
    assert enclosure.get("url").startswith("http://testserver/media/images/")
    assert int(enclosure.get("length")) > 0


@pytest.mark.django_db
def test_feeds_are_per_locale_and_per_theme(client, articles):
    french = rss_items(client, "/feeds/news/?locale=fr")
    housing = rss_items(client, "/feeds/news/?theme=housing")

    assert [item.findtext("title") for item in french] == ["Rotterdam ouvre des logements sociaux"]
    assert [item.findtext("title") for item in housing] == ["Rotterdam opens social housing"]
    assert (
        ET.fromstring(client.get("/feeds/news/?locale=fr").content).findtext("./channel/language")
        == "fr"
    )


@pytest.mark.django_db
def test_atom_feed_has_the_same_entries(client, articles):
    response = client.get("/feeds/news/atom/?locale=en")

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Water week in Dakar",
        "Rotterdam opens social housing",
    ]
    assert entries[1].findtext(f"{ATOM}summary") == "Two hundred homes on the old docks."
    rels = {link.get("rel") for link in entries[1].findall(f"{ATOM}link")}
    assert rels == {"alternate", "enclosure"}


@pytest.mark.django_db
def test_drafts_restricted_and_hidden_index_never_appear(client, articles, news_index):
    everything = client.get("/feeds/news/").content + client.get("/feeds/news/atom/").content
    assert b"Draft budget" not in everything
    assert b"Members only" not in everything

    restrict_with_password(news_index)
    assert rss_items(client, "/feeds/news/") == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        ("locale=xx", 400, b"Unknown locale 'xx'. Known locales: en, fr"),
        ("theme=nothing-like-it", 404, b"No theme 'nothing-like-it'"),
    ],
)
def test_unknown_locale_or_theme_is_a_clear_client_error(client, query, status, message):
    for url in ("/feeds/news/", "/feeds/news/atom/", "/feeds/events/"):
        response = client.get(f"{url}?{query}")
        assert response.status_code == status
        assert message in response.content
