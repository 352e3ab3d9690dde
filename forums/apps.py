from django.apps import AppConfig


class ForumsConfig(AppConfig):
    name = "forums"

    def ready(self):
        from . import signals  # noqa: F401  (connects the members-only restriction sync)
