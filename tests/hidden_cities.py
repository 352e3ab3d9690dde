"""A listing's `city` filter answers a hidden city exactly as a city that does not exist."""

MISSING_ID = 987654321


def assert_answered_as_missing(gql, query: str, city) -> None:
    hidden = gql.execute(query, {"city": city.pk})
    missing = gql.execute(query, {"city": MISSING_ID})
    assert hidden["data"] is None
    (error,) = hidden["errors"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "city"}
    (missing_error,) = missing["errors"]
    assert error["message"].replace(str(city.pk), "N") == missing_error["message"].replace(
        str(MISSING_ID), "N"
    )
