"""The endpoint form: events as checkboxes, page types only, addresses the operator allows."""

from __future__ import annotations

from django import forms
from django.contrib.contenttypes.models import ContentType
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import get_page_models

from .addresses import url_problem
from .events import WebhookEvent


class WebhookEndpointForm(WagtailAdminModelForm):
    events = forms.MultipleChoiceField(
        choices=WebhookEvent.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="What this endpoint is told about",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "content_types" in self.fields:
            page_types = ContentType.objects.get_for_models(*get_page_models()).values()
            self.fields["content_types"].queryset = ContentType.objects.filter(
                pk__in=[content_type.pk for content_type in page_types]
            ).order_by("model")

    def clean_url(self) -> str:
        url = self.cleaned_data["url"]
        problem = url_problem(url)
        if problem:
            raise forms.ValidationError(problem)
        return url
