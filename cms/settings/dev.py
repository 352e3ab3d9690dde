"""Laptop settings: SQLite, console e-mail, debug on."""

from .base import *  # noqa: F403
