"""Keeping the Elasticsearch index equal to the visible pages of the database.

`sync_pages` is idempotent: for each page it writes the current document if the page is
visible and deletes it otherwise, so running it again (a retry) is always safe.
`rebuild` fills a new index and swaps the alias to it (searches never see a half-built index);
`drift` compares database and index.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError, NotFoundError
from elasticsearch.helpers import bulk

from cms.visibility import visible_pages

from . import conf
from .backends.base import EngineUnavailable
from .client import get_client
from .documents import build_documents, new_index

BATCH = 200
BULK_TIMEOUT = 120  # seconds: writes may wait on a busy cluster; searches keep the short timeout


def sync_pages(page_ids: list[int], client=None, index: str | None = None) -> tuple[int, int]:
    """Make the index match the database for `page_ids`: (documents written, deleted)."""
    client = (client or get_client()).options(request_timeout=BULK_TIMEOUT)
    index = index or conf.index_alias()
    documents = build_documents(page_ids)
    actions = [doc.to_dict(include_meta=True) | {"_index": index} for doc in documents.values()]
    gone = [pk for pk in page_ids if pk not in documents]
    actions += [{"_op_type": "delete", "_index": index, "_id": pk} for pk in gone]
    if not actions:
        return 0, 0
    try:
        _, errors = bulk(client, actions, refresh="wait_for", raise_on_error=False)
    except (ApiError, TransportError) as error:
        raise EngineUnavailable(str(error)) from error
    real_errors = [e for e in errors if e.get("delete", {}).get("status") != 404]
    if real_errors:
        raise EngineUnavailable(f"{len(real_errors)} index writes failed: {real_errors[0]}")
    return len(documents), len(gone)


def visible_page_ids() -> list[int]:
    return list(visible_pages().order_by("pk").values_list("pk", flat=True))


def batches(ids: list[int], size: int = BATCH) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


@dataclass
class RebuildReport:
    index: str
    indexed: int
    seconds: float
    removed_indices: list[str] = field(default_factory=list)


def rebuild(progress: Callable[[int], None] | None = None, client=None) -> RebuildReport:
    """Index every visible page into a new index, then point the alias at it atomically."""
    client = (client or get_client()).options(request_timeout=BULK_TIMEOUT)
    alias = conf.index_alias()
    started = time.monotonic()
    name = f"{alias}-{timezone.now():%Y%m%d%H%M%S%f}"
    try:
        new_index(name).create(using=client)
        indexed = 0
        for batch in batches(visible_page_ids()):
            documents = build_documents(batch)
            actions = [
                doc.to_dict(include_meta=True) | {"_index": name} for doc in documents.values()
            ]
            bulk(client, actions, refresh=False)
            indexed += len(documents)
            if progress:
                progress(len(batch))
        client.indices.refresh(index=name)
        old = swap_alias(client, alias, name)
    except (ApiError, TransportError) as error:
        raise EngineUnavailable(str(error)) from error
    return RebuildReport(name, indexed, time.monotonic() - started, old)


def swap_alias(client, alias: str, name: str) -> list[str]:
    """Point `alias` at index `name` in one request; delete the indices it pointed at."""
    try:
        old = list(client.indices.get_alias(name=alias).body)
    except NotFoundError:
        old = []
    if client.indices.exists(index=alias) and alias not in old and not old:
        client.indices.delete(index=alias)  # a plain index squatting the alias's name
    actions = [{"remove": {"index": index, "alias": alias}} for index in old]
    actions.append({"add": {"index": name, "alias": alias}})
    client.indices.update_aliases(actions=actions)
    for index in old:
        if index != name:
            client.indices.delete(index=index)
    return [index for index in old if index != name]


@dataclass
class Drift:
    missing: list[int]  # visible pages the index lacks
    stale: list[int]  # indexed from an older revision
    extra: list[int]  # in the index but not visible: must never be served
    indexed: int
    visible: int

    @property
    def clean(self) -> bool:
        return not (self.missing or self.stale or self.extra)


def indexed_revisions(client, index: str) -> dict[int, int | None]:
    revisions: dict[int, int | None] = {}
    search_after = None
    while True:
        body = {
            "size": 1000,
            "sort": [{"page_id": "asc"}],
            "_source": ["live_revision"],
            "query": {"match_all": {}},
        }
        if search_after:
            body["search_after"] = search_after
        hits = client.search(index=index, **body).body["hits"]["hits"]
        for hit in hits:
            revisions[int(hit["_id"])] = hit["_source"].get("live_revision")
        if len(hits) < 1000:
            return revisions
        search_after = hits[-1]["sort"]


def drift(client=None) -> Drift:
    client = client or get_client()
    try:
        indexed = indexed_revisions(client, conf.index_alias())
    except (ApiError, TransportError) as error:
        raise EngineUnavailable(str(error)) from error
    live = dict(visible_pages().values_list("pk", "live_revision_id"))
    return Drift(
        missing=sorted(set(live) - set(indexed)),
        stale=sorted(pk for pk in set(live) & set(indexed) if live[pk] != indexed[pk]),
        extra=sorted(set(indexed) - set(live)),
        indexed=len(indexed),
        visible=len(live),
    )
