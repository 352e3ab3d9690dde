"""The privacy gate: hidden pages, documents, images and snippets are served by no field.

Hidden objects are planted behind a public page's body (call-to-action and document blocks)
and asked for through the guarded block fields, grapple's generic `blocks`, and the root and
relation fields: drafts, password and group restrictions, a page under a draft parent, the
French translations of a password page, of a password forum and of a members-only forum, a
restricted collection's document and image, and a draft snippet (site texts). Members pass
the members-only forum's restriction, in every language, and nothing else.

The schema walk shows why this holds for fields nobody has thought of: the gate sees every
field, so each field whose type can carry a page, document, image or draft-state snippet is
screened by construction.
"""

import json
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import RequestFactory
from graphql import GraphQLList, GraphQLNonNull
from wagtail.documents.models import Document
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Locale,
    PageViewRestriction,
    Site,
)

from cms.demo_utils import demo_image
from cms.graphql.privacy_gate import PrivacyGate
from cms.graphql.view import LimitedGraphQLView
from forums.models import ForumIndexPage, ForumPage
from home.models import ContentPage, SectionPage, SiteTexts
from members import tokens
from tests.conftest import add_child, restrict_with_password, translate
from tests.members.helpers import cities, make_member, signed_in  # noqa: F401

GATED_TYPES = {"PageInterface", "DocumentObjectType", "ImageObjectType"}


def restricted_collection() -> Collection:
    """A child collection of a password-restricted collection: restricted through its parent."""
    parent = Collection.get_first_root_node().add_child(name="SECRET board papers")
    CollectionViewRestriction.objects.create(
        collection=parent, restriction_type=CollectionViewRestriction.PASSWORD, password="pw"
    )
    return parent.add_child(name="SECRET minutes")


def planted_forums(home) -> tuple[list, list]:
    """Forums hidden from everyone (a password forum and its French translation), and
    forums open to members only (a members-only forum and its French translation)."""
    index = add_child(home, ForumIndexPage(title="Forums", slug="forums"))
    members = add_child(index, ForumPage(title="CLOSED board", slug="s-board", members_only=True))
    password = add_child(index, ForumPage(title="SECRET password board", slug="s-pw-board"))
    restrict_with_password(password)
    never = [password, translate(password, "fr", title="SECRET forum protégé")]
    return never, [members, translate(members, "fr", title="CLOSED forum des membres")]


def draft_site_texts() -> SiteTexts:
    """A French translation of the site texts being prepared: not live."""
    site = Site.objects.get(is_default_site=True)
    SiteTexts.objects.create(site=site, name="Alliance")
    french = Locale.objects.get(language_code="fr")
    return SiteTexts.objects.create(site=site, locale=french, name="SECRET", live=False)


