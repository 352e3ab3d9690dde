"""Demo forums: a public board per theme, one premoderated, one for members only, with talk.

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
from wagtail.rich_text import RichText

from cities.models import CityProfilePage
from cms.demo_utils import upsert_page
from cms.models import Organisation, Theme
from members.models import Member

from .models import ForumIndexPage, ForumPage, ModerationStatus, Post, Topic

PUBLISHED, PENDING, HIDDEN = (
    ModerationStatus.PUBLISHED,
    ModerationStatus.PENDING,
    ModerationStatus.HIDDEN,
)

# username: (first name, last name, city, role)
MEMBERS = {
    "aminata.sow": ("Aminata", "Sow", "Dakar", Member.Role.MODERATOR),
    "joao.pereira": ("João", "Pereira", "Recife", Member.Role.MEMBER),
    "priya.raman": ("Priya", "Raman", "Pune", Member.Role.MEMBER),
    "tomas.novak": ("Tomáš", "Novák", "Brno", Member.Role.MEMBER),
    "leila.mansour": ("Leila", "Mansour", "Beirut", Member.Role.MEMBER),
    "grace.achieng": ("Grace", "Achieng", "Nairobi", Member.Role.MEMBER),
}
# The organisation of members whose city is not among the demo cities.
FALLBACK_ORGANISATION = "WACAP"

# slug: (title, theme slug, members only, premoderated, summary)
FORUMS = {
    "housing": (
        "Housing and informal settlements",
        "housing",
        False,
        False,
        "Upgrading informal neighbourhoods, tenure, rents and affordable building.",
    ),
    "water": (
        "Water and sanitation",
        "water-sanitation",
        False,
        True,
        "Water kiosks, tariffs, shared toilets and drainage. Posts are checked before they appear.",
    ),
    "exchanges": (
        "City-to-city exchanges",
        "city-to-city-cooperation",
        False,
        False,
        "Find a partner city, plan a study visit and report on what you learnt.",
    ),
    "mayors": (
        "Mayors and focal points",
        "local-governance",
        True,
        False,
        "A closed room for member cities' mayors and focal points to prepare forums.",
    ),
}

# (forum slug, topic title, status, pinned, hours since last activity, [(author, status, text)])
TOPICS = [
    (
        "housing",
        "How to use this forum",
        PUBLISHED,
        True,
        400,
        [
            (
                "aminata.sow",
                PUBLISHED,
                "Welcome! Please start one topic per question, say which city you are "
                "writing from, and share documents rather than long pastes.",
            )
        ],
    ),
    (
        "housing",
        "Upgrading without evictions: what worked for you?",
        PUBLISHED,
        False,
        20,
        [
            (
                "joao.pereira",
                PUBLISHED,
                "We are upgrading three hillside settlements and want residents to stay. "
                "Which cities phased the works so that families never had to leave?",
            ),
            (
                "priya.raman",
                PUBLISHED,
                "We moved households inside the same block while their homes were rebuilt, "
                "and the community savings group kept the list. It took longer but nobody "
                "was pushed out of the area.",
            ),
            (
                "grace.achieng",
                PUBLISHED,
                "Secure tenure came first for us: once families held a certificate they "
                "invested in their own homes alongside the city's works.",
            ),
        ],
    ),
    (
        "housing",
        "Rent support for young families",
        PUBLISHED,
        False,
        72,
        [
            (
                "tomas.novak",
                PUBLISHED,
                "Has anyone evaluated a municipal rent allowance for young families? We are "
                "choosing between an allowance and building more social flats.",
            ),
            ("leila.mansour", HIDDEN, "Cheap loans, click here!!!"),
        ],
    ),
    (
        "water",
        "Pricing water kiosks fairly",
        PUBLISHED,
        False,
        6,
        [
            (
                "grace.achieng",
                PUBLISHED,
                "Our kiosks charge per jerrycan, which costs the poorest more per litre than "
                "piped households. How did other cities set a fair tariff?",
            ),
            (
                "aminata.sow",
                PUBLISHED,
                "We introduced a lifeline volume at a lower price and recovered the cost on "
                "the higher bands. The utility's revenue held up.",
            ),
            (
                "leila.mansour",
                PENDING,
                "A prepaid token system helped us end disputes between kiosk operators and "
                "the utility. Happy to share the contract we used.",
            ),
        ],
    ),
    (
        "water",
        "Shared toilets in dense neighbourhoods",
        PENDING,
        False,
        2,
        [
            (
                "priya.raman",
                PENDING,
                "Who maintains shared toilet blocks in your city: the municipality, a "
                "resident committee or a private operator?",
            )
        ],
    ),
    (
        "exchanges",
        "Looking for a partner city on solid waste",
        PUBLISHED,
        False,
        30,
        [
            (
                "tomas.novak",
                PUBLISHED,
                "Our city would like to host a study visit on waste picker cooperatives. "
                "Which member city could show us theirs?",
            ),
            (
                "joao.pereira",
                PUBLISHED,
                "We work with four cooperatives and would welcome a delegation in the spring.",
            ),
        ],
    ),
    (
        "mayors",
        "Agenda of the next forum of mayors",
        PUBLISHED,
        True,
        10,
        [
            (
                "leila.mansour",
                PUBLISHED,
                "Draft agenda attached for comments from focal points before it is shared "
                "with all members.",
            ),
            (
                "aminata.sow",
                PUBLISHED,
                "Could we add a session on financing basic services with private partners?",
            ),
        ],
    ),
]


def load(home) -> str:
    index = upsert_page(
        home,
        ForumIndexPage,
        "forums",
        title="Forums",
        summary="Member cities discussing their work, theme by theme.",
        show_in_menus=True,
        intro=[
            (
                "paragraph",
                RichText(
                    "<p>Ask other cities how they tackled a problem, share what you learnt "
                    "and find partners for exchanges.</p>"
                ),
            )
        ],
    )
    forums = {
        slug: upsert_page(
            index,
            ForumPage,
            slug,
            title=title,
            summary=summary,
            theme=Theme.objects.filter(slug=theme).first(),
            members_only=members_only,
            premoderated=premoderated,
            show_in_menus=True,
        )
        for slug, (title, theme, members_only, premoderated, summary) in FORUMS.items()
    }
    members = upsert_members()
    posts = 0
    now = timezone.now()
    for forum_slug, title, status, pinned, hours_ago, thread in TOPICS:
        started = now - timedelta(hours=hours_ago + 24 * len(thread))
        topic, _ = Topic.objects.get_or_create(
            forum=forums[forum_slug],
            title=title,
            defaults={"author": members[thread[0][0]], "status": status, "is_pinned": pinned},
        )
        for position, (username, post_status, text) in enumerate(thread):
            post, _ = Post.objects.get_or_create(
                topic=topic,
                author=members[username],
                body=f"<p>{text}</p>",
                defaults={"status": post_status},
            )
            Post.objects.filter(pk=post.pk).update(created_at=started + timedelta(days=position))
            posts += 1
        Topic.objects.filter(pk=topic.pk).update(
            created_at=started, last_activity_at=now - timedelta(hours=hours_ago)
        )
    return (
        f"{len(forums)} forums (1 members-only), {len(TOPICS)} topics, {posts} posts, "
        f"{len(members)} members (API sign-in: aminata.sow, a moderator, or joao.pereira "
        "with DEMO_MEMBER_PASSWORD)"
    )


def upsert_members() -> dict:
    User = get_user_model()
    password = os.environ.get("DEMO_MEMBER_PASSWORD", "alliance-member")
    alliance = Organisation.objects.filter(acronym=FALLBACK_ORGANISATION).order_by("pk").first()
    members = {}
    for username, (first_name, last_name, city_name, role) in MEMBERS.items():
        user, _ = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@members.alliance.example",
            },
        )
        if not user.password or not user.has_usable_password():
            user.set_password(password)
            user.save(update_fields=["password"])
        city = CityProfilePage.objects.filter(city_name=city_name).order_by("pk").first()
        Member.objects.update_or_create(
            user=user,
            defaults={"city": city, "organisation": None if city else alliance, "role": role},
        )
        members[username] = user
    return members
