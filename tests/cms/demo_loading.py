"""Loading the demo in a test the way `manage.py load_demo` loads it, minus the slow parts."""

from django.test import TestCase

from cms import demo as cms_demo
from cms import demo_translations
from cms.tasks import batched_tasks
from home import demo as home_demo
from knowledge import demo as knowledge_demo
from news import demo as news_demo


@batched_tasks()  # as the command's steps
def load_demo(home) -> str:
    """The steps of `load_demo` that make and translate pages, each committed as the command
    commits it (on-commit work such as wagtail-localize's publishing runs at the end of a step).
    Returns the translations' summary."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        cms_demo.load(home)
        home_demo.load(home)
        news_demo.load(home)
        knowledge_demo.load(home, size=5)
    with TestCase.captureOnCommitCallbacks(execute=True):
        return demo_translations.load(home)
