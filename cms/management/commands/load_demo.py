"""Load the alliance's demo site: every domain app contributes its part, in dependency order."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from wagtail.models import Site

from cms.tasks import batched_tasks

# (label, loader module). Order matters: themes and people first, cities before what refers to
# them, translations last (they translate what the others created).
DEMO_LOADERS = [
    ("cms", "cms.demo"),
    ("home", "home.demo"),
    ("cities", "cities.demo"),
    ("news", "news.demo"),
    ("events", "events.demo"),
    ("knowledge", "knowledge.demo"),
    ("forums", "forums.demo"),
    ("translations", "cms.demo_translations"),
]


class Command(BaseCommand):
    help = "Load demo content (idempotent: running it again updates rather than duplicates)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Do nothing if demo content is already present (used by `make run`).",
        )

    def handle(self, *args, once=False, **options):
        home = Site.objects.get(is_default_site=True).root_page.specific
        if once and home.get_children().exists():  # the home's sections are loaded first
            self.stdout.write(
                "Demo content already loaded; skipping (run without --once to refresh)."
            )
            return
        for label, module in DEMO_LOADERS:
            loader = import_module(module)
            with transaction.atomic(), batched_tasks():
                summary = loader.load(home)
            self.stdout.write(f"{label}: {summary}")
        if connection.vendor == "postgresql":
            # Fresh statistics: on a just-filled database PostgreSQL's planner otherwise
            # guesses one row per table and nests loops (a search took 50 s instead of 0.6 s).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
            self.stdout.write("statistics: tables analyzed")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
