"""Demo forums (`demo/forums.json`): a public board per theme, one premoderated, one for
members only, with talk.

Members are demo accounts with member profiles (city, or the alliance itself when the city is
not in the demo), one of them a moderator. They sign in over the API with their user name and
DEMO_MEMBER_PASSWORD (set once, on accounts without a usable password). Topics and posts are
matched by title and text, so a second run updates nothing and duplicates nothing.
"""

from __future__ import annotations

import os
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from cities.models import CityProfilePage
from cms.demo_utils import demo_data, upsert_index, upsert_page
from cms.models import Organisation, Theme
from members.models import Member

from .models import ForumIndexPage, ForumPage, Post, Topic


def load(home) -> str:
    data = demo_data("forums")
    index = upsert_index(home, ForumIndexPage, data["index"])
    forums = {
        slug: upsert_page(
            index,
            ForumPage,
            slug,
            title=forum["title"],
            summary=forum["summary"],
            theme=Theme.objects.filter(slug=forum["theme"]).first(),
            members_only=forum["members_only"],
            premoderated=forum["premoderated"],
            show_in_menus=True,
        )
        for slug, forum in data["forums"].items()
    }
    members = upsert_members(data["members"], data["fallback_organisation"])
    posts = 0
    now = timezone.now()
    for item in data["topics"]:
        thread = item["posts"]
        started = now - timedelta(hours=item["hours_ago"] + 24 * len(thread))
        topic, _ = Topic.objects.get_or_create(
            forum=forums[item["forum"]],
            title=item["title"],
            defaults={
                "author": members[thread[0]["author"]],
                "status": item["status"],
                "is_pinned": item["pinned"],
            },
        )
        for position, entry in enumerate(thread):
            post, _ = Post.objects.get_or_create(
                topic=topic,
                author=members[entry["author"]],
                body=f"<p>{entry['text']}</p>",
                defaults={"status": entry["status"]},
            )
            Post.objects.filter(pk=post.pk).update(created_at=started + timedelta(days=position))
            posts += 1
        Topic.objects.filter(pk=topic.pk).update(
            created_at=started, last_activity_at=now - timedelta(hours=item["hours_ago"])
        )
    members_only = sum(1 for forum in data["forums"].values() if forum["members_only"])
    return (
        f"{len(forums)} forums ({members_only} members-only), {len(data['topics'])} topics, "
        f"{posts} posts, {len(members)} members (API sign-in: aminata.sow, a moderator, or "
        "joao.pereira with DEMO_MEMBER_PASSWORD)"
    )


def upsert_members(records: dict, fallback_organisation: str) -> dict:
    """Demo accounts with member profiles; the organisation is for members without a city."""
    User = get_user_model()
    password = os.environ.get("DEMO_MEMBER_PASSWORD", "alliance-member")
    alliance = Organisation.objects.filter(acronym=fallback_organisation).order_by("pk").first()
    members = {}
    for username, record in records.items():
        user, _ = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": record["first_name"],
                "last_name": record["last_name"],
                "email": f"{username}@members.alliance.example",
            },
        )
        if not user.password or not user.has_usable_password():
            user.set_password(password)
            user.save(update_fields=["password"])
        city = CityProfilePage.objects.filter(city_name=record["city"]).order_by("pk").first()
        Member.objects.update_or_create(
            user=user,
            defaults={
                "city": city,
                "organisation": None if city else alliance,
                "role": record["role"],
            },
        )
        members[username] = user
    return members