@pytest.fixture
def planted(home):
    draft = add_child(home, ContentPage(title="SECRET draft", slug="s-draft"), publish=False)
    password = add_child(home, ContentPage(title="SECRET password", slug="s-password"))
    restrict_with_password(password)
    group_only = add_child(home, ContentPage(title="SECRET group", slug="s-group"))
    restriction = PageViewRestriction.objects.create(
        page=group_only, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Board"))
    draft_parent = add_child(home, SectionPage(title="SECRET parent", slug="s-parent"))
    orphan = add_child(draft_parent, ContentPage(title="SECRET orphan", slug="s-orphan"))
    draft_parent.unpublish()
    french_password = translate(password, "fr", title="SECRET mot de passe")
    never_forums, members_forums = planted_forums(home)
    collection = restricted_collection()
    document = Document.objects.create(
        title="SECRET document",
        collection=collection,
        file=ContentFile(b"%PDF-1.4", name="secret.pdf"),
    )
    image = demo_image("SECRET image", width=40, height=30)
    image.collection = collection
    image.save()
    for_members = [draft, password, group_only, orphan, french_password, *never_forums]
    hidden_pages = [*for_members, *members_forums]
    body = [("call_to_action", {"text": "Go", "page": page}) for page in hidden_pages]
    body.append(("document", {"document": document, "title": "Minutes"}))
    article = add_child(home, ContentPage(title="Public article", slug="article", body=body))
    return SimpleNamespace(
        article=article,
        pages=hidden_pages,
        hidden_from_members=for_members,
        forums=never_forums + members_forums,
        document=document,
        image=image,
        snippet=draft_site_texts(),
        home=home,
    )


def operations(planted) -> list[str]:
    article, home = planted.article.pk, planted.home.pk
    generic = """
      rawValue
      blocks {
        ... on PageChooserBlock { page { title summary url } rawValue }
        ... on DocumentChooserBlock { document { title url } rawValue }
      }"""
    ops = [
        f"""{{ page(id: {article}) {{ ... on ContentPage {{ body {{
              ... on CallToActionBlock {{ page {{ title }} {generic} }}
              ... on DocumentLinkBlock {{ document {{ title url }} {generic} }}
            }} }} }} }}""",
        "{ pages(limit: 100) { title url } }",
        f"{{ page(id: {home}) {{ children {{ title url }} descendants {{ title url }} }} }}",
        "{ documents { title url } }",
        f"{{ document(id: {planted.document.pk}) {{ title url }} }}",
        "{ images { title url } }",
        "{ imageListing(perPage: 100) { total items { title url } } }",
        "{ documentListing(perPage: 100) { total items { title url } } }",
        f"{{ image(id: {planted.image.pk}) {{ title url }} }}",
        '{ search(query: "SECRET") { total hits { page { title } } } }',
        '{ suggest(prefix: "SECR") { text page { title } } }',
    ]
    ops += [f"{{ page(id: {page.pk}) {{ title url }} }}" for page in planted.pages]
    ops += [f'{{ forums(locale: "{code}") {{ title url }} }}' for code in ("en", "fr")]
    for forum in planted.forums:
        for code in ("en", "fr"):
            ops.append(f'{{ forum(id: {forum.pk}, locale: "{code}") {{ title url }} }}')
    ops.append("{ snippets { __typename ... on SiteTexts { id } } }")
    return ops


def assert_none_served(client, queries, markers) -> None:
    for query in queries:
        body = json.dumps(client.execute(query))
        for marker in markers:
            assert marker not in body, f"{marker} leaked in {query}: {body[:400]}"


@pytest.mark.django_db
def test_no_field_serves_a_planted_hidden_object(gql, planted):
    draft_texts = f'"id": "{planted.snippet.pk}"'
    assert_none_served(gql, operations(planted), ["SECRET", "CLOSED", "s-parent", draft_texts])


@pytest.mark.django_db
def test_members_get_the_members_only_forum_in_every_language_and_nothing_else(
    planted,
    signed_in,  # noqa: F811
    make_member,  # noqa: F811
):
    member = signed_in(make_member())
    assert_none_served(member, operations(planted), ["SECRET", "s-parent"])
    forums = member.data('{ forums(locale: "fr") { title } }')["forums"]
    assert [forum["title"] for forum in forums] == ["CLOSED forum des membres"]


@pytest.mark.django_db
def test_hidden_chooser_values_become_null_in_the_generic_blocks(gql, planted):
    query = f"""{{ page(id: {planted.article.pk}) {{ ... on ContentPage {{ body {{
        ... on CallToActionBlock {{ blocks {{ ... on PageChooserBlock {{ page {{ title }} }} }} }}
        ... on DocumentLinkBlock {{
          blocks {{ ... on DocumentChooserBlock {{ document {{ title }} }} }}
        }}
    }} }} }} }}"""
    body = gql.data(query)["page"]["body"]
    choosers = [child for block in body for child in block["blocks"] if child]
    assert choosers == [{"page": None}] * len(planted.pages) + [{"document": None}]


@pytest.mark.django_db
def test_public_objects_still_pass_the_gate(gql, planted):
    public = add_child(planted.home, ContentPage(title="Open toolkit", slug="open-toolkit"))
    document = Document.objects.create(
        title="Open report", file=ContentFile(b"%PDF-1.4", name="open.pdf")
    )
    page = add_child(
        planted.home,
        ContentPage(
            title="Links",
            slug="links",
            body=[
                ("call_to_action", {"text": "Go", "page": public}),
                ("document", {"document": document}),
            ],
        ),
    )
    query = f"""{{ page(id: {page.pk}) {{ ... on ContentPage {{ body {{
        ... on CallToActionBlock {{ blocks {{ ... on PageChooserBlock {{ page {{ title }} }} }} }}
        ... on DocumentLinkBlock {{ document {{ title }} }}
    }} }} }} }}"""
    body = gql.data(query)["page"]["body"]
    assert {"page": {"title": "Open toolkit"}} in body[0]["blocks"]
    assert body[1]["document"] == {"title": "Open report"}
    assert [d["title"] for d in gql.data("{ documents { title } }")["documents"]] == ["Open report"]


def named_type(field_type):
    while isinstance(field_type, GraphQLNonNull | GraphQLList):
        field_type = field_type.of_type
    return field_type


def draft_state_snippet_types() -> set[str]:
    """GraphQL names of the snippet types whose model has a draft state, and the snippet
    interface that any of them can come through."""
    from grapple.registry import registry

    names = {t._meta.name for m, t in registry.snippets.items() if issubclass(m, DraftStateMixin)}
    return names | {"SnippetInterface"} if names else names


def gated_fields(schema) -> list[tuple[str, str, object]]:
    """Every field, root or nested (block types included), whose type can carry a page, a
    document, an image or a draft-state snippet: the named type is one of them or implements
    the page interface."""
    found = []
    gated = GATED_TYPES | draft_state_snippet_types()
    for type_name, graphql_type in schema.type_map.items():
        for field_name, field in getattr(graphql_type, "fields", {}).items():
            target = named_type(field.type)
            interfaces = {i.name for i in getattr(target, "interfaces", ())}
            if target.name in gated or "PageInterface" in interfaces:
                found.append((type_name, field_name, field.type))
    return found


def walk(planted, request, pages) -> int:
    """Feed every gated field found by introspection each planted object of its kind, as
    `request`'s answer, through the gate; insist that nothing comes out. Returns how many
    (field, object) pairs were tried."""
    from cms.graphql.schema import schema

    gate = PrivacyGate()
    fields = gated_fields(schema.graphql_schema)
    assert {
        ("Query", "page"),
        ("Query", "documents"),
        ("Query", "snippets"),
        ("Query", "forums"),
        ("PageChooserBlock", "page"),
        ("ForumTopic", "forum"),
    } <= {(type_name, field_name) for type_name, field_name, _ in fields}
    tried = 0
    for type_name, field_name, field_type in fields:
        target = named_type(field_type).name
        hidden = {"DocumentObjectType": planted.document, "ImageObjectType": planted.image}
        hidden |= {name: planted.snippet for name in draft_state_snippet_types()}
        for item in [hidden[target]] if target in hidden else pages:
            info = SimpleNamespace(return_type=field_type, context=request)
            is_list = isinstance(named_list(field_type), GraphQLList)
            value = [item] if is_list else item
            screened = gate.resolve(lambda root, info, value=value: value, None, info)
            assert screened in (None, []), f"{type_name}.{field_name} served {item}"
            tried += 1
    return tried


@pytest.mark.django_db
def test_every_field_that_can_carry_a_gated_object_is_screened(planted):
    """The gate is installed on the endpoint and judges values, not fields: for each field
    found by introspection, a hidden object of its kind is dropped whatever the field is."""
    view = LimitedGraphQLView()
    assert any(isinstance(m, PrivacyGate) for m in view.middleware)
    assert walk(planted, RequestFactory().post("/graphql/"), planted.pages) > 100


@pytest.mark.django_db
def test_every_field_screens_what_members_may_not_see(planted, make_member):  # noqa: F811
    """The same walk as a signed-in member: the members-only forum and its translation pass,
    the password forum's French translation and everything else planted do not."""
    token = tokens.open_session(make_member()).access_token
    request = RequestFactory().post("/graphql/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert walk(planted, request, planted.hidden_from_members) > 100


def named_list(field_type):
    return field_type.of_type if isinstance(field_type, GraphQLNonNull) else field_type
