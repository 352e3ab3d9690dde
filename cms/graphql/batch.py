"""Per-request batch loading: the one mechanism every list path relies on for its query count.

GraphQL executes synchronously here, one item after the other, so a loader cannot wait for the
keys of the items not yet resolved. Instead, the `BatchLoading` middleware sees every value a
field returns, before its items are resolved: the pages of a list are noted as the response's
pages, and a loader asked for one key loads, in the same query, every key those pages will ask
for (`BatchLoader.prime`). Whatever path reaches the items (a domain listing, grapple's `pages`,
`children`, a search hit, a chooser block), a loader costs a fixed number of queries.

Loaders live on the request (`loader`), so nothing is stashed on model instances.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from graphql import FieldNode, FragmentSpreadNode, InlineFragmentNode
from wagtail.models import Page

from .request_cache import request_cache

# The field last resolved: code without `info` (rich-text link handlers and image choosers,
# called by Wagtail) reads the request and the enclosing page from it.
CURRENT_INFO: ContextVar = ContextVar("current_graphql_info", default=None)


class BatchLoader:
    """Values by key for one request; a missing key is loaded with every primed key at once."""

    def __init__(self, info):
        self.info = info
        self._values: dict[Hashable, Any] = {}
        self._pending: set[Hashable] = set()

    def batch_load(self, keys: set) -> dict:
        """Values of `keys` (a key left out has no value); one batch of queries."""
        raise NotImplementedError

    def prime(self, keys: Iterable[Hashable]) -> None:
        """Keys that will be asked for: loaded with the next missing key."""
        self._pending.update(key for key in keys if key not in self._values)

    def load_many(self, keys: Iterable[Hashable]) -> list:
        keys = list(keys)
        missing = {key for key in keys if key not in self._values}
        if missing:
            batch, self._pending = self._pending | missing, set()
            found = self.batch_load(batch)
            for key in batch:
                self._values[key] = found.get(key)
        return [self._values[key] for key in keys]

    def load(self, key: Hashable):
        return self.load_many([key])[0]


def loader(info, loader_class: type[BatchLoader]) -> BatchLoader:
    """The request's instance of `loader_class`."""
    key = f"loader:{loader_class.__module__}.{loader_class.__qualname__}"
    return request_cache(info, key, lambda: loader_class(info))


class PagesLoader(BatchLoader):
    """A loader that, when asked, primes itself with the keys of the response's pages that
    arrived since it last looked (`keys_in`)."""

    def keys_in(self, page: Page) -> Iterable[Hashable]:
        raise NotImplementedError

    def load_many(self, keys):
        pages = response_pages(self.info)
        seen = getattr(self, "_seen", 0)
        for page in pages[seen:]:
            self.prime(self.keys_in(page))
        self._seen = len(pages)
        return super().load_many(keys)


def response_pages(info) -> list[Page]:
    """Pages any field of this request returned so far, in the order they were returned."""
    return request_cache(info, "response_pages", list)


@dataclass(frozen=True)
class Preparer:
    """How listed pages of one model get what some of their GraphQL fields show."""

    prepare: Callable[[list, str], None]
    fields: frozenset[str]
    loads: tuple[type[PagesLoader], ...]


# Page model -> its preparer.
PREPARERS: dict[type[Page], Preparer] = {}


def prepares(model: type[Page], *fields: str, loads: Iterable[type[PagesLoader]] = ()):
    """Register how pages of `model` in one locale are given what the GraphQL `fields` show
    (relations prefetched) in a fixed number of queries. Before the first field of such a
    page is resolved, if the response selects one of those fields on it, every page of
    `model` the response listed so far is prepared at once, whatever path listed it (`pages`,
    `children`, search hits...); a selection without those fields costs nothing. The loaders
    in `loads` are then loaded for those pages too: the pages such a loader brings along (a
    city's partners) are in the response before the loaders of their own fields (images)
    make their first batch, whatever the order of the fields in the query."""

    def register(function):
        PREPARERS[model] = Preparer(function, frozenset(fields), tuple(loads))
        return function

    return register


