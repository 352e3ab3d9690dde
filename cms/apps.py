from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Alliance CMS"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            content_changes,
            translation_sync,
            tree_consistency,
        )
        from .graphql.renditions import refuse_unlisted_renditions
        from .localization import ensure_locales
        from .public_urls import use_public_urls_in_grapple
        from .rich_text_editor import read_each_rich_text_with_its_own_parser

        post_migrate.connect(ensure_locales, sender=self)
        translation_sync.connect()
        tree_consistency.connect()
        content_changes.connect()
        use_public_urls_in_grapple()
        read_each_rich_text_with_its_own_parser()
        refuse_unlisted_renditions()
