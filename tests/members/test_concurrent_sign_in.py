"""Many wrong passwords for one account at the same moment: exactly the limit gets through.

Real threads, real transactions, PostgreSQL only (see tests/forums/test_concurrent_replies.py
for why SQLite cannot show concurrency).
"""

import json
import threading

import pytest
from django.db import connection
from django.test import Client

from tests.members.test_sign_in import SIGN_IN

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite cannot run concurrent writers")


def guesses_at_once(login: str, count: int) -> list[str]:
    barrier = threading.Barrier(count)
    codes: list[str] = []
    lock = threading.Lock()

    def guess(number: int):
        try:
            barrier.wait()
            response = Client().post(
                "/graphql/",
                data=json.dumps(
                    {"query": SIGN_IN, "variables": {"login": login, "password": f"guess{number}"}}
                ),
                content_type="application/json",
            )
            error = (response.json().get("errors") or [{}])[0]
            with lock:
                codes.append(error.get("extensions", {}).get("code", "OK"))
        finally:
            connection.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(codes)


def test_24_concurrent_wrong_passwords_cannot_race_past_the_limit(make_member, settings):
    settings.MEMBERS_SIGN_IN_FAILURE_LIMIT = (5, 900)
    login = make_member().username
    codes = guesses_at_once(login, 24)
    assert codes.count("UNAUTHENTICATED") <= 5
    assert codes.count("RATE_LIMITED") >= 19
    # Each guess is recorded before it is counted: when all 24 records land before any count,
    # every guess is refused, none reaching the password check. That is within the limit too.
    assert set(codes) <= {"UNAUTHENTICATED", "RATE_LIMITED"}
