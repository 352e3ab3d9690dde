"""The admin form for a member: their login (e-mail, name, may sign in) and their profile."""

from django import forms
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.admin.forms import WagtailAdminModelForm

from .accounts import send_password_email


class MemberForm(WagtailAdminModelForm):
    """Editors never handle passwords: a new member gets an e-mail to choose their own."""

    email = forms.EmailField(help_text="Also what the member signs in with")
    first_name = forms.CharField(max_length=150)
    last_name = forms.CharField(max_length=150, required=False)
    is_active = forms.BooleanField(
        required=False, initial=True, label="May sign in", help_text="Untick to suspend"
    )
    send_password_link = forms.BooleanField(
        required=False,
        initial=True,
        label="E-mail a link to set a password",
        help_text="An invitation for a new member; a reset link for an existing one",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.instance.user if self.instance.user_id else None
        if user is not None:
            for name in ("email", "first_name", "last_name", "is_active"):
                self.initial[name] = getattr(user, name)
            self.initial["send_password_link"] = False

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        others = get_user_model().objects.filter(email__iexact=email)
        if self.instance.user_id:
            others = others.exclude(pk=self.instance.user_id)
        elif others.filter(member__isnull=True).count() == 1:
            return email  # an existing account without a profile becomes a member
        if others.exists():
            raise forms.ValidationError("Another account already uses this e-mail address.")
        return email

    def account(self):
        """The member's user: their own, an existing one with this e-mail, or a new one."""
        User = get_user_model()
        email = self.cleaned_data["email"]
        if self.instance.user_id:
            return self.instance.user
        existing = User.objects.filter(email__iexact=email, member__isnull=True).first()
        if existing is not None:
            return existing
        user = User(username=email)
        user.set_unusable_password()
        return user

    def save(self, commit=True):
        user = self.account()
        for name in ("email", "first_name", "last_name", "is_active"):
            setattr(user, name, self.cleaned_data[name])
        user.save()
        self.instance.user = user
        member = super().save(commit=commit)
        if self.cleaned_data.get("send_password_link"):
            template = "password_reset" if user.has_usable_password() else "invitation"
            transaction.on_commit(lambda: send_password_email(user, template))
        return member
