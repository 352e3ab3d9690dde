"""No code on the API's read path writes values onto the objects it serves.

Data loading is one mechanism (per-request batch loaders, cms.graphql.batch): a value one
resolver needs is loaded by id through a loader on the request, never left on a page, topic or
city by whichever code happened to load it first, for another resolver to read. Such a stash
makes a field's answer depend on the path that reached the object (and the field then breaks
or costs a query per item on the other paths). This test reads the read path's source: any
`setattr(obj, ...)` or `obj.name = ...` fails it, unless `obj` is one of WRITABLE (the loader
itself, the request, our own result objects, schema types).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["cms", "home", "news", "events", "knowledge", "cities", "forums", "search", "members"]
# Modules of the read path besides the apps' `graphql/` packages.
READ_PATH = [
    "cms/localization.py",
    "home/sitemap.py",
    "home/navigation.py",
    "home/listing.py",
    "home/site_settings.py",
    "cities/partnerships.py",
    "search/service.py",
]


def read_path_modules() -> list[Path]:
    modules = [ROOT / name for name in READ_PATH]
    for app in APPS:
        modules += sorted((ROOT / app / "graphql").glob("*.py"))
    return modules


# What may be written: a loader's own state, the request, the result objects our resolvers
# build (listings, search responses, hits, suggestions, facets and their buckets) and
# schema types being assembled.
WRITABLE = {"self", "request", "info.context", "result", "response", "hit", "suggestion"}
WRITABLE |= {"facet", "bucket", "field", "ImageObjectType"}
WRITABLE |= {"StreamFieldInterface", "page_chooser_type", "SiteObjectType"}


def stashes(source: str, module: str) -> set[tuple[str, str]]:
    """(module, function) of each function writing on an object not in WRITABLE."""
    found = set()
    tree = ast.parse(source)
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            targets = []
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "setattr":
                targets = [node.args[0]]
            elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
                assigned = node.targets if isinstance(node, ast.Assign) else [node.target]
                targets = [t.value for t in assigned if isinstance(t, ast.Attribute)]
            if any(ast.unparse(target) not in WRITABLE for target in targets):
                found.add((module, function.name))
    return found


def test_the_read_path_stashes_nothing_on_the_objects_it_serves():
    found = set().union(
        *(stashes(path.read_text(), str(path.relative_to(ROOT))) for path in read_path_modules())
    )
    assert found == set(), "values stashed on served objects: load them by id instead"


def test_the_check_sees_a_stash():
    source = """
def resolve_topic(info, topic):
    topic.shown_forum = info.context.forum

def attach(pages, by_key):
    for page in pages:
        setattr(page, "_alternates", by_key[page.translation_key])

def remember(info, code):
    info.context.content_locale = code
"""
    assert stashes(source, "example") == {("example", "resolve_topic"), ("example", "attach")}
