"""Fixtures of the translation workflow tests."""

import pytest


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """wagtail-localize publishes a translation's revision once the transaction commits: run
    those callbacks as a real commit would (the test's own transaction never commits)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
