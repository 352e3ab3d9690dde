from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Alliance CMS"

    def ready(self):
        from . import (
            checks,  # noqa: F401  (registers the system checks)
            translation_sync,
        )
        from .localization import ensure_locales

        post_migrate.connect(ensure_locales, sender=self)
        translation_sync.connect()
