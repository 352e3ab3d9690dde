"""Member fixtures shared by tests/members and tests/forums: cities, members, signed-in clients."""

import itertools

import pytest
from django.contrib.auth.models import Permission

from cities.models import CityIndexPage, CityProfilePage
from members import tokens
from members.models import Member
from tests.conftest import add_child

PASSWORD = "correct horse battery staple"
_numbers = itertools.count()


class SignedInClient:
    """The `gql` client sending a bearer access token with every operation."""

    def __init__(self, gql, access_token: str):
        self.gql = gql
        self.access_token = access_token

    def execute(self, query: str, variables: dict | None = None) -> dict:
        return self.gql.execute(query, variables, HTTP_AUTHORIZATION=f"Bearer {self.access_token}")

    def data(self, query: str, variables: dict | None = None) -> dict:
        result = self.execute(query, variables)
        assert not result.get("errors"), result["errors"]
        return result["data"]


def error_code(result: dict) -> str | None:
    errors = result.get("errors") or []
    return errors[0].get("extensions", {}).get("code") if errors else None


@pytest.fixture
def cities(home):
    index = add_child(home, CityIndexPage(title="Cities", slug="cities"))
    return {
        name: add_child(
            index, CityProfilePage(title=name, slug=name.lower(), city_name=name, country=country)
        )
        for name, country in [("Dakar", "SN"), ("Recife", "BR"), ("Pune", "IN")]
    }


@pytest.fixture
def make_member(django_user_model, cities):
    """A user with a password and a member profile (city Dakar unless told otherwise)."""

    def make(name="Awa Ndiaye", city="Dakar", role=Member.Role.MEMBER, **user_fields):
        first, _, last = name.partition(" ")
        number = next(_numbers)
        user = django_user_model.objects.create_user(
            username=user_fields.pop("username", f"member{number}"),
            email=user_fields.pop("email", f"member{number}@cities.example"),
            password=PASSWORD,
            first_name=first,
            last_name=last,
            **user_fields,
        )
        Member.objects.create(user=user, city=cities[city] if city else None, role=role)
        return user

    return make


@pytest.fixture
def make_editor(django_user_model):
    """Staff who moderate the forums in the admin, without a member profile."""

    def make(username="editor", superuser=False):
        if superuser:
            return django_user_model.objects.create_superuser(
                username, f"{username}@alliance.example", PASSWORD
            )
        user = django_user_model.objects.create_user(
            username, f"{username}@alliance.example", PASSWORD, is_staff=True
        )
        user.user_permissions.add(
            *Permission.objects.filter(
                content_type__app_label="forums", codename__in=["change_post", "change_topic"]
            )
        )
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
        return user

    return make


@pytest.fixture
def signed_in(gql):
    """`signed_in(user)`: a client for `user`, signed in through a fresh API session."""

    def sign_in(user) -> SignedInClient:
        return SignedInClient(gql, tokens.open_session(user).access_token)

    return sign_in
