"""Editors manage endpoints in the admin; addresses the operator has not allowed are refused."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from webhooks.models import WebhookEndpoint

ADD_URL = "/admin/webhooks/endpoints/new/"


def form_data(url: str, **extra) -> dict:
    return {
        "name": "Main site",
        "url": url,
        "secret": "a-long-shared-secret",
        "events": ["page.published", "page.unpublished"],
        "is_active": "on",
        **extra,
    }


@pytest.mark.django_db
def test_an_endpoint_is_created_with_its_events_and_locales(admin_client):
    from wagtail.models import Locale

    french = Locale.objects.get(language_code="fr")
    response = admin_client.post(
        ADD_URL, form_data("https://site.example.org/api/revalidate", locales=[french.pk])
    )

    assert response.status_code == 302
    hook = WebhookEndpoint.objects.get()
    assert hook.events == ["page.published", "page.unpublished"]
    assert list(hook.locales.all()) == [french]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("not an address", "Enter a valid URL."),
        ("javascript:alert(1)", "Enter a valid URL."),
        ("ftp://files.example.org/hook", "Only http:// and https:// addresses"),
        ("http://localhost:3000/hook", "localhost is a local or private network address"),
        ("http://10.1.2.3/hook", "10.1.2.3 is a local or private network address"),
        ("http://169.254.169.254/latest/meta-data", "169.254.169.254 is a local or private"),
        ("http://[::1]/hook", "::1 is a local or private network address"),
        ("http://build.internal/hook", "build.internal is a local or private"),
    ],
)
def test_bad_or_private_addresses_are_form_errors(admin_client, settings, url, error):
    settings.WEBHOOK_ALLOWED_HOSTS = ["*"]
    response = admin_client.post(ADD_URL, form_data(url))

    assert response.status_code == 200
    assert error in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.django_db
def test_the_operator_can_restrict_endpoints_to_listed_hosts(admin_client, settings):
    settings.WEBHOOK_ALLOWED_HOSTS = [".example.org", "10.0.0.7"]

    refused = admin_client.post(ADD_URL, form_data("https://elsewhere.example.com/hook"))
    assert "elsewhere.example.com is not among the hosts the operator allows" in (
        refused.content.decode()
    )
    for allowed in ("https://site.example.org/hook", "http://10.0.0.7:8080/hook"):
        assert admin_client.post(ADD_URL, form_data(allowed)).status_code == 302
    assert WebhookEndpoint.objects.count() == 2


@pytest.mark.django_db
def test_an_event_must_be_chosen(admin_client):
    response = admin_client.post(ADD_URL, form_data("https://site.example.org/", events=[]))

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()


@pytest.mark.django_db
def test_endpoints_need_the_webhook_permission(client):
    editors = Group.objects.create(name="Web editors")
    editors.permissions.add(Permission.objects.get(codename="access_admin"))
    user = get_user_model().objects.create_user("editor", "e@example.org", "pw")
    user.groups.add(editors)
    client.force_login(user)

    assert client.get("/admin/webhooks/endpoints/").status_code in (302, 403)
    assert client.post(ADD_URL, form_data("https://site.example.org/")).status_code in (302, 403)
    assert not WebhookEndpoint.objects.exists()

    editors.permissions.add(*Permission.objects.filter(content_type__app_label="webhooks"))
    assert client.get("/admin/webhooks/endpoints/").status_code == 200
    assert client.post(ADD_URL, form_data("https://site.example.org/")).status_code == 302
