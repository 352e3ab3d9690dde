"""Moderation: what is waiting for a moderator, and the one way to publish or hide items."""

from __future__ import annotations

from collections.abc import Iterable

from .models import ModerationStatus, Post, Topic


def set_status(items: Iterable[Topic | Post], status: str) -> int:
    """Give every item `status` (one UPDATE per model); returns how many items changed."""
    changed = 0
    by_model: dict[type, list[int]] = {}
    for item in items:
        by_model.setdefault(type(item), []).append(item.pk)
    for model, pks in by_model.items():
        changed += model.objects.filter(pk__in=pks).exclude(status=status).update(status=status)
    return changed


def pending_counts() -> dict[str, int]:
    """Topics and posts waiting for a moderator (two COUNT queries)."""
    return {
        "topics": Topic.objects.filter(status=ModerationStatus.PENDING).count(),
        "posts": Post.objects.filter(status=ModerationStatus.PENDING).count(),
    }
