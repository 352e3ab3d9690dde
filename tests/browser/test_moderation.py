"""A moderator approves a pending post, hides a published one and deals with a member's report,
in the admin; readers of the API see the outcome."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

FORUM_TOPICS = "{ forums { ... on ForumPage { topics(perPage: 100) { items { id } } } } }"
TOPIC_POSTS = "query ($id: ID!) { forumTopic(id: $id) { posts(perPage: 100) { items { id } } } }"
SIGN_IN = """mutation ($login: String!, $password: String!) {
  signIn(login: $login, password: $password) { accessToken }
}"""
REPORT = """mutation ($postId: ID!, $reason: String!) {
  reportPost(postId: $postId, reason: $reason) { reported }
}"""


def public_post_ids(demo_server) -> set[str]:
    """Every post an anonymous reader of the API can see, forum by forum, topic by topic."""
    forums = demo_server.graphql(FORUM_TOPICS)["forums"]
    topics = [topic["id"] for forum in forums if forum for topic in forum["topics"]["items"]]
    return {
        post["id"]
        for topic in topics
        for post in demo_server.graphql(TOPIC_POSTS, {"id": topic})["forumTopic"]["posts"]["items"]
    }


def row(admin: Page, text: str = ""):
    return admin.locator("table.listing tbody tr", has_text=text).first


def row_post_id(admin: Page, text: str = "") -> str:
    href = row(admin, text).locator("a[href*='/edit/']").first.get_attribute("href")
    return re.search(r"/edit/(\d+)/", href).group(1)


def row_action(admin: Page, action: str, text: str = "") -> None:
    """A command of a row's "More options" menu, then its confirmation page."""
    row(admin, text).get_by_role("button", name=re.compile("More options")).click()
    row(admin, text).get_by_role("link", name=action).click()
    admin.locator("form").get_by_role("button", name=re.compile(action.split()[0], re.I)).click()


def test_approve_a_pending_post(admin, demo_server):
    admin.goto(f"{demo_server.url}/admin/forums/posts/?status=pending")
    reply = "prepaid token"  # a pending reply in a published topic of a public forum
    post_id = row_post_id(admin, reply)
    assert post_id not in public_post_ids(demo_server)
    row_action(admin, "Publish", reply)
    expect(admin.locator(".messages")).to_contain_text("1 ")
    assert admin.url.endswith("/admin/forums/posts/?status=pending")
    assert post_id in public_post_ids(demo_server)


def test_hide_a_published_post_after_reading_it(admin, demo_server):
    admin.goto(f"{demo_server.url}/admin/forums/posts/?status=published")
    post_id = row_post_id(admin)
    admin.goto(f"{demo_server.url}/admin/forums/posts/edit/{post_id}/")
    form = admin.locator("main form").first
    expect(form.locator("[name=author]")).to_have_count(0)  # read-only, not an input
    expect(form.locator("textarea[name=body]")).to_have_count(0)
    admin.select_option("select[name=status]", "hidden")
    admin.get_by_role("button", name="Save").click()
    expect(admin.locator(".messages")).to_contain_text("updated")
    assert post_id not in public_post_ids(demo_server)


def test_deal_with_a_report_by_hiding_the_post(admin, demo_server):
    post_id = sorted(public_post_ids(demo_server), key=int)[0]
    token = demo_server.graphql(SIGN_IN, {"login": "joao.pereira", "password": "alliance-member"})
    demo_server.graphql(
        REPORT,
        {"postId": post_id, "reason": "Shares a resident's phone number."},
        headers={"Authorization": f"Bearer {token['signIn']['accessToken']}"},
    )
    admin.goto(f"{demo_server.url}/admin/forums/reports/")
    report = "phone number"
    expect(row(admin, report)).to_be_visible()
    row_action(admin, "Hide the post", report)
    expect(admin.locator(".messages")).to_contain_text("1 ")
    expect(row(admin, report)).to_contain_text("Hidden")
    assert post_id not in public_post_ids(demo_server)
