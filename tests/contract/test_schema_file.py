"""The SDL in frontend-contract/ is the schema /graphql/ serves, and breaking it is deliberate."""

import subprocess
import sys

import pytest

from cms import contract
from tests.browser.demo_server import ROOT

RELEASED_WITH_MORE = """
type Query {
  cities(region: String): [String!]!
  retiredField: String
}
"""
LIVE_WITHOUT_IT = "type Query {\n  cities(region: String): [String!]!\n}\n"
REMOVED = "Query.retiredField was removed."


def test_schema_file_is_the_live_schema():
    assert contract.SCHEMA_FILE.read_text() == contract.live_sdl(), (
        "frontend-contract/schema.graphql is stale: run `python manage.py export_contract`"
    )


def test_export_contract_check_passes_as_a_process():
    """What CI runs: the checked-in SDL is fresh and has no unacknowledged breaking change."""
    result = subprocess.run(
        [sys.executable, "manage.py", "export_contract", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture
def contract_dir(tmp_path, monkeypatch):
    """A contract folder whose last release had a field the live schema has dropped."""
    (tmp_path / "released").mkdir()
    (tmp_path / "released" / "schema-1.9.0.graphql").write_text("type Query { a: String }")
    (tmp_path / "released" / "schema-1.10.0.graphql").write_text(RELEASED_WITH_MORE)
    monkeypatch.setattr(contract, "RELEASED_DIR", tmp_path / "released")
    monkeypatch.setattr(contract, "CHANGELOG", tmp_path / "CHANGELOG.md")
    return tmp_path


def test_a_removed_field_is_a_breaking_change_against_the_newest_release(contract_dir):
    breaking, _ = contract.changes_since_release(LIVE_WITHOUT_IT)
    assert breaking == [REMOVED]
    assert contract.unacknowledged(breaking) == [REMOVED]


def test_a_changelog_entry_acknowledges_the_breaking_change(contract_dir):
    (contract_dir / "CHANGELOG.md").write_text(f"## Unreleased\n\n- {REMOVED}\n")
    breaking, _ = contract.changes_since_release(LIVE_WITHOUT_IT)
    assert contract.unacknowledged(breaking) == []


def test_an_added_field_is_not_breaking(contract_dir):
    live = RELEASED_WITH_MORE.replace("retiredField", "retiredField: String\n  newField")
    assert contract.changes_since_release(live)[0] == []
