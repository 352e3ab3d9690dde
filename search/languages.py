"""Which analyzer reads text in which language.

Languages are keyed by their primary subtag ("zh-hans" -> "zh"). Each configured language gets
its own group of index fields analysed by its analyzer; any other language lands in the
"std" group (standard analyzer), so adding a content language never breaks indexing.
"""

from __future__ import annotations

from . import conf

FALLBACK = "std"


def primary(code: str | None) -> str:
    return (code or "").split("-")[0].split("_")[0].lower()


def analyzed_languages() -> list[str]:
    """Field-group suffixes present in the index: each configured language, then the fallback."""
    return [*conf.language_analyzers(), FALLBACK]


def group_for(code: str | None) -> str:
    """The field group that holds text written in language `code`."""
    language = primary(code)
    return language if language in conf.language_analyzers() else FALLBACK


def analyzer_for(group: str) -> str:
    return conf.language_analyzers().get(group, "standard")
