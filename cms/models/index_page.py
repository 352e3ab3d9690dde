"""The index page every domain lists its pages under (news, events, cities, knowledge,
forums), and the section page: an introduction above a listing of the children.

The listing itself is the domain's (a root field, a page's `listing`); what the pages share is
the editable `intro`, so it is declared once. Each subclass says where it goes and what it
holds (`parent_page_types`, `subpage_types`).
"""

from grapple.models import GraphQLStreamfield
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from cms.blocks import BodyBlock

from .base_page import BasePage


class IndexPage(BasePage):
    intro = StreamField(BodyBlock(), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    graphql_fields = BasePage.graphql_fields + [GraphQLStreamfield("intro")]

    class Meta:
        abstract = True
