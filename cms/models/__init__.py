from .base_page import BasePage
from .snippets import Organisation, Person, Region, Theme

__all__ = ["BasePage", "Organisation", "Person", "Region", "Theme"]
