"""Write the frontend contract's SDL, or check it (`--check`) as the tests and CI do."""

from django.core.management.base import BaseCommand, CommandError

from cms import contract


class Command(BaseCommand):
    help = (
        "Write frontend-contract/schema.graphql from the live schema and list the changes since "
        "the last released SDL. --check writes nothing and fails when the file is stale or a "
        "breaking change is missing from frontend-contract/CHANGELOG.md."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--check",
            action="store_true",
            help="Fail instead of writing when schema.graphql differs from the live schema.",
        )

    def handle(self, *args, check=False, **options):
        sdl = contract.live_sdl()
        if check:
            current = contract.SCHEMA_FILE.read_text() if contract.SCHEMA_FILE.exists() else ""
            if current != sdl:
                raise CommandError(
                    f"{contract.SCHEMA_FILE} differs from the live schema: "
                    "run `python manage.py export_contract` and review the diff."
                )
        else:
            contract.SCHEMA_FILE.write_text(sdl)
            self.stdout.write(f"Wrote {contract.SCHEMA_FILE}")
        breaking, dangerous = contract.changes_since_release(sdl)
        release = contract.last_release().name
        for change in dangerous:
            self.stdout.write(f"Dangerous (since {release}): {change}")
        for change in breaking:
            self.stdout.write(f"BREAKING (since {release}): {change}")
        missing = contract.unacknowledged(breaking)
        if missing:
            raise CommandError(
                f"{len(missing)} breaking change(s) since {release} are not in "
                f"{contract.CHANGELOG.name}; add each line under 'Unreleased':\n"
                + "\n".join(f"- {change}" for change in missing)
            )
