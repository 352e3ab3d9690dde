"""Citations in the formats reference managers import (Zotero, EndNote, Mendeley, BibLaTeX).

Pure functions over plain data (`Work`): the rules a reference manager depends on (escaping,
name order, entry types, keys) are tested without a database, and the same code formats one
product's `citation` and a whole search export. Text stays UTF-8 (BibLaTeX, Zotero and EndNote
read it); only characters with a meaning to (Bib)TeX are escaped.
"""

from __future__ import annotations

import datetime
import enum
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from django.utils.text import slugify


class CitationFormat(enum.Enum):
    """Formats a citation can be given in."""

    BIBTEX = "bibtex"
    RIS = "ris"
    CSL_JSON = "csl_json"


WEB_PAGE = "webpage"


@dataclass(frozen=True)
class EntryType:
    bibtex: str
    ris: str
    csl: str
    note: str = ""  # BibTeX `howpublished` where the entry type alone does not say what it is


# By product type (knowledge.KnowledgeProductPage.ProductType), plus web pages.
ENTRY_TYPES = {
    "report": EntryType("techreport", "RPRT", "report"),
    "policy_brief": EntryType("techreport", "RPRT", "report"),
    "case_study": EntryType("techreport", "RPRT", "report"),
    "toolkit": EntryType("manual", "GEN", "document"),
    "guide": EntryType("manual", "GEN", "document"),
    "dataset": EntryType("misc", "DATA", "dataset", note="Dataset"),
    "proceedings": EntryType("proceedings", "CONF", "paper-conference"),
    WEB_PAGE: EntryType("online", "ELEC", "webpage"),
}
OTHER = EntryType("misc", "GEN", "document")

# Where BibTeX puts the publishing body, by entry type (the standard styles read these).
BIBTEX_PUBLISHER_FIELD = {
    "techreport": "institution",
    "manual": "organization",
    "online": "organization",
}


@dataclass(frozen=True)
class Name:
    """A person's name split as reference managers want it, or an organisation's (`literal`)."""

    family: str = ""
    given: str = ""
    literal: str = ""


@dataclass(frozen=True)
class Work:
    """What a citation says about a publication or a web page."""

    title: str
    kind: str  # a product type, or WEB_PAGE
    url: str
    accessed: datetime.date
    authors: tuple[str, ...] = ()
    publisher: str = ""
    date: datetime.date | None = None
    isbn: str = ""
    doi: str = ""
    language: str = ""

    @cached_property
    def names(self) -> tuple[Name, ...]:
        return tuple(parse_name(name) for name in self.authors)

    @property
    def entry_type(self) -> EntryType:
        return ENTRY_TYPES.get(self.kind, OTHER)


# Lower-case words that start a family name ("Ludwig van Beethoven" -> "van Beethoven").
PARTICLES = {"van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du"}
PARTICLES |= {"la", "le", "ter", "ten", "bin", "ibn", "al", "el"}
# A word that no person's name has but an organisation's often does ("Cities Alliance").
ORGANISATION_WORDS = {
    "agency", "alliance", "association", "bank", "center", "centre", "commission", "committee",
    "council", "department", "forum", "foundation", "fund", "group", "initiative", "institute",
    "ministry", "network", "office", "partnership", "programme", "program", "secretariat",
    "team", "unit", "university", "habitat", "unicef", "unesco", "undp",
}  # fmt: skip


def is_organisation(name: str) -> bool:
    """Authors are people, but editors sometimes enter a body as one ("UN-Habitat")."""
    words = re.findall(r"[^\W\d_]+|\d", name.lower())
    return " " not in name.strip() or any(w.isdigit() or w in ORGANISATION_WORDS for w in words)


def parse_name(name: str) -> Name:
    """ "Amina Diallo" -> Diallo, Amina: the last word is the family name, with any lower-case
    particle before it; "Family, Given" as typed is kept; an organisation stays whole."""
    name = " ".join(name.split())
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return Name(family=family, given=given)
    if is_organisation(name):
        return Name(literal=name)
    words = name.split(" ")
    start = len(words) - 1
    for index in range(1, start):
        if words[index] in PARTICLES:
            start = index
            break
    return Name(family=" ".join(words[start:]), given=" ".join(words[:start]))


def format_citations(works: Iterable[Work], citation_format: CitationFormat) -> str:
    """One text for all `works`: a BibTeX file, a RIS file or a CSL JSON array."""
    works = list(works)
    keyed = list(zip(works, unique_keys(works), strict=True))
    if citation_format is CitationFormat.CSL_JSON:
        items = [csl_item(work, key) for work, key in keyed]
        return json.dumps(items, ensure_ascii=False, indent=2)
    if citation_format is CitationFormat.RIS:
        return "".join(ris_record(work) for work in works)
    return "\n".join(bibtex_entry(work, key) for work, key in keyed)


# Keys ---------------------------------------------------------------------------------------

TITLE_STOP_WORDS = {"a", "an", "the", "of", "on", "le", "la", "les", "l", "un", "une", "des"}
TITLE_STOP_WORDS |= {"du", "de", "el", "los", "las", "en", "et", "y", "and", "d"}


