"""Forgotten passwords: a link by e-mail, then a new password through the API."""

import re
from urllib.parse import parse_qs, urlparse

import pytest
from django.core import mail

from tests.members.helpers import error_code

REQUEST = "mutation ($email: String!) { requestPasswordReset(email: $email) { ok } }"
RESET = """mutation ($uid: String!, $token: String!, $password: String!) {
  resetPassword(uid: $uid, token: $token, newPassword: $password) { ok }
}"""
SIGN_IN = """mutation ($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken }
}"""
NEW_PASSWORD = "a much better passphrase"


def link_in(message) -> dict:
    url = re.search(r"https?://\S+", message.body).group(0)
    query = parse_qs(urlparse(url).query)
    return {"uid": query["uid"][0], "token": query["token"][0]}


@pytest.fixture
def awa(make_member):
    return make_member("Awa Ndiaye", email="awa@dakar.example")


@pytest.mark.django_db
def test_a_member_resets_a_forgotten_password(gql, awa, settings):
    settings.MEMBERS_PASSWORD_RESET_URL = "https://portal.example/reset?uid={uid}&token={token}"
    assert gql.data(REQUEST, {"email": "Awa@Dakar.example"}) == {
        "requestPasswordReset": {"ok": True}
    }
    assert [m.to for m in mail.outbox] == [["awa@dakar.example"]]
    assert "https://portal.example/reset?uid=" in mail.outbox[0].body
    assert "&amp;" not in mail.outbox[0].body

    link = link_in(mail.outbox[0])
    assert gql.data(RESET, {**link, "password": NEW_PASSWORD}) == {"resetPassword": {"ok": True}}
    assert gql.data(SIGN_IN, {"login": "awa@dakar.example", "password": NEW_PASSWORD})
    # The link works once.
    again = gql.execute(RESET, {**link, "password": "yet another passphrase"})
    assert error_code(again) == "VALIDATION"


@pytest.mark.django_db
def test_unknown_addresses_get_the_same_answer_and_no_mail(gql, awa):
    assert gql.data(REQUEST, {"email": "nobody@dakar.example"}) == {
        "requestPasswordReset": {"ok": True}
    }
    assert mail.outbox == []


@pytest.mark.django_db
def test_weak_passwords_and_forged_links_are_refused(gql, awa):
    gql.data(REQUEST, {"email": "awa@dakar.example"})
    link = link_in(mail.outbox[0])
    weak = gql.execute(RESET, {**link, "password": "123"})
    assert error_code(weak) == "VALIDATION"
    assert weak["errors"][0]["extensions"]["field"] == "newPassword"
    assert "too short" in weak["errors"][0]["message"]
    for forged in [{**link, "token": "x-y"}, {**link, "uid": "Zm9v"}, {"uid": "!", "token": "?"}]:
        result = gql.execute(RESET, {**forged, "password": NEW_PASSWORD})
        assert error_code(result) == "VALIDATION"
    awa.refresh_from_db()
    assert not awa.check_password(NEW_PASSWORD)


@pytest.mark.django_db
def test_a_reset_signs_the_account_out_everywhere(gql, awa, signed_in):
    session = signed_in(awa)
    gql.data(REQUEST, {"email": "awa@dakar.example"})
    gql.data(RESET, {**link_in(mail.outbox[0]), "password": NEW_PASSWORD})
    assert session.data("{ me { name } }") == {"me": None}


@pytest.mark.django_db
def test_reset_mails_to_one_address_are_rate_limited(gql, awa, settings):
    settings.MEMBERS_PASSWORD_RESET_LIMIT = (2, 3600)
    for _ in range(2):
        gql.data(REQUEST, {"email": "awa@dakar.example"})
    result = gql.execute(REQUEST, {"email": "awa@dakar.example"})
    assert error_code(result) == "RATE_LIMITED"
    assert len(mail.outbox) == 2
    # The same answer for an address without an account: the limit reveals nothing.
    for _ in range(2):
        gql.data(REQUEST, {"email": "nobody@dakar.example"})
    assert error_code(gql.execute(REQUEST, {"email": "nobody@dakar.example"})) == "RATE_LIMITED"


@pytest.mark.django_db
def test_an_address_is_required(gql, home):
    assert error_code(gql.execute(REQUEST, {"email": "not an address"})) == "VALIDATION"
