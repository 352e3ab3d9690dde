from django.db import migrations

REGIONS = [
    ("africa", "Africa"),
    ("arab-states", "Arab States"),
    ("asia-pacific", "Asia and the Pacific"),
    ("europe", "Europe and Central Asia"),
    ("latin-america-caribbean", "Latin America and the Caribbean"),
    ("north-america", "North America"),
]


def create_regions(apps, schema_editor):
    Region = apps.get_model("cms", "Region")
    for slug, name in REGIONS:
        Region.objects.get_or_create(slug=slug, defaults={"name": name})


class Migration(migrations.Migration):
    dependencies = [("cms", "0001_initial")]

    operations = [migrations.RunPython(create_regions, migrations.RunPython.noop)]