def ascii_word(text: str) -> str:
    return slugify(text).replace("-", "")


def citation_key(work: Work) -> str:
    """diallo2021financing: ASCII, stable while author, year and title stay the same."""
    first = work.names[0] if work.names else Name(literal=work.publisher)
    who = ascii_word(first.family or first.literal.split(" ")[0]) or "anon"
    year = str(work.date.year) if work.date else "nd"
    words = [ascii_word(word) for word in re.split(r"[\s'’\-]+", work.title)]
    what = next((w for w in words if w and w not in TITLE_STOP_WORDS), "")
    return f"{who}{year}{what}"


def unique_keys(works: list[Work]) -> list[str]:
    """The keys of `works`, with a, b, c... added where two would be the same."""
    keys = [citation_key(work) for work in works]
    seen: dict[str, int] = {}
    unique = []
    for key in keys:
        count = seen[key] = seen.get(key, 0) + 1
        unique.append(key if keys.count(key) == 1 else f"{key}{suffix(count)}")
    return unique


def suffix(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


# BibTeX -------------------------------------------------------------------------------------

BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
BIBTEX_SPECIAL = re.compile("|".join(re.escape(char) for char in BIBTEX_SPECIALS))


def bibtex_escape(text: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda match: BIBTEX_SPECIALS[match.group()], " ".join(text.split()))


def bibtex_verbatim(text: str) -> str:
    """URLs and DOIs are read verbatim by BibLaTeX: only braces and backslashes could break
    the entry, and they are percent-encoded as a URL would have them."""
    return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def bibtex_name(name: Name) -> str:
    if name.literal:
        return "{" + bibtex_escape(name.literal) + "}"  # braces: one name, not first/last
    family = bibtex_escape(name.family)
    return f"{family}, {bibtex_escape(name.given)}" if name.given else family


def bibtex_entry(work: Work, key: str) -> str:
    entry_type = work.entry_type.bibtex
    fields: list[tuple[str, str]] = []
    if work.names:
        fields.append(("author", " and ".join(bibtex_name(name) for name in work.names)))
    fields.append(("title", bibtex_escape(work.title)))
    if work.publisher:
        publisher_field = BIBTEX_PUBLISHER_FIELD.get(entry_type, "publisher")
        fields.append((publisher_field, bibtex_escape(work.publisher)))
    if work.date:
        fields += [("year", str(work.date.year)), ("date", work.date.isoformat())]
    if work.entry_type.note:
        fields.append(("howpublished", work.entry_type.note))
    if work.isbn:
        fields.append(("isbn", bibtex_escape(work.isbn)))
    if work.doi:
        fields.append(("doi", bibtex_verbatim(work.doi)))
    if work.language:
        fields.append(("language", bibtex_escape(work.language)))
    fields += [("url", bibtex_verbatim(work.url)), ("urldate", work.accessed.isoformat())]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


# RIS ----------------------------------------------------------------------------------------


def ris_line(tag: str, value: str) -> str:
    return f"{tag}  - {' '.join(value.split())}\r\n"


def ris_name(name: Name) -> str:
    if name.literal:
        return name.literal  # no comma: one corporate name
    return f"{name.family}, {name.given}" if name.given else name.family


def ris_date(date: datetime.date) -> str:
    return date.strftime("%Y/%m/%d/")


def ris_record(work: Work) -> str:
    lines = [ris_line("TY", work.entry_type.ris)]
    lines += [ris_line("AU", ris_name(name)) for name in work.names]
    if work.date:
        lines += [ris_line("PY", str(work.date.year)), ris_line("DA", ris_date(work.date))]
    lines.append(ris_line("TI", work.title))
    for tag, value in (
        ("PB", work.publisher),
        ("DO", work.doi),
        ("SN", work.isbn),
        ("LA", work.language),
        ("UR", work.url),
    ):
        if value:
            lines.append(ris_line(tag, value))
    lines += [ris_line("Y2", ris_date(work.accessed)), "ER  - \r\n"]
    return "".join(lines)


# CSL JSON -----------------------------------------------------------------------------------


def csl_date(date: datetime.date) -> dict:
    return {"date-parts": [[date.year, date.month, date.day]]}


def csl_name(name: Name) -> dict:
    if name.literal:
        return {"literal": name.literal}
    return {"family": name.family, "given": name.given} if name.given else {"family": name.family}


def csl_item(work: Work, key: str) -> dict:
    item: dict = {"id": key, "type": work.entry_type.csl, "title": work.title}
    if work.names:
        item["author"] = [csl_name(name) for name in work.names]
    if work.entry_type.note:
        item["genre"] = work.entry_type.note
    optional = {
        "publisher": work.publisher,
        "ISBN": work.isbn,
        "DOI": work.doi,
        "language": work.language,
    }
    item.update({name: value for name, value in optional.items() if value})
    if work.date:
        item["issued"] = csl_date(work.date)
    item["URL"] = work.url
    item["accessed"] = csl_date(work.accessed)
    return item
