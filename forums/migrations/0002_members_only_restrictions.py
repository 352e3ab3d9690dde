"""Give forums already flagged members-only the view restriction that now enforces the flag."""

from django.db import migrations

MEMBERS_GROUP_NAME = "Members"


def restrict_members_only_forums(apps, schema_editor):
    ForumPage = apps.get_model("forums", "ForumPage")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    Group = apps.get_model("auth", "Group")
    forum_ids = list(ForumPage.objects.filter(members_only=True).values_list("pk", flat=True))
    if not forum_ids:
        return
    group, _ = Group.objects.get_or_create(name=MEMBERS_GROUP_NAME)
    for forum_id in forum_ids:
        if PageViewRestriction.objects.filter(
            page_id=forum_id, restriction_type="groups", groups=group
        ).exists():
            continue
        restriction = PageViewRestriction.objects.create(page_id=forum_id, restriction_type="groups")
        restriction.groups.add(group)


class Migration(migrations.Migration):
    dependencies = [
        ("forums", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(restrict_members_only_forums, migrations.RunPython.noop)]
