"""API clients sign in with a password and then send `Authorization: Bearer <access token>`."""

import time
from unittest import mock

import pytest

from members.models import ApiSession, ThrottleEvent
from tests.members.helpers import PASSWORD, SignedInClient, error_code

SIGN_IN = """mutation ($login: String!, $password: String!) {
  signIn(login: $login, password: $password) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    account { name email isMember canModerate role city { title } }
  }
}"""
REFRESH = """mutation ($token: String!) {
  refreshToken(refreshToken: $token) { accessToken refreshToken }
}"""
SIGN_OUT = "mutation ($everywhere: Boolean) { signOut(everywhere: $everywhere) { closedSessions } }"
ME = "{ me { name email isMember role canModerate city { title } } }"


def sign_in(gql, login, password=PASSWORD) -> dict:
    return gql.execute(SIGN_IN, {"login": login, "password": password})


@pytest.mark.django_db
def test_a_member_signs_in_by_email_or_user_name_and_is_recognised(gql, make_member):
    user = make_member("Awa Ndiaye", email="awa@dakar.example", username="awa")
    for login in ["awa@dakar.example", "AWA@dakar.example", "awa"]:
        payload = sign_in(gql, login)["data"]["signIn"]
        assert payload["account"] == {
            "name": "Awa Ndiaye",
            "email": "awa@dakar.example",
            "isMember": True,
            "canModerate": False,
            "role": "MEMBER",
            "city": {"title": "Dakar"},
        }
    me = SignedInClient(gql, payload["accessToken"]).data(ME)["me"]
    assert me["name"] == "Awa Ndiaye"
    assert ApiSession.objects.filter(user=user).count() == 3


@pytest.mark.django_db
def test_wrong_credentials_are_refused_without_saying_which_part_was_wrong(gql, make_member):
    make_member(email="awa@dakar.example")
    wrong_password = sign_in(gql, "awa@dakar.example", "nope")
    unknown = sign_in(gql, "nobody@dakar.example")
    for result in (wrong_password, unknown):
        assert result["data"]["signIn"] is None
        assert error_code(result) == "UNAUTHENTICATED"
    assert wrong_password["errors"][0]["message"] == unknown["errors"][0]["message"]


@pytest.mark.django_db
def test_repeated_failures_lock_the_account_name_for_a_while(gql, make_member, settings):
    settings.MEMBERS_SIGN_IN_FAILURE_LIMIT = (3, 900)
    make_member(email="awa@dakar.example")
    make_member(email="joao@recife.example", city="Recife")
    for _ in range(3):
        assert error_code(sign_in(gql, "awa@dakar.example", "guess")) == "UNAUTHENTICATED"
    locked = sign_in(gql, "awa@dakar.example")  # even the right password
    assert error_code(locked) == "RATE_LIMITED"
    assert 0 < locked["errors"][0]["extensions"]["retryAfter"] <= 900
    assert "Too many failed sign-ins" in locked["errors"][0]["message"]
    assert sign_in(gql, "joao@recife.example")["data"]["signIn"]


@pytest.mark.django_db
def test_anonymous_requests_and_session_cookies_are_nobody(gql, client, make_editor):
    assert gql.data(ME) == {"me": None}
    client.force_login(make_editor(superuser=True))  # an admin session cookie is not a token
    assert gql.data(ME) == {"me": None}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "header", ["Bearer nonsense", "Bearer ", "Basic dXNlcjpwYXNz", "Bearer a.b.c"]
)
def test_a_bad_token_reads_as_anonymous_and_mutations_say_why(gql, header):
    assert gql.execute(ME, HTTP_AUTHORIZATION=header) == {"data": {"me": None}}
    result = gql.execute(SIGN_OUT, HTTP_AUTHORIZATION=header)
    assert error_code(result) == "UNAUTHENTICATED"


@pytest.mark.django_db
def test_access_tokens_expire(gql, make_member, settings):
    settings.MEMBERS_ACCESS_TOKEN_SECONDS = 60
    token = sign_in(gql, make_member(username="awa").username)["data"]["signIn"]["accessToken"]
    member = SignedInClient(gql, token)
    assert member.data(ME)["me"]
    later = time.time() + 61
    with mock.patch("django.core.signing.time.time", return_value=later):
        assert member.data(ME) == {"me": None}
        result = member.execute(SIGN_OUT)
    assert error_code(result) == "UNAUTHENTICATED"
    assert "expired" in result["errors"][0]["message"]


@pytest.mark.django_db
def test_refresh_tokens_rotate_and_a_replayed_one_closes_the_session(gql, make_member):
    tokens = sign_in(gql, make_member(username="awa").username)["data"]["signIn"]
    fresh = gql.data(REFRESH, {"token": tokens["refreshToken"]})["refreshToken"]
    assert fresh["refreshToken"] != tokens["refreshToken"]
    assert SignedInClient(gql, fresh["accessToken"]).data(ME)["me"]

    replay = gql.execute(REFRESH, {"token": tokens["refreshToken"]})
    assert error_code(replay) == "UNAUTHENTICATED"
    assert "already used" in replay["errors"][0]["message"]
    # The session is closed for whoever holds it: its newest tokens stop working too.
    assert SignedInClient(gql, fresh["accessToken"]).data(ME) == {"me": None}
    assert error_code(gql.execute(REFRESH, {"token": fresh["refreshToken"]})) == "UNAUTHENTICATED"


