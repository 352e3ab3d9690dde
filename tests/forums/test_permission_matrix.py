"""Who may do what: every forum mutation and query, tried by each kind of requester.

Requesters: anonymous; a member of another city (not the author); the author (a member);
a moderator (a member with that role); an editor who moderates in the admin but is not a
member; a superuser. Each attempt runs in a savepoint that is rolled back, so all start from
the same state; the outcome is "OK" or the error code.
"""

import pytest
from django.db import transaction

from forums.models import ModerationStatus
from tests.forums import operations as op
from tests.members.helpers import error_code

ACTORS = ["anonymous", "other city", "author", "moderator", "editor", "superuser"]
OK, UNAUTH, DENIED, INVALID, MISSING = (
    "OK",
    "UNAUTHENTICATED",
    "PERMISSION_DENIED",
    "VALIDATION",
    "NOT_FOUND",
)


@pytest.fixture
def world(gql, make_forum, make_topic, make_post, make_member, make_editor, signed_in):
    author = make_member("Awa Ndiaye", city="Dakar")
    users = {
        "other city": make_member("Joao Silva", city="Recife"),
        "author": author,
        "moderator": make_member("Mo Derator", city="Pune", role="moderator"),
        "editor": make_editor("editor"),
        "superuser": make_editor("root", superuser=True),
    }
    clients = {"anonymous": gql, **{name: signed_in(user) for name, user in users.items()}}
    public, closed = make_forum("Housing"), make_forum("Mayors", members_only=True)
    public_topic = make_topic(public, "Rent caps", author=users["moderator"])
    make_post(public_topic, "<p>Who has tried rent caps?</p>", author=users["moderator"])
    closed_topic = make_topic(closed, "Agenda", author=author)
    return {
        "clients": clients,
        "public": public,
        "closed": closed,
        "public_topic": public_topic,
        "closed_topic": closed_topic,
        "post": make_post(public_topic, "<p>mine</p>", author=author),
        "hidden": make_post(public_topic, "<p>spam</p>", status=ModerationStatus.HIDDEN),
        "closed_post": make_post(closed_topic, "<p>agenda</p>", author=author),
    }


def outcome(client, query: str, variables: dict) -> str:
    with transaction.atomic():
        result = client.execute(query, variables)
        transaction.set_rollback(True)
    code = error_code(result)
    if code is None:
        assert all(value is not None for value in result["data"].values()), result
    return code or OK


def row(world, query: str, variables: dict) -> list[str]:
    return [outcome(world["clients"][actor], query, variables) for actor in ACTORS]


