"""A database error escaping a resolver is answered with a retryable code, not an uncoded
error or a 500: the client's write met a database that refused it for now.

The error is real: the request's own connection is made read-only (SQLite's `PRAGMA
query_only`, PostgreSQL's read-only transaction), so the failed sign-in's throttle record
cannot be written.
"""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

SIGN_IN = 'mutation { signIn(login: "nobody@example.org", password: "wrong") { accessToken } }'


@pytest.fixture
def read_only_database(db):
    if connection.vendor == "postgresql":
        # Before the transaction's first query; it ends with the test's rollback.
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION READ ONLY")
        yield
        return
    connection.ensure_connection()
    # On the driver's connection: the failed write leaves the test's transaction broken for
    # Django, which then refuses further statements until the test's rollback.
    connection.connection.execute("PRAGMA query_only = ON")
    yield
    connection.connection.execute("PRAGMA query_only = OFF")


def test_a_refused_write_is_a_retryable_coded_error(gql, read_only_database):
    result = gql.execute(SIGN_IN)
    (error,) = result["errors"]
    assert error["extensions"] == {"code": "SERVICE_UNAVAILABLE", "retryable": True}
    assert "readonly" not in error["message"]  # the driver's text stays on the server
    assert result["data"] == {"signIn": None}


def test_the_same_request_succeeds_once_the_database_accepts_writes(gql):
    (error,) = gql.execute(SIGN_IN)["errors"]
    assert error["extensions"]["code"] != "SERVICE_UNAVAILABLE"
