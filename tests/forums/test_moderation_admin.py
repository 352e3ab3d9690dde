"""Moderators review topics and posts in the Wagtail admin, filter them and publish or hide."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from forums.models import ModerationStatus, Post, PostReport
from tests.rendered_forms import rendered_form_data

POSTS_URL = "/admin/forums/posts/"
TOPICS_URL = "/admin/forums/topics/"


@pytest.fixture
def queue(make_forum, make_topic, make_post):
    housing = make_forum("Housing")
    water = make_forum("Water", premoderated=True)
    housing_topic = make_topic(housing, "Rent caps")
    water_topic = make_topic(water, "Standpipes")
    make_topic(water, "Tariffs waiting", status=ModerationStatus.PENDING)
    return {
        "housing": housing,
        "water": water,
        "published": make_post(housing_topic, "<p>Published reply about rents</p>"),
        "pending": make_post(
            water_topic, "<p>Pending reply on kiosks</p>", status=ModerationStatus.PENDING
        ),
        "hidden": make_post(
            water_topic, "<p>Hidden reply with spam</p>", status=ModerationStatus.HIDDEN
        ),
    }


@pytest.fixture
def moderator_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("moderator", "mod@example.org", "pw")
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_post_listing_shows_the_pending_item(moderator_client, queue):
    response = moderator_client.get(POSTS_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pending reply on kiosks" in html
    assert "Published reply about rents" in html
    assert "Waiting for moderation" in html


@pytest.mark.django_db
def test_listing_costs_the_same_for_few_and_many_posts(
    moderator_client, queue, make_topic, make_post
):
    with CaptureQueriesContext(connection) as few:
        moderator_client.get(POSTS_URL)
    topic = make_topic(queue["housing"], "Busy topic")
    for i in range(15):
        make_post(topic, f"<p>Reply {i}</p>", status=ModerationStatus.PENDING)
    with CaptureQueriesContext(connection) as many:
        assert "Reply 14" in moderator_client.get(POSTS_URL).content.decode()
    assert [len(few.captured_queries), len(many.captured_queries)] == [14] * 2


@pytest.mark.django_db
def test_filters_by_status_and_forum(moderator_client, queue):
    pending = moderator_client.get(POSTS_URL, {"status": "pending"}).content.decode()
    assert "Pending reply on kiosks" in pending
    assert "Published reply about rents" not in pending
    assert "Hidden reply with spam" not in pending

    housing = moderator_client.get(POSTS_URL, {"forum": queue["housing"].pk}).content.decode()
    assert "Published reply about rents" in housing
    assert "Pending reply on kiosks" not in housing

    topics = moderator_client.get(
        TOPICS_URL, {"status": "pending", "forum": queue["water"].pk}
    ).content.decode()
    assert "Tariffs waiting" in topics
    assert "Standpipes" not in topics


@pytest.mark.django_db
def test_pending_counts_are_visible_in_menu_and_dashboard(moderator_client, queue):
    html = moderator_client.get("/admin/").content.decode()
    assert "Posts (1 pending)" in html
    assert "Topics (1 pending)" in html
    assert "1 post pending" in html
    assert "1 topic pending" in html


@pytest.mark.django_db
def test_rows_offer_publish_and_hide(moderator_client, queue):
    html = moderator_client.get(POSTS_URL).content.decode()
    publish_url = f"/admin/bulk/forums/post/publish/?id={queue['pending'].pk}"
    hide_url = f"/admin/bulk/forums/post/hide/?id={queue['published'].pk}"
    assert publish_url in html
    assert hide_url in html
    assert html.count("data-bulk-action-checkbox") >= 3  # one per row, for bulk actions
    assert 'href="/admin/bulk/forums/post/hide/"' in html  # the bulk-actions footer


@pytest.mark.django_db
def test_row_actions_return_to_the_filtered_listing(moderator_client, queue):
    html = moderator_client.get("/admin/forums/posts/results/", {"status": "pending"}).content
    assert b"next=%2Fadmin%2Fforums%2Fposts%2F%3Fstatus%3Dpending" in html


@pytest.mark.django_db
def test_publishing_in_bulk_makes_posts_readable(moderator_client, gql, queue):
    pending, hidden = queue["pending"], queue["hidden"]
    url = f"/admin/bulk/forums/post/publish/?id={pending.pk}&id={hidden.pk}"
    confirm = moderator_client.get(url)
    assert confirm.status_code == 200
    assert "Pending reply on kiosks" in confirm.content.decode()

    response = moderator_client.post(url + "&next=/admin/forums/posts/")
    assert response.status_code == 302
    assert set(Post.objects.values_list("status", flat=True)) == {ModerationStatus.PUBLISHED}
    posts = gql.data(f"{{ forumTopic(id: {pending.topic_id}) {{ postCount }} }}")["forumTopic"]
    assert posts == {"postCount": 2}


@pytest.mark.django_db
def test_hiding_removes_a_post_from_the_api(moderator_client, gql, queue):
    published = queue["published"]
    moderator_client.post(f"/admin/bulk/forums/post/hide/?id={published.pk}")
    published.refresh_from_db()
    assert published.status == ModerationStatus.HIDDEN
    topic = gql.data(f"{{ forumTopic(id: {published.topic_id}) {{ postCount }} }}")
    assert topic["forumTopic"] == {"postCount": 0}


@pytest.mark.django_db
def test_editors_without_moderation_rights_cannot_publish(client, django_user_model, queue):
    editor = django_user_model.objects.create_user("editor", password="pw", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get(POSTS_URL).status_code in (302, 403)
    client.post(f"/admin/bulk/forums/post/publish/?id={queue['pending'].pk}")
    queue["pending"].refresh_from_db()
    assert queue["pending"].status == ModerationStatus.PENDING
    assert "pending" not in client.get("/admin/").content.decode().lower()


@pytest.mark.django_db
def test_posts_and_topics_are_not_exposed_as_snippets(gql, queue):
    types = {s["__typename"] for s in gql.data("{ snippets { __typename } }")["snippets"]}
    assert not types & {"Post", "Topic"}


@pytest.mark.django_db
def test_reported_posts_are_listed_with_an_open_count(moderator_client, queue, django_user_model):
    reporter = django_user_model.objects.create_user("priya")
    PostReport.objects.create(post=queue["published"], reporter=reporter, reason="Off topic ad")
    PostReport.objects.create(post=queue["hidden"], reporter=reporter, reason="Spam, hidden")
    html = moderator_client.get("/admin/forums/reports/").content.decode()
    assert "Off topic ad" in html and "Spam, hidden" in html
    assert "Published reply about rents" in html
    assert "Reports (1 open)" in moderator_client.get("/admin/").content.decode()
    hidden_only = moderator_client.get(
        "/admin/forums/reports/", {"post_status": "hidden"}
    ).content.decode()
    assert "Spam, hidden" in hidden_only and "Off topic ad" not in hidden_only


@pytest.mark.django_db
def test_post_edit_form_shows_author_and_body_read_only(moderator_client, queue, make_post):
    post = make_post(
        queue["published"].topic,
        '<p>Rents <strong>doubled</strong> <a href="https://x.org">here</a></p>',
    )
    response = moderator_client.get(f"{POSTS_URL}edit/{post.pk}/")
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("main form")

    assert form.select('[name="author"]') == []
    assert form.select("textarea") == []
    assert form.select_one('select[name="status"]') is not None
    shown = [output.decode_contents() for output in form.select(".w-field__textoutput")]
    assert "amina@cities.example" in " ".join(shown)
    assert "<strong>doubled</strong>" in " ".join(shown)  # rendered, not escaped
    assert 'rel="nofollow ugc"' in " ".join(shown)  # through the sanitiser


@pytest.mark.django_db
def test_a_moderator_changes_the_status_but_not_the_author_or_body(
    moderator_client, queue, django_user_model
):
    post = queue["pending"]
    impostor = django_user_model.objects.create_user("impostor")
    url = f"{POSTS_URL}edit/{post.pk}/"
    data = rendered_form_data(moderator_client.get(url).content)
    data.update(
        status=[ModerationStatus.PUBLISHED], author=[impostor.pk], body=["<p>Rewritten</p>"]
    )

    response = moderator_client.post(url, data)

    assert response.status_code == 302
    post.refresh_from_db()
    assert post.status == ModerationStatus.PUBLISHED
    assert post.author.username == "amina@cities.example"
    assert post.body == "<p>Pending reply on kiosks</p>"


@pytest.mark.django_db
def test_a_topic_author_cannot_be_changed(moderator_client, queue, django_user_model):
    topic = queue["published"].topic
    impostor = django_user_model.objects.create_user("impostor")
    url = f"{TOPICS_URL}edit/{topic.pk}/"
    data = rendered_form_data(moderator_client.get(url).content)
    assert "author" not in data
    data.update(author=[impostor.pk], is_pinned=["on"])

    assert moderator_client.post(url, data).status_code == 302
    topic.refresh_from_db()
    assert topic.is_pinned
    assert topic.author.username == "amina@cities.example"


@pytest.mark.django_db
def test_posts_and_topics_are_not_written_in_the_admin(moderator_client, queue):
    for listing in (POSTS_URL, TOPICS_URL):
        assert f'href="{listing}new/"' not in moderator_client.get(listing).content.decode()
        assert moderator_client.get(f"{listing}new/").status_code in (302, 403)
    assert not Post.objects.filter(author=None).exists()
