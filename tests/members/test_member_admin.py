"""Editors manage member accounts in the Wagtail admin."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.groups import MEMBERS_GROUP_NAME
from members.models import Member
from tests.members.helpers import PASSWORD

URL = "/admin/members/"


@pytest.fixture
def editor_client(client, django_user_model, home):
    """A user of Wagtail's standard Editors group: managing members needs no superuser."""
    editor = django_user_model.objects.create_user("editor", "editor@alliance.example", PASSWORD)
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def form_data(**fields):
    return {
        "first_name": "Awa",
        "last_name": "Ndiaye",
        "email": "Awa@Dakar.example",
        "is_active": "on",
        "send_password_link": "on",
        "city": "",
        "organisation": "",
        "role": "member",
        **fields,
    }


@pytest.mark.django_db
def test_an_editor_adds_a_member_who_is_invited_to_choose_a_password(
    editor_client, cities, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(f"{URL}new/", form_data(city=cities["Dakar"].pk))
    assert response.status_code == 302, response.content.decode()[:2000]
    member = Member.objects.select_related("user").get()
    assert (member.user.email, member.user.username, member.city) == (
        "awa@dakar.example",
        "awa@dakar.example",
        cities["Dakar"],
    )
    assert not member.user.has_usable_password()
    assert member.user.groups.filter(name=MEMBERS_GROUP_NAME).exists()
    assert [m.to for m in mail.outbox] == [["awa@dakar.example"]]
    assert "member account" in mail.outbox[0].subject


@pytest.mark.django_db
def test_a_member_needs_a_city_or_an_organisation(editor_client, cities):
    response = editor_client.post(f"{URL}new/", form_data())
    assert response.status_code == 200
    assert "Link the member to a city or to an organisation." in response.content.decode()
    assert not Member.objects.exists()


@pytest.mark.django_db
def test_e_mail_addresses_stay_unique(editor_client, cities, make_member):
    make_member(email="awa@dakar.example")
    response = editor_client.post(f"{URL}new/", form_data(city=cities["Dakar"].pk))
    assert "Another account already uses this e-mail address." in response.content.decode()


@pytest.mark.django_db
def test_editing_suspends_a_member_and_changes_the_role(editor_client, cities, make_member):
    user = make_member("Awa Ndiaye", email="awa@dakar.example")
    member = user.member
    response = editor_client.post(
        f"{URL}edit/{member.pk}/",
        form_data(
            email="awa@dakar.example",
            city=cities["Recife"].pk,
            role="moderator",
            is_active="",
            send_password_link="",
        ),
    )
    assert response.status_code == 302
    member.refresh_from_db()
    user.refresh_from_db()
    assert (member.role, member.city, user.is_active) == ("moderator", cities["Recife"], False)
    assert user.check_password(PASSWORD)  # the password is untouched
    assert mail.outbox == []


@pytest.mark.django_db
def test_deleting_a_member_takes_them_out_of_the_members_group(editor_client, make_member):
    user = make_member()
    response = editor_client.post(f"{URL}delete/{user.member.pk}/")
    assert response.status_code == 302
    assert not user.groups.filter(name=MEMBERS_GROUP_NAME).exists()
    assert user.__class__.objects.filter(pk=user.pk).exists()  # the login itself remains


@pytest.mark.django_db
def test_listing_finds_members_and_costs_the_same_for_few_and_many(editor_client, make_member):
    make_member("Awa Ndiaye", city="Dakar")
    response = editor_client.get(URL, {"q": "ndiaye"})
    assert "Awa Ndiaye" in response.content.decode()
    with CaptureQueriesContext(connection) as few:
        editor_client.get(URL)
    for i in range(10):
        make_member(f"Member {i}", city=["Dakar", "Recife", "Pune"][i % 3])
    with CaptureQueriesContext(connection) as many:
        response = editor_client.get(URL)
    assert "Member 9" in response.content.decode()
    assert [len(few.captured_queries), len(many.captured_queries)] == [12] * 2
