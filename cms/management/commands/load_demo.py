"""Load the alliance's demo site: every domain app contributes its part, in dependency order."""

from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Site

from cities.models import CityIndexPage

# Order matters: themes and people first, cities before what refers to them.
DEMO_APPS = ["cms", "home", "cities", "news", "events", "knowledge", "forums"]


class Command(BaseCommand):
    help = "Load demo content (idempotent: running it again updates rather than duplicates)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--once",
            action="store_true",
            help="Do nothing if demo content is already present (used by `make run`).",
        )

    def handle(self, *args, once=False, **options):
        if once and CityIndexPage.objects.exists():
            self.stdout.write(
                "Demo content already loaded; skipping (run without --once to refresh)."
            )
            return
        home = Site.objects.get(is_default_site=True).root_page.specific
        for app in DEMO_APPS:
            loader = import_module(f"{app}.demo")
            with transaction.atomic():
                summary = loader.load(home)
            self.stdout.write(f"{app}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
