"""One number that changes whenever published content changes.

Cached API answers are stored under the number current when they were computed, so a publish
makes every older answer unreachable at once. It lives in the database, not in the cache: with
the default per-process memory cache, a number kept there would change only in the process that
handled the publish, and the other web workers would go on serving the old answers. A shared
cache (Redis) keeps a copy; cms.generation is how the answer cache reads it.
"""

from django.db import connections, models, router, transaction
from django.db.models import F

SINGLETON_PK = 1


class ContentGeneration(models.Model):
    number = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"content generation {self.number}"

    @classmethod
    def current(cls) -> int:
        """Read on every anonymous request, cache hits included (where it is most of the work
        left): one indexed row by plain SQL, without building an ORM query each time."""
        connection = connections[router.db_for_read(cls)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT number FROM {connection.ops.quote_name(cls._meta.db_table)} WHERE id = %s",
                [SINGLETON_PK],
            )
            row = cursor.fetchone()
        return row[0] if row else 0

    @classmethod
    def advance(cls) -> None:
        """One UPDATE inside the writer's transaction: readers see the new number exactly when
        they can see the new content. A shared cache's copy is raised after the commit
        (cms.generation)."""
        from cms import generation

        if not cls.objects.filter(pk=SINGLETON_PK).update(number=F("number") + 1):
            cls.objects.get_or_create(pk=SINGLETON_PK, defaults={"number": 1})
        transaction.on_commit(generation.after_advance, using=router.db_for_write(cls), robust=True)
