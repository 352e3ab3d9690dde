"""Which pass of `make test` runs which test (tests/conftest.py sorts them by what they touch).

A change to those rules, or to a pass's `-m` in the Makefile, could quietly stop running a test on
PostgreSQL, or at all: this collects the suite with pytest and applies each Makefile pass's own
selection to the marks the tests get."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _pytest.mark.expression import Expression

from tests.conftest import COLLECTED_MARKS

ROOT = Path(__file__).resolve().parents[1]

# Collects the suite as `make test` does and prints each test's marks.
COLLECT = """
import json, sys, pytest

class Marks:
    def pytest_collection_finish(self, session):
        self.marks = {item.nodeid: [m.name for m in item.iter_markers()] for item in session.items}

marks = Marks()
code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
                    "-W", "ignore", "tests"], plugins=[marks])
print("MARKS" + json.dumps(marks.marks))
sys.exit(code)
"""


def makefile_selection(target: str) -> Expression:
    """The `-m` expression of a Makefile target: what that pass runs."""
    recipe = (ROOT / "Makefile").read_text().split(f"\n{target}:", 1)[1].split("\n\n", 1)[0]
    return Expression.compile(re.search(r'-m "([^"]+)"', recipe).group(1))


def selects(expression: Expression, marks: list[str]) -> bool:
    return expression.evaluate(lambda mark, **_: mark in marks)


def collected_marks(config) -> dict[str, list[str]]:
    """Each test's marks: this run's own collection when it collected the whole suite (as
    `make test` does), else the suite collected by pytest in a process of its own."""
    marks = config.stash[COLLECTED_MARKS]
    every_file = {str(path.relative_to(ROOT)) for path in (ROOT / "tests").rglob("test_*.py")}
    if {node.split("::", 1)[0] for node in marks} == every_file:
        return marks
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    collected = subprocess.run(
        [sys.executable, "-c", COLLECT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert collected.returncode == 0, collected.stdout[-3000:] + collected.stderr[-3000:]
    return json.loads(collected.stdout.split("MARKS", 1)[1])


@pytest.fixture(scope="module")
def passes(pytestconfig) -> dict[str, set[str]]:
    marks = collected_marks(pytestconfig)
    assert marks, "no test collected"
    selections = {"sqlite": "test-sqlite", "postgresql": "test-postgres"}
    selections = {name: makefile_selection(target) for name, target in selections.items()}
    return {
        name: {node for node, names in marks.items() if selects(selection, names)}
        for name, selection in selections.items()
    } | {"all": set(marks)}


def in_pass(passes, name: str, node: str) -> bool:
    """Whether the pass runs the test (every parameter of it, if `node` names none)."""
    return node in passes[name] or any(n.startswith(f"{node}[") for n in passes[name])


@pytest.mark.parametrize(
    "node, sqlite, postgresql",
    [
        # Commits: concurrent requests and row locks (a no-op on SQLite).
        (
            "tests/forums/test_concurrent_replies.py::"
            "test_concurrent_replies_from_many_members_are_all_kept",
            True,
            True,
        ),
        # Wagtail's database search backend: a full-text SQL of each engine's own.
        (
            "tests/search/test_search_api.py::"
            "test_finds_a_product_by_a_word_of_its_summary[database]",
            True,
            True,
        ),
        # The same test on Elasticsearch: the engine only stores what is indexed.
        (
            "tests/search/test_search_api.py::"
            "test_finds_a_product_by_a_word_of_its_summary[elasticsearch]",
            True,
            False,
        ),
        # The module branches on connection.vendor.
        (
            "tests/cms/test_database_errors.py::test_a_refused_write_is_a_retryable_coded_error",
            True,
            True,
        ),
        # Declared by its module (the walk for privacy leaks).
        ("tests/cms/test_no_leaks.py::test_no_operation_reveals_hidden_content", True, True),
        # An ORM test whose queries Django writes alike for both engines.
        ("tests/cities/test_listing.py::test_item_shape_and_order_by_name", True, False),
        # No database at all.
        ("tests/cms/test_layering.py::test_cms_imports_no_other_app", True, False),
        # A demo server over HTTP: on production's engine only.
        ("tests/contract/test_operations.py::test_operation_answers_on_the_demo", False, True),
    ],
)
def test_each_test_runs_in_the_passes_its_subject_needs(passes, node, sqlite, postgresql):
    assert (in_pass(passes, "sqlite", node), in_pass(passes, "postgresql", node)) == (
        sqlite,
        postgresql,
    ), node


def test_every_test_runs_in_some_pass(passes):
    assert passes["sqlite"] | passes["postgresql"] == passes["all"]