@pytest.mark.django_db
def test_mutations(world):
    w = world
    body = {"body": "<p>text</p>"}
    cases = {
        "startTopic public": (
            op.START_TOPIC,
            {"forumId": w["public"].pk, "title": "New", **body},
            [UNAUTH, OK, OK, OK, DENIED, DENIED],
        ),
        "startTopic members-only": (
            op.START_TOPIC,
            {"forumId": w["closed"].pk, "title": "New", **body},
            [UNAUTH, OK, OK, OK, DENIED, DENIED],
        ),
        "reply public": (
            op.REPLY,
            {"topicId": w["public_topic"].pk, **body},
            [UNAUTH, OK, OK, OK, DENIED, DENIED],
        ),
        "reply members-only": (
            op.REPLY,
            {"topicId": w["closed_topic"].pk, **body},
            [UNAUTH, OK, OK, OK, DENIED, DENIED],
        ),
        "editPost": (
            op.EDIT,
            {"postId": w["post"].pk, **body},
            [UNAUTH, DENIED, OK, DENIED, DENIED, DENIED],
        ),
        "editPost members-only": (
            op.EDIT,
            {"postId": w["closed_post"].pk, **body},
            [UNAUTH, DENIED, OK, DENIED, DENIED, DENIED],
        ),
        "deletePost": (
            op.DELETE,
            {"postId": w["post"].pk},
            [UNAUTH, DENIED, OK, DENIED, DENIED, DENIED],
        ),
        "reportPost": (
            op.REPORT,
            {"postId": w["post"].pk, "reason": "Off topic"},
            [UNAUTH, OK, INVALID, OK, DENIED, DENIED],
        ),
        "reportPost hidden": (
            op.REPORT,
            {"postId": w["hidden"].pk, "reason": "Off topic"},
            [UNAUTH, MISSING, MISSING, MISSING, DENIED, DENIED],
        ),
        "followTopic public": (
            op.FOLLOW,
            {"topicId": w["public_topic"].pk},
            [UNAUTH, OK, OK, OK, OK, OK],
        ),
        "followTopic members-only": (
            op.FOLLOW,
            {"topicId": w["closed_topic"].pk},
            [UNAUTH, OK, OK, OK, MISSING, OK],
        ),
        "unfollowTopic": (
            op.UNFOLLOW,
            {"topicId": w["public_topic"].pk},
            [UNAUTH, OK, OK, OK, OK, OK],
        ),
        "hidePost": (op.HIDE, {"postId": w["post"].pk}, [UNAUTH, DENIED, DENIED, OK, OK, OK]),
        "restorePost": (
            op.RESTORE,
            {"postId": w["hidden"].pk},
            [UNAUTH, DENIED, DENIED, OK, OK, OK],
        ),
        "lockTopic": (
            op.LOCK,
            {"topicId": w["public_topic"].pk},
            [UNAUTH, DENIED, DENIED, OK, OK, OK],
        ),
        "unlockTopic": (
            op.UNLOCK,
            {"topicId": w["public_topic"].pk},
            [UNAUTH, DENIED, DENIED, OK, OK, OK],
        ),
        "pinTopic": (
            op.PIN,
            {"topicId": w["closed_topic"].pk},
            [UNAUTH, DENIED, DENIED, OK, OK, OK],
        ),
        "unpinTopic": (
            op.UNPIN,
            {"topicId": w["public_topic"].pk},
            [UNAUTH, DENIED, DENIED, OK, OK, OK],
        ),
        "signOut": (
            "mutation { signOut { closedSessions } }",
            {},
            [UNAUTH, OK, OK, OK, OK, OK],
        ),
    }
    actual = {name: row(w, query, variables) for name, (query, variables, _) in cases.items()}
    expected = {name: outcomes for name, (_, _, outcomes) in cases.items()}
    assert actual == expected


def seen(client, query: str, variables: dict, path: list) -> str:
    result = client.execute(query, variables)
    assert not result.get("errors"), result["errors"]
    value = result["data"]
    for key in path:
        value = value[key] if value is not None else None
    return value


@pytest.mark.django_db
def test_queries(world):
    w = world
    clients = [w["clients"][actor] for actor in ACTORS]
    closed = {"id": w["closed_topic"].pk}
    forum_counts = "query ($id: ID!) { forum(id: $id) { topicCount postCount } }"
    actual = {
        "forumTopic public": [
            seen(c, op.TOPIC, {"id": w["public_topic"].pk}, ["forumTopic", "postCount"])
            for c in clients
        ],
        "forumTopic members-only": [
            seen(c, op.TOPIC, closed, ["forumTopic", "postCount"]) for c in clients
        ],
        "forum counts members-only": [
            seen(c, forum_counts, {"id": w["closed"].pk}, ["forum"]) for c in clients
        ],
        "forums": [[f["title"] for f in seen(c, op.FORUMS, {}, ["forums"])] for c in clients],
        "me": [seen(c, "{ me { name } }", {}, ["me", "name"]) for c in clients],
    }
    counts = {"topicCount": 1, "postCount": 1}
    both = ["Housing", "Mayors"]
    assert actual == {
        "forumTopic public": [2, 2, 2, 2, 2, 2],
        "forumTopic members-only": [None, 1, 1, 1, None, 1],
        "forum counts members-only": [None, counts, counts, counts, None, counts],
        "forums": [["Housing"], both, both, both, ["Housing"], both],
        "me": [None, "Joao Silva", "Awa Ndiaye", "Mo Derator", "editor", "root"],
    }
