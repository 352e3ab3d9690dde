"""The members-only flag is enforced by a view restriction for the Members group."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from forums.models import ForumPage
from members.groups import MEMBERS_GROUP_NAME


def members_restriction(forum):
    return PageViewRestriction.objects.filter(
        page=forum, restriction_type=PageViewRestriction.GROUPS, groups__name=MEMBERS_GROUP_NAME
    )


@pytest.mark.django_db
def test_public_forum_has_no_restriction_and_creates_no_group(make_forum):
    forum = make_forum(members_only=False)
    assert not PageViewRestriction.objects.filter(page=forum).exists()
    assert not Group.objects.filter(name=MEMBERS_GROUP_NAME).exists()


@pytest.mark.django_db
def test_members_only_forum_gets_a_members_group_restriction(make_forum):
    forum = make_forum(members_only=True)
    assert members_restriction(forum).count() == 1
    assert list(members_restriction(forum).get().groups.values_list("name", flat=True)) == [
        MEMBERS_GROUP_NAME
    ]
    assert not ForumPage.objects.live().public().filter(pk=forum.pk).exists()


@pytest.mark.django_db
def test_publishing_a_change_of_flag_adds_or_removes_the_restriction(make_forum):
    forum = make_forum(members_only=False)
    forum.members_only = True
    forum.save_revision().publish()
    assert members_restriction(forum).count() == 1

    forum.members_only = False
    forum.save_revision().publish()
    assert not members_restriction(forum).exists()

    forum.members_only = True
    forum.save_revision().publish()
    forum.save_revision().publish()  # saving again never duplicates it
    assert members_restriction(forum).count() == 1


@pytest.mark.django_db
def test_a_draft_change_waits_for_publication(make_forum):
    """The live forum keeps its access rule until the editor publishes the change."""
    closed = make_forum(members_only=True)
    closed.members_only = False
    closed.save_revision()
    assert members_restriction(closed).exists()

    opened = make_forum(members_only=False)
    opened.members_only = True
    opened.save_revision()
    assert not members_restriction(opened).exists()
    opened.get_latest_revision().publish()
    assert members_restriction(opened).exists()


@pytest.mark.django_db
def test_other_restrictions_are_left_alone(make_forum):
    forum = make_forum(members_only=False)
    PageViewRestriction.objects.create(
        page=forum, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    forum.save_revision().publish()
    assert PageViewRestriction.objects.filter(page=forum).count() == 1


@pytest.mark.django_db
def test_a_restriction_set_by_hand_on_a_public_forum_is_kept(make_forum):
    forum = make_forum(members_only=False)
    restriction = PageViewRestriction.objects.create(
        page=forum, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name=MEMBERS_GROUP_NAME))
    forum.title = "Renamed"
    forum.save_revision().publish()
    assert members_restriction(forum).exists()


@pytest.mark.django_db
def test_removing_the_restriction_of_a_members_only_forum_puts_it_back(
    make_forum, django_capture_on_commit_callbacks
):
    forum = make_forum(members_only=True)
    with django_capture_on_commit_callbacks(execute=True):
        members_restriction(forum).delete()
    assert members_restriction(forum).count() == 1


@pytest.mark.django_db
def test_making_it_public_in_the_admin_privacy_dialog_does_not_stick(
    client, django_user_model, make_forum, django_capture_on_commit_callbacks
):
    forum = make_forum(members_only=True)
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "pw"))
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(f"/admin/pages/{forum.pk}/privacy/", {"restriction_type": "none"})
    assert response.status_code == 200
    assert callbacks, "the dialog deleted the restriction; it was put back after commit"
    assert members_restriction(forum).count() == 1
    assert not ForumPage.objects.live().public().filter(pk=forum.pk).exists()


@pytest.mark.django_db
def test_deleting_a_members_only_forum_deletes_its_restriction(
    make_forum, django_capture_on_commit_callbacks
):
    forum = make_forum(members_only=True)
    with django_capture_on_commit_callbacks(execute=True):
        forum.delete()
    assert not PageViewRestriction.objects.exists()


@pytest.mark.django_db
def test_migration_restricts_forums_flagged_before_the_sync_existed(make_forum):
    forum = make_forum(members_only=False)
    ForumPage.objects.filter(pk=forum.pk).update(members_only=True)  # no signal, like old data
    assert not members_restriction(forum).exists()
    migration = importlib.import_module("forums.migrations.0002_members_only_restrictions")
    migration.restrict_members_only_forums(apps, None)
    migration.restrict_members_only_forums(apps, None)
    assert members_restriction(forum).count() == 1
