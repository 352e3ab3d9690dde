"""The default task backend: Wagtail's own tasks (its search index and reference index updates)
run at once, as with django_tasks' ImmediateBackend, except inside `batched_tasks()`.

Saving a page runs them several times for the same object: creating it, saving its revision and
publishing it each save the page, and each save asks for the page to be indexed again. Inside
`batched_tasks()` (bulk work: the demo load, the tests' page builders) a task asked for again
with the same arguments replaces the earlier request, and each runs once, when the outermost
batch ends, on what was saved last: the indexes end up as they would have after each save.
An update of an object deleted later in the batch is dropped: its deletion took it out of both
indexes at once (as after an update run at once). If the batch raises, its tasks are dropped
with the work that asked for them (the caller's transaction is rolled back;
`manage.py rebuild_references_index` and `update_index` rebuild either index from the database).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django_tasks.backends.immediate import ImmediateBackend

# The tasks that update an index from one object, named by (app_label, model_name, pk).
OBJECT_UPDATES = {
    "modelsearch.tasks.insert_or_update_object_task",
    "wagtail.tasks.update_reference_index_task",
}
# The batch in progress: its tasks by (task, arguments), in the order last asked for.
_batch: ContextVar[dict | None] = ContextVar("batched_tasks", default=None)


class BatchingImmediateBackend(ImmediateBackend):
    def _execute_task(self, task_result) -> None:
        batch = _batch.get()
        if batch is None:
            super()._execute_task(task_result)
            return
        key = (
            task_result.task.module_path,
            json.dumps([task_result.args, task_result.kwargs], sort_keys=True, default=str),
        )
        batch.pop(key, None)
        batch[key] = (self, task_result)

    def run_batched(self, task_result) -> None:
        super()._execute_task(task_result)


@contextmanager
def batched_tasks() -> Iterator[None]:
    """Run the tasks asked for inside once each, at the end (nested batches join the outer)."""
    if _batch.get() is not None:
        yield
        return
    batch: dict = {}
    token = _batch.set(batch)
    try:
        yield
    finally:
        _batch.reset(token)
    gone = deleted_objects([task_result for _, task_result in batch.values()])
    # A task that asks for more runs those at once: the batch is over.
    for backend, task_result in batch.values():
        if named_object(task_result) not in gone:
            backend.run_batched(task_result)


def named_object(task_result) -> tuple | None:
    """The (model, pk) an index update is for; None for other tasks."""
    if task_result.task.module_path not in OBJECT_UPDATES:
        return None
    app_label, model_name, pk = task_result.args
    return apps.get_model(app_label, model_name), str(pk)


def deleted_objects(task_results) -> set[tuple]:
    """Which of the objects the tasks name no longer exist (one query per model)."""
    named = defaultdict(set)
    for task_result in task_results:
        if (target := named_object(task_result)) is not None:
            named[target[0]].add(target[1])
    gone = set()
    for model, pks in named.items():
        existing = {
            str(pk) for pk in model._default_manager.filter(pk__in=pks).values_list("pk", flat=True)
        }
        gone.update((model, pk) for pk in pks - existing)
    return gone
