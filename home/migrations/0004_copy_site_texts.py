"""Copy each site's name, tagline, address and footer links into its default-locale SiteTexts.

Those texts become translatable (SiteTexts is a snippet with one row per locale); nothing
an editor saved is lost. Reversible: the default-locale texts are copied back.
"""

import uuid

from django.conf import settings
from django.db import migrations
from django.utils import timezone


def default_locale(Locale):
    return (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
    )


def copy_to_site_texts(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    SiteTexts = apps.get_model("home", "SiteTexts")
    FooterLink = apps.get_model("home", "FooterLink")
    Locale = apps.get_model("wagtailcore", "Locale")
    locale = default_locale(Locale)
    now = timezone.now()
    for site_settings in SiteSettings.objects.all():
        texts, _ = SiteTexts.objects.get_or_create(
            site_id=site_settings.site_id,
            locale=locale,
            defaults={
                "translation_key": uuid.uuid4(),
                "name": site_settings.name,
                "tagline": site_settings.tagline,
                "contact_address": site_settings.contact_address,
                "live": True,
                "first_published_at": now,
                "last_published_at": now,
            },
        )
        for link in FooterLink.objects.filter(settings=site_settings):
            link.texts = texts
            link.locale = locale
            link.translation_key = uuid.uuid4()
            link.save(update_fields=["texts", "locale", "translation_key"])


def copy_back(apps, schema_editor):
    SiteSettings = apps.get_model("home", "SiteSettings")
    SiteTexts = apps.get_model("home", "SiteTexts")
    FooterLink = apps.get_model("home", "FooterLink")
    Locale = apps.get_model("wagtailcore", "Locale")
    for texts in SiteTexts.objects.filter(locale=default_locale(Locale)):
        site_settings, _ = SiteSettings.objects.get_or_create(site_id=texts.site_id)
        site_settings.name = texts.name
        site_settings.tagline = texts.tagline
        site_settings.contact_address = texts.contact_address
        site_settings.save()
        FooterLink.objects.filter(texts=texts).update(settings=site_settings)
    FooterLink.objects.filter(settings__isnull=True).delete()  # links of other locales' texts


class Migration(migrations.Migration):
    dependencies = [("home", "0003_site_texts")]

    operations = [migrations.RunPython(copy_to_site_texts, copy_back)]
