"""Forum fixtures: an index, forums built on demand, members and their topics and posts."""

import itertools
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from forums.models import ForumIndexPage, ForumPage, ModerationStatus, Post, Topic
from tests.conftest import add_child
from tests.members.helpers import cities, make_editor, make_member, signed_in  # noqa: F401

_slugs = itertools.count()


@pytest.fixture
def forum_index(home):
    return add_child(home, ForumIndexPage(title="Forums", slug="forums", show_in_menus=True))


@pytest.fixture
def make_forum(forum_index):
    def make(title="Housing", members_only=False, premoderated=False, publish=True, **fields):
        forum = ForumPage(
            title=title,
            slug=f"forum-{next(_slugs)}",
            members_only=members_only,
            premoderated=premoderated,
            show_in_menus=True,
            **fields,
        )
        return add_child(forum_index, forum, publish=publish)

    return make


@pytest.fixture
def member(db):
    return get_user_model().objects.create_user(
        username="amina@cities.example",
        email="amina@cities.example",
        first_name="Amina",
        last_name="Diallo",
    )


@pytest.fixture
def make_topic(member):
    def make(forum, title="A topic", status=ModerationStatus.PUBLISHED, age_hours=0, **fields):
        topic = Topic.objects.create(
            forum=forum, title=title, author=fields.pop("author", member), status=status, **fields
        )
        Topic.objects.filter(pk=topic.pk).update(
            last_activity_at=timezone.now() - timedelta(hours=age_hours)
        )
        topic.refresh_from_db()
        return topic

    return make


@pytest.fixture
def make_post(member):
    def make(topic, body="<p>Hello</p>", status=ModerationStatus.PUBLISHED, **fields):
        return Post.objects.create(
            topic=topic, body=body, author=fields.pop("author", member), status=status, **fields
        )

    return make