@pytest.mark.django_db
def test_unknown_refresh_token_is_refused(gql, home):
    assert error_code(gql.execute(REFRESH, {"token": "made-up"})) == "UNAUTHENTICATED"


@pytest.mark.django_db
def test_sign_out_ends_this_session_or_all_of_them(gql, make_member):
    username = make_member().username
    phone, laptop, tablet = (sign_in(gql, username)["data"]["signIn"] for _ in range(3))
    phone_client = SignedInClient(gql, phone["accessToken"])
    assert phone_client.data(SIGN_OUT)["signOut"] == {"closedSessions": 1}
    assert phone_client.data(ME) == {"me": None}
    assert error_code(gql.execute(REFRESH, {"token": phone["refreshToken"]})) == "UNAUTHENTICATED"

    laptop_client = SignedInClient(gql, laptop["accessToken"])
    assert laptop_client.data(ME)["me"]
    assert laptop_client.data(SIGN_OUT, {"everywhere": True})["signOut"] == {"closedSessions": 2}
    assert SignedInClient(gql, tablet["accessToken"]).data(ME) == {"me": None}


@pytest.mark.django_db
def test_deactivated_users_are_cut_off_at_once(gql, make_member):
    user = make_member()
    tokens = sign_in(gql, user.username)["data"]["signIn"]
    user.is_active = False
    user.save()
    assert SignedInClient(gql, tokens["accessToken"]).data(ME) == {"me": None}
    assert error_code(gql.execute(REFRESH, {"token": tokens["refreshToken"]})) == "UNAUTHENTICATED"
    assert error_code(sign_in(gql, user.username)) == "UNAUTHENTICATED"


@pytest.mark.django_db
def test_editors_sign_in_too_but_are_not_members(gql, make_editor):
    account = sign_in(gql, make_editor().username)["data"]["signIn"]["account"]
    assert account["isMember"] is False
    assert account["canModerate"] is True
    assert account["role"] is None


@pytest.mark.django_db
def test_a_draft_city_is_not_shown_on_the_account(gql, make_member, cities, signed_in):
    user = make_member(city="Pune")
    cities["Pune"].unpublish()
    assert signed_in(user).data(ME)["me"]["city"] is None


@pytest.mark.django_db
def test_reactivating_a_user_does_not_revive_old_tokens(gql, make_member):
    user = make_member()
    tokens = sign_in(gql, user.username)["data"]["signIn"]
    user.is_active = False
    user.save()
    user.is_active = True
    user.save()
    assert SignedInClient(gql, tokens["accessToken"]).data(ME) == {"me": None}
    assert error_code(gql.execute(REFRESH, {"token": tokens["refreshToken"]})) == "UNAUTHENTICATED"
    fresh = sign_in(gql, user.username)["data"]["signIn"]
    assert SignedInClient(gql, fresh["accessToken"]).data(ME)["me"]


@pytest.mark.django_db
def test_a_stranger_guessing_locks_out_only_their_own_address(gql, make_member, settings):
    settings.MEMBERS_SIGN_IN_FAILURE_LIMIT = (3, 900)
    make_member(email="awa@dakar.example")
    stranger = {"REMOTE_ADDR": "203.0.113.9"}
    for _ in range(4):
        gql.execute(SIGN_IN, {"login": "awa@dakar.example", "password": "guess"}, **stranger)
    locked = gql.execute(SIGN_IN, {"login": "awa@dakar.example", "password": PASSWORD}, **stranger)
    assert error_code(locked) == "RATE_LIMITED"
    assert sign_in(gql, "awa@dakar.example")["data"]["signIn"]  # the member's own address


@pytest.mark.django_db
def test_one_address_guessing_across_accounts_is_capped(gql, make_member, settings):
    settings.MEMBERS_SIGN_IN_CLIENT_LIMIT = (4, 900)
    logins = [make_member().username for _ in range(5)]
    results = [sign_in(gql, login, "guess") for login in logins]
    assert [error_code(r) for r in results] == ["UNAUTHENTICATED"] * 4 + ["RATE_LIMITED"]
    assert "from this address" in results[-1]["errors"][0]["message"]


@pytest.mark.django_db
def test_twenty_aliased_sign_ins_are_refused_without_checking_a_password(gql, make_member):
    user = make_member()
    attempts = " ".join(
        f's{n}: signIn(login: "{user.username}", password: "guess{n}") {{ accessToken }}'
        for n in range(20)
    )
    result = gql.execute(f"mutation {{ {attempts} }}")
    assert {e["extensions"]["code"] for e in result["errors"]} == {"TOO_MANY_SIGN_INS"}
    assert not ThrottleEvent.objects.exists()  # nothing ran, so nothing was counted
    assert sign_in(gql, user.username)["data"]["signIn"]["accessToken"]
