"""Wagtail admin for webhooks: endpoints (with their paused state and a Resume action) and the
delivery log (status, response code, attempts, the body sent, and a Redeliver action).

Managing endpoints needs the webhooks endpoint permissions (Settings > Groups); the log is
read-only, and redelivering or resuming needs the permission to change endpoints.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy

from . import recording
from .forms import WebhookEndpointForm
from .models import WebhookDelivery, WebhookEndpoint

CHANGE_ENDPOINTS = "webhooks.change_webhookendpoint"


class EndpointIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.paused_at:
            url = reverse("webhooks_admin:resume", args=[instance.pk])
            buttons.append(MenuItem("Resume", url, icon_name="resubmit", priority=5))
        return buttons


class EndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Endpoints"
    url_namespace = "webhook_endpoints"
    url_prefix = "webhooks/endpoints"
    index_view_class = EndpointIndexView
    copy_view_enabled = False
    list_display = ["name", "url", "status", "created_at"]
    search_fields = ["name", "url"]
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldPanel("url"),
            FieldPanel("secret"),
            FieldPanel("events"),
            FieldPanel("locales", widget=forms.CheckboxSelectMultiple),
            FieldPanel("content_types", widget=forms.CheckboxSelectMultiple),
            FieldPanel("is_active"),
        ],
        base_form_class=WebhookEndpointForm,
    )


class ReadOnlyPolicy(ModelPermissionPolicy):
    """The log records what happened: nobody adds or edits an entry (deleting prunes it)."""

    def user_has_permission(self, user, action):
        return action not in ("add", "change") and super().user_has_permission(user, action)


class DeliveryIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("endpoint")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        url = reverse("webhooks_admin:redeliver", args=[instance.pk])
        buttons.append(MenuItem("Redeliver", url, icon_name="resubmit", priority=5))
        return buttons


class DeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "list-ul"
    menu_label = "Delivery log"
    url_namespace = "webhook_deliveries"
    url_prefix = "webhooks/deliveries"
    index_view_class = DeliveryIndexView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "event",
        "endpoint",
        "object_id",
        "status",
        "response_code",
        "attempts",
        "created_at",
    ]
    list_filter = ["status", "event", "endpoint"]
    form_fields = ["status"]


class WebhooksGroup(ModelViewSetGroup):
    menu_label = "Webhooks"
    menu_icon = "link-external"
    menu_order = 800
    items = (EndpointViewSet, DeliveryViewSet)


def confirm(request, title: str, message: str, action: str, back: str):
    return TemplateResponse(
        request,
        "webhooks/confirm.html",
        {"title": title, "message": message, "action": action, "back": back},
    )


def redeliver_view(request, pk: int):
    if not request.user.has_perm(CHANGE_ENDPOINTS):
        raise PermissionDenied
    delivery = get_object_or_404(WebhookDelivery.objects.select_related("endpoint"), pk=pk)
    back = reverse("webhook_deliveries:index")
    if request.method == "POST":
        again = recording.redeliver(delivery)
        messages.success(request, f"Delivery queued again ({again.get_status_display()}).")
        return redirect(back)
    return confirm(
        request,
        "Redeliver",
        f"Send “{delivery}” again, with the same body and a fresh signature?",
        "Redeliver",
        back,
    )


def resume_view(request, pk: int):
    if not request.user.has_perm(CHANGE_ENDPOINTS):
        raise PermissionDenied
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    back = reverse("webhook_endpoints:index")
    if request.method == "POST":
        sent = recording.resume(endpoint)
        messages.success(request, f"{endpoint} resumed; {sent} held deliveries are being sent.")
        return redirect(back)
    return confirm(
        request,
        "Resume",
        f"{endpoint}: {endpoint.status}. Resume it and send the deliveries held meanwhile?",
        "Resume",
        back,
    )