def prepare_for(info, page: Page) -> None:
    """Prepare `page`, and with it every listed page of its model not prepared yet, when the
    response selects on it a field its preparer provides."""
    preparer = PREPARERS.get(type(page))
    if preparer is None:
        return
    prepared: set = request_cache(info, "prepared_pages", set)
    if id(page) in prepared:
        return
    selected = request_cache(info, "page_selections", dict).get(id(page), frozenset())
    if info.field_name not in preparer.fields and preparer.fields.isdisjoint(selected):
        return
    from cms.localization import locale_codes

    pending = []
    for item in [*response_pages(info), page]:
        if type(item) is type(page) and id(item) not in prepared:
            prepared.add(id(item))
            pending.append(item)
    groups: dict = defaultdict(list)
    for item in pending:
        groups[item.locale_id].append(item)
    codes = request_cache(info, "locale_codes", locale_codes)
    for locale_id, group in groups.items():
        preparer.prepare(group, codes[locale_id])
    for loader_class in preparer.loads:
        pages_loader = loader(info, loader_class)
        pages_loader.load_many([key for item in pending for key in pages_loader.keys_in(item)])


def bring(info, pages: list[Page], code: str) -> None:
    """Pages loaded complete along with others (a city's partners, an article's cities, each
    shown for a reader of `code`): listed in the response, recorded as chosen for `code`
    (their `isFallback`), and not prepared again."""
    from .locale_choices import choose_listed

    choose_listed(info, pages, code)
    request_cache(info, "prepared_pages", set).update(id(page) for page in pages)
    response_pages(info).extend(pages)


def selected_names(info) -> frozenset[str]:
    """Names of the fields selected on the value of the field being resolved, through its
    fragments (whatever their type condition: at worst a page is prepared for nothing)."""
    names: set[str] = set()

    def collect(selection_set) -> None:
        for selection in selection_set.selections if selection_set else ():
            if isinstance(selection, FieldNode):
                names.add(selection.name.value)
            elif isinstance(selection, InlineFragmentNode):
                collect(selection.selection_set)
            elif isinstance(selection, FragmentSpreadNode):
                collect(info.fragments[selection.name.value].selection_set)

    for node in info.field_nodes:
        collect(node.selection_set)
    return frozenset(names)


def note_selection(info, pages: list[Page]) -> None:
    """Record which fields the response selects on `pages`, the value of the field being
    resolved: their preparers run before their first field if they provide one of them."""
    if not pages:
        return
    names = selected_names(info)
    selections = request_cache(info, "page_selections", dict)
    for page in pages:
        selections[id(page)] = selections.get(id(page), frozenset()) | names


def listed(info, pages: list[Page]) -> None:
    """Note `pages` as listed in the response: called for every list of pages a field returns,
    and by fields that list pages inside other objects (search hits)."""
    response_pages(info).extend(pages)


def enclosing_page(info) -> Page | None:
    """The nearest page whose fields contain the field being resolved (a block's page)."""
    owners = request_cache(info, "page_owners", dict)
    path = info.path.prev
    while path is not None:
        if path in owners:
            return owners[path]
        path = path.prev
    return None


class BatchLoading:
    """Graphene middleware: notes the pages of the response and which page each field is in."""

    def resolve(self, next_, root, info, /, **kwargs):
        if isinstance(root, Page):
            request_cache(info, "page_owners", dict)[info.path.prev] = root
            prepare_for(info, root)
        # Left set after the resolver: the executor then iterates the value (a StreamField's
        # blocks are converted then) with the request's loaders still at hand. The view
        # clears it when the request ends.
        CURRENT_INFO.set(info)
        value = next_(root, info, **kwargs)
        if isinstance(value, QuerySet):
            # evaluated here, once, so its pages are noted before the first is resolved
            value = list(value)
        if isinstance(value, Page):
            response_pages(info).append(value)
            note_selection(info, [value])
        elif isinstance(value, list | tuple):
            pages = [item for item in value if isinstance(item, Page)]
            listed(info, pages)
            note_selection(info, pages)
        return value
