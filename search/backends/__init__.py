"""Search engines behind one interface; `get_engine()` picks the configured one."""

from .base import EngineUnavailable, SearchEngine, get_engine

__all__ = ["EngineUnavailable", "SearchEngine", "get_engine"]
