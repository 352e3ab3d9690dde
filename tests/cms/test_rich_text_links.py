"""Rich-text links: expanded in one batch per response, never to a hidden page or document,
and in the language of the page that holds them."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.rich_text import RichText

from home.models import ContentPage, SectionPage
from tests.conftest import add_child, translate

BODIES = """
query ($parent: ID, $locale: String) {
  pages(parent: $parent, locale: $locale, order: "id") {
    title
    ... on ContentPage { body { ... on RichTextBlock { value } } }
  }
}
"""


def links_to(*targets) -> RichText:
    anchors = " ".join(
        f'<a linktype="{kind}" id="{target.pk}">{target.title}</a>' for kind, target in targets
    )
    return RichText(f"<p>{anchors}</p>")


def document(title: str, collection=None) -> Document:
    return Document.objects.create(
        title=title,
        collection=collection or Collection.get_first_root_node(),
        file=ContentFile(b"%PDF-1.4", name=f"{title.lower()}.pdf"),
    )


def restricted_document() -> Document:
    parent = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=parent, restriction_type=CollectionViewRestriction.PASSWORD, password="pw"
    )
    return document("Minutes", parent.add_child(name="Minutes"))


@pytest.fixture
def section(home):
    return add_child(home, SectionPage(title="Reports", slug="reports"))


def add_linking_pages(section, count: int, *targets) -> None:
    for n in range(count):
        body = [("paragraph", links_to(*targets)), ("paragraph", links_to(*targets))]
        add_child(section, ContentPage(title=f"Report {n}", slug=f"report-{n}", body=body))


def values(data) -> list[str]:
    return [block["value"] for page in data["pages"] for block in page["body"] if block]


@pytest.mark.django_db
def test_hidden_pages_and_restricted_documents_stay_unlinked(gql, home, section):
    toolkit = add_child(home, ContentPage(title="Toolkit", slug="toolkit"))
    draft = add_child(home, ContentPage(title="Embargoed", slug="embargoed"), publish=False)
    public, minutes = document("Annual report"), restricted_document()
    add_linking_pages(
        section, 1, ("page", toolkit), ("page", draft), ("document", public), ("document", minutes)
    )
    [value, _] = values(gql.data(BODIES, {"parent": section.pk}))
    assert '<a href="/toolkit/">Toolkit</a>' in value
    assert "<a>Embargoed</a>" in value and "embargoed" not in value.replace(">Embargoed<", "")
    assert f'<a href="{public.url}">Annual report</a>' in value
    assert "<a>Minutes</a>" in value and minutes.url not in value


@pytest.mark.django_db
def test_links_of_every_page_in_a_response_cost_the_same_queries(gql, home, section):
    targets = [add_child(home, ContentPage(title=f"Target {n}", slug=f"t-{n}")) for n in range(2)]
    linked = [("page", target) for target in targets] + [("document", document("Plan"))]
    add_linking_pages(section, 3, *linked)
    data, few = gql.count_queries(BODIES, {"parent": section.pk})
    assert len(values(data)) == 6
    for n in range(3, 12):
        body = [("paragraph", links_to(*linked))]
        add_child(section, ContentPage(title=f"More {n}", slug=f"more-{n}", body=body))
    data, many = gql.count_queries(BODIES, {"parent": section.pk})
    assert len(values(data)) == 15
    assert [few, many] == [12] * 2


@pytest.mark.django_db
def test_a_link_in_a_french_page_points_to_the_french_translation_when_visible(gql, home, section):
    translated = add_child(home, ContentPage(title="Toolkit", slug="toolkit"))
    translate(translated, "fr", title="Boîte à outils", slug="boite-a-outils")
    untranslated = add_child(home, ContentPage(title="Atlas", slug="atlas"))
    drafted = add_child(home, ContentPage(title="Guide", slug="guide"))
    translate(drafted, "fr", publish=False, title="Guide FR", slug="guide-fr")
    links = [("page", translated), ("page", untranslated), ("page", drafted)]
    source = add_child(
        section, ContentPage(title="Report", slug="report", body=[("paragraph", links_to(*links))])
    )
    french = translate(source, "fr", title="Rapport", slug="rapport")
    english_value = values(gql.data(BODIES, {"parent": section.pk}))[0]
    french_section = french.get_parent()
    french_value = values(gql.data(BODIES, {"parent": french_section.pk, "locale": "fr"}))[0]
    assert '<a href="/toolkit/">' in english_value
    assert '<a href="/fr/boite-a-outils/">' in french_value
    assert '<a href="/atlas/">' in french_value  # no translation: the English page
    assert '<a href="/guide/">' in french_value  # a draft translation is not visible
