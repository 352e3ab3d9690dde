"""Member accounts in the Wagtail admin: a listing to find members, a form to manage them."""

from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import BooleanColumn, Column, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from .forms import MemberForm
from .models import Member


class MemberIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "city", "organisation")

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "name",
                label="Name",
                url_name=self.edit_url_name,
                sort_key="user__last_name",
            ),
            Column("email", label="E-mail", accessor="user.email", sort_key="user__email"),
            Column("city", label="City", sort_key="city__title"),
            Column("organisation", label="Organisation"),
            Column("role", label="Role", accessor="get_role_display", sort_key="role"),
            BooleanColumn("is_active", label="May sign in", accessor="user.is_active"),
        ]


class MemberViewSet(ModelViewSet):
    model = Member
    icon = "user"
    menu_label = "Members"
    menu_order = 250
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    url_prefix = "members"
    url_namespace = "members"
    index_view_class = MemberIndexView
    list_filter = ["role"]
    search_fields = ["user__first_name", "user__last_name", "user__email", "city__title"]
    ordering = ["user__last_name", "user__first_name"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("first_name"), FieldPanel("last_name")]),
                    FieldPanel("email"),
                    FieldRowPanel([FieldPanel("is_active"), FieldPanel("send_password_link")]),
                ],
                "Login",
            ),
            MultiFieldPanel(
                [FieldPanel("city"), FieldPanel("organisation"), FieldPanel("role")],
                "Membership",
            ),
        ],
        base_form_class=MemberForm,
    )
