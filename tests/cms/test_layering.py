"""The layering of the project's apps, read from the source: `cms` is the floor every app stands
on and imports none of them (it wires them through settings: GRAPHQL_QUERIES, INSTALLED_APPS,
the URLconf's includes), and no two apps import each other, directly or round a longer loop.

Imports are parsed with `ast`, so an import inside a function counts as much as one at the top
of a module: a lazy import is still a dependency.
"""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = sorted(
    name for name in settings.INSTALLED_APPS if "." not in name and (ROOT / name).is_dir()
)
# knowledge's database search index reads the PDF text search extracted
# (KnowledgeProductPage.attachment_text -> search.attachments), while search indexes knowledge
# products: the one loop left, until the PDF text moves into knowledge.
KNOWN_LOOPS = {("knowledge", "search")}


def imported_apps(app: str) -> dict[str, list[str]]:
    """{other app: ["file:line", ...]} for every import of another project app in `app`."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / app).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in APPS and top != app:
                    where = f"{path.relative_to(ROOT)}:{node.lineno}"
                    found.setdefault(top, []).append(where)
    return found


def test_the_apps_are_found():
    assert {"cms", "home", "news", "events", "cities", "knowledge", "forums", "members"} <= set(
        APPS
    )


def test_cms_imports_no_other_app():
    assert imported_apps("cms") == {}


def test_no_two_apps_import_each_other():
    graph = {app: set(imported_apps(app)) for app in APPS}
    loops = []

    def visit(app: str, path: list[str]):
        for other in sorted(graph[app]):
            if other == path[0]:
                loops.append([*path, other])
            elif other not in path and other > path[0]:  # each loop once, from its least app
                visit(other, [*path, other])

    for app in APPS:
        visit(app, [app])
    unexplained = [loop for loop in loops if tuple(sorted(set(loop))) not in KNOWN_LOOPS]
    assert unexplained == []
