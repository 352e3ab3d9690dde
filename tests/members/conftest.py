from tests.members.helpers import cities, make_editor, make_member, signed_in  # noqa: F401
