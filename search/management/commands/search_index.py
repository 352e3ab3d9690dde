"""`search_index rebuild | check | sync`: run the Elasticsearch index by hand.

rebuild  fill a new index with every visible page (progress bar), swap the alias to it
         atomically and drop the old index: searches keep working throughout.
check    compare the database with the index: visible pages missing from it, indexed from an
         older revision, and indexed pages that are no longer visible. Exits non-zero on drift;
         --fix queues the drifted pages for an update.
sync     apply pending updates now (what the worker does), e.g. after an outage.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import conf
from search.backends.base import EngineUnavailable
from search.indexing import drift, rebuild, visible_page_ids
from search.models import PendingIndexUpdate
from search.signals import request_sync
from search.tasks import sync_pending_updates


class Command(BaseCommand):
    help = "Rebuild the search index with zero downtime, check it for drift, or sync it."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "check", "sync"])
        parser.add_argument("--fix", action="store_true", help="check: queue drifted pages")

    def handle(self, action, fix=False, **options):
        if not conf.elasticsearch_url():
            self.stdout.write(
                "ELASTICSEARCH_URL is not set: search uses the database, which Wagtail keeps "
                "indexed (manage.py update_index rebuilds it)."
            )
            return
        # Not methods named after the actions: a `check` method would replace Django's system
        # checks, which every command runs first, so `rebuild` on a fresh cluster ran the drift
        # check against an index that did not exist yet and failed.
        run = {"rebuild": self.rebuild_index, "check": self.check_drift, "sync": self.sync_now}
        try:
            run[action](fix=fix)
        except EngineUnavailable as error:
            raise CommandError(f"The search server could not be used: {error}") from error

    def rebuild_index(self, **kwargs):
        total = len(visible_page_ids())
        with tqdm(total=total, desc="Indexing pages", unit="page", disable=None) as bar:
            report = rebuild(progress=bar.update)
        rate = report.indexed / report.seconds if report.seconds else 0
        self.stdout.write(
            f"Indexed {report.indexed} of {total} visible pages into {report.index} "
            f"in {report.seconds:.1f} s ({rate:.0f} pages/s); alias {conf.index_alias()} "
            f"now points to it; removed {len(report.removed_indices)} old index(es)."
        )
        synced = sync_pending_updates.call()
        if synced:
            self.stdout.write(f"Applied {synced} updates made during the rebuild.")

    def check_drift(self, fix=False, **kwargs):
        found = drift()
        pending = PendingIndexUpdate.objects.count()
        self.stdout.write(
            f"Visible pages: {found.visible}. Indexed: {found.indexed}. Pending updates: {pending}."
        )
        for label, ids in [
            ("missing from the index", found.missing),
            ("indexed from an older revision", found.stale),
            ("indexed but not visible", found.extra),
        ]:
            shown = ", ".join(str(pk) for pk in ids[:20]) + (" ..." if len(ids) > 20 else "")
            self.stdout.write(f"  {len(ids)} {label}" + (f": {shown}" if ids else ""))
        if found.clean:
            self.stdout.write("No drift.")
            return
        if fix:
            request_sync(found.missing + found.stale + found.extra)
            self.stdout.write("Queued the drifted pages for an update.")
            return
        raise CommandError("The index has drifted from the database (run with --fix).")

    def sync_now(self, **kwargs):
        synced = sync_pending_updates.call()
        left = PendingIndexUpdate.objects.count()
        self.stdout.write(f"Synced {synced} pages; {left} still pending.")
        if left:
            raise CommandError("Some updates could not be applied; see last_error.")
