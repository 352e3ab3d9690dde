"""Wagtail's index updates (its search index and its reference index): at once after each save,
or once per object when a batch of bulk work ends (cms.tasks), with the same indexes after."""

import pytest
from django.db import transaction
from django_tasks.signals import task_finished
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backend

from cms.tasks import batched_tasks
from home.models import ContentPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def finished():
    """The (task, arguments) of each task run, in order."""
    runs = []

    def record(sender, task_result, **kwargs):
        assert not task_result.errors, task_result.errors[0].traceback
        runs.append((task_result.task.name, tuple(task_result.args)))

    task_finished.connect(record)
    yield runs
    task_finished.disconnect(record)


def found(words: str) -> list[str]:
    return [page.title for page in get_search_backend().search(words, Page.objects.live())]


def build(home, contact) -> ContentPage:
    """An editor's new page, with a link to another page in its body, saved then published."""
    page = ContentPage(
        title="Upgrading informal settlements in Kisumu",
        slug="kisumu",
        body=[("call_to_action", {"text": "Write to us", "page": contact})],
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def contact(home):
    page = ContentPage(title="Contact", slug="contact")
    home.add_child(instance=page)
    return page


def test_outside_a_batch_each_save_updates_the_indexes_at_once(home, contact, finished):
    page = ContentPage(title="Kisumu settlement upgrading", slug="kisumu")
    home.add_child(instance=page)
    assert found("Kisumu") == ["Kisumu settlement upgrading"]
    runs = len(finished)
    page.save_revision().publish()
    assert len(finished) > runs  # the publish's saves indexed it again, at once


def test_a_batch_indexes_each_object_once_when_it_ends(home, contact, finished):
    with batched_tasks():
        page = build(home, contact)
        assert finished == []  # nothing ran yet
        with batched_tasks():  # a nested batch joins the outer one
            page.save_revision().publish()
        assert finished == []
    assert len(finished) == len(set(finished))  # each (task, object) once
    page_runs = [run for run in finished if run[1][-1] == str(page.pk)]
    assert {name for name, _ in page_runs} == {
        "insert_or_update_object_task",
        "update_reference_index_task",
    }
    assert found("Kisumu") == ["Upgrading informal settlements in Kisumu"]
    referenced = ReferenceIndex.get_references_to(contact).values_list("object_id", flat=True)
    assert str(page.pk) in set(referenced)


def test_a_batch_that_fails_drops_its_tasks_with_its_work(home, contact, finished):
    with pytest.raises(RuntimeError), transaction.atomic(), batched_tasks():
        build(home, contact)
        raise RuntimeError("the import failed half way")
    assert finished == []
    assert found("Kisumu") == []
    assert not ContentPage.objects.filter(slug="kisumu").exists()


def test_a_batch_skips_the_updates_of_what_it_deleted(home, contact, finished):
    """The demo's loaders replace what they made earlier in their batch (a product's
    attachments, for one): the updates asked for by its first saves have nothing to read."""
    with batched_tasks():
        page = build(home, contact)
        kept = build(contact, contact)  # the same page, under another parent
        deleted_pk = page.pk
        page.delete()
    assert finished and all(args[-1] != str(deleted_pk) for _, args in finished)
    assert found("Kisumu") == ["Upgrading informal settlements in Kisumu"]
    referenced = ReferenceIndex.get_references_to(contact).values_list("object_id", flat=True)
    assert set(referenced) == {str(kept.pk)}
