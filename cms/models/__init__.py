from .base_page import BasePage
from .content_generation import ContentGeneration
from .index_page import IndexPage
from .snippets import Organisation, Person, Region, Theme

__all__ = [
    "BasePage",
    "ContentGeneration",
    "IndexPage",
    "Organisation",
    "Person",
    "Region",
    "Theme",
]
