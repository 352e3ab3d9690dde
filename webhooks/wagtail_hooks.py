"""Registers the webhooks admin (endpoints, delivery log), its actions and its permissions."""

from django.contrib.auth.models import Permission
from django.urls import include, path
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .admin_views import ReadOnlyPolicy, WebhooksGroup, redeliver_view, resume_view
from .models import WebhookDelivery

register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery), exact_class=True)


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return WebhooksGroup()


@hooks.register("register_admin_urls")
def register_webhook_action_urls():
    actions = [
        path("deliveries/<int:pk>/redeliver/", redeliver_view, name="redeliver"),
        path("endpoints/<int:pk>/resume/", resume_view, name="resume"),
    ]
    return [path("webhooks/actions/", include((actions, "webhooks_admin")))]


@hooks.register("register_permissions")
def register_webhook_permissions():
    return Permission.objects.filter(content_type__app_label="webhooks")
