from wagtail import hooks

from .views import MemberViewSet


@hooks.register("register_admin_viewset")
def register_member_viewset():
    return MemberViewSet()
