"""The error codes are one vocabulary: cms.graphql.errors defines every code the API returns,
and the contract's "Errors" section lists each of them for frontend developers."""

import re
from pathlib import Path

from django.conf import settings

from cms.graphql import errors

CONTRACT = Path(settings.BASE_DIR) / "frontend-contract" / "README.md"


def defined_codes() -> set[str]:
    return {value for name, value in vars(errors).items() if name.isupper() and name == value}


def documented_codes() -> set[str]:
    """The codes in the first column of the contract's Errors table."""
    text = CONTRACT.read_text()
    start = text.index("### Errors")
    section = text[start : text.index("\n### ", start)]
    first_cells = re.findall(r"^\| ([^|]+)\|", section, re.M)
    return set(re.findall(r"`([A-Z][A-Z_]+)`", "\n".join(first_cells)))


def test_every_code_is_documented_in_the_contract():
    assert defined_codes() - documented_codes() == set()


def test_the_contract_documents_no_code_that_is_not_defined():
    assert documented_codes() - defined_codes() == set()
