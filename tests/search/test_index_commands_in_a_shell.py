"""`manage.py search_index` run the way an operator runs it: a process with Django's system
checks, against a cluster that has no index yet, then against the index it made."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.prepared import MigratedSqlite, prepared

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def operator_shell(search_server, tmp_path, pytestconfig):
    """`manage.py <args>` with its own migrated database (a copy of the run's) and a fresh
    index name."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PYTEST")},
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": prepared(MigratedSqlite, pytestconfig).copy(tmp_path / "db.sqlite3"),
        "ELASTICSEARCH_URL": search_server.url,
        "SEARCH_ELASTICSEARCH_INDEX": f"shell-{uuid.uuid4().hex[:12]}",
    }

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )

    return run


def test_rebuild_check_and_sync_on_a_fresh_then_an_existing_cluster(operator_shell):
    first = operator_shell("search_index", "rebuild")
    assert first.returncode == 0, first.stderr
    assert "Indexed 1 of 1 visible pages" in first.stdout  # the home page of a new site

    check = operator_shell("search_index", "check")
    assert check.returncode == 0, check.stderr
    assert "No drift." in check.stdout

    again = operator_shell("search_index", "rebuild")
    assert again.returncode == 0, again.stderr
    assert "removed 1 old index(es)" in again.stdout

    sync = operator_shell("search_index", "sync")
    assert sync.returncode == 0, sync.stderr
    assert "Synced 0 pages; 0 still pending." in sync.stdout
