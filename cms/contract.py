"""The frontend contract: the schema's SDL as frontends build against it, and what changed in it.

`frontend-contract/schema.graphql` is the live schema, written by `manage.py export_contract`;
`frontend-contract/released/schema-<version>.graphql` are the SDLs frontends were promised. A
change that would break a client built against the last release (graphql-core's
`find_breaking_changes`) must be acknowledged, word for word, in `frontend-contract/CHANGELOG.md`.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings
from graphql import build_schema, find_breaking_changes, find_dangerous_changes, print_schema

CONTRACT_DIR = Path(settings.BASE_DIR) / "frontend-contract"
SCHEMA_FILE = CONTRACT_DIR / "schema.graphql"
RELEASED_DIR = CONTRACT_DIR / "released"
CHANGELOG = CONTRACT_DIR / "CHANGELOG.md"


def live_sdl() -> str:
    """The SDL of the schema /graphql/ serves, as written to schema.graphql."""
    from graphene_django.settings import graphene_settings

    return print_schema(graphene_settings.SCHEMA.graphql_schema) + "\n"


def version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.stem))


def last_release() -> Path:
    """The released SDL with the highest version number (schema-1.10.0 after schema-1.9.0)."""
    releases = sorted(RELEASED_DIR.glob("schema-*.graphql"), key=version_key)
    if not releases:
        raise FileNotFoundError(f"No released SDL in {RELEASED_DIR}")
    return releases[-1]


def changes_since_release(sdl: str) -> tuple[list[str], list[str]]:
    """(breaking, dangerous) changes of `sdl` against the last released SDL, as sentences."""
    released = build_schema(last_release().read_text())
    current = build_schema(sdl)
    breaking = [change.description for change in find_breaking_changes(released, current)]
    dangerous = [change.description for change in find_dangerous_changes(released, current)]
    return breaking, dangerous


def unacknowledged(breaking: list[str]) -> list[str]:
    """The breaking changes that CHANGELOG.md does not mention word for word."""
    changelog = CHANGELOG.read_text() if CHANGELOG.exists() else ""
    return [change for change in breaking if change not in changelog]
