"""Generated PDF publications: a cover and a few pages of real, extractable text.

Demo knowledge products need attachments that full-text search can read, so the text goes in
as text (not pictures of text). Output is byte-for-byte stable for the same input (reportlab's
invariant mode), which keeps the demo loader idempotent.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

BRAND = colors.HexColor("#14284b")


@dataclass
class Section:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    table: list[list[str]] | None = None  # first row is the header


@dataclass
class Publication:
    title: str
    kind: str
    publisher: str
    date: str
    authors: list[str]
    summary: str
    sections: list[Section]
    language: str = "en"


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "cover_title": ParagraphStyle(
            "CoverTitle", parent=base["Title"], fontSize=26, leading=32, textColor=BRAND
        ),
        "cover_meta": ParagraphStyle(
            "CoverMeta", parent=base["Normal"], fontSize=12, leading=18, textColor=BRAND
        ),
        "heading": ParagraphStyle(
            "Heading", parent=base["Heading2"], textColor=BRAND, spaceBefore=12
        ),
        "body": ParagraphStyle("Body", parent=base["BodyText"], fontSize=11, leading=16),
        "summary": ParagraphStyle(
            "Summary", parent=base["BodyText"], fontSize=12, leading=18, leftIndent=12
        ),
    }


def _footer(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.grey)
    canvas.drawString(2 * cm, 1.2 * cm, doc.title)
    canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(doc.page))
    canvas.restoreState()


def _table(rows: list[list[str]]) -> Table:
    table = Table(rows, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), BRAND),
                ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
            ]
        )
    )
    return table


def render_pdf(publication: Publication) -> bytes:
    styles = _styles()
    story = [
        Spacer(1, 5 * cm),
        Paragraph(escape(publication.title), styles["cover_title"]),
        Spacer(1, 1 * cm),
        Paragraph(escape(publication.kind), styles["cover_meta"]),
        Paragraph(escape(publication.publisher), styles["cover_meta"]),
        Paragraph(escape(publication.date), styles["cover_meta"]),
    ]
    if publication.authors:
        story.append(Paragraph(escape(", ".join(publication.authors)), styles["cover_meta"]))
    story += [
        PageBreak(),
        Paragraph("Summary", styles["heading"]),
        Paragraph(escape(publication.summary), styles["summary"]),
    ]
    for section in publication.sections:
        story.append(Paragraph(escape(section.heading), styles["heading"]))
        story += [Paragraph(escape(text), styles["body"]) for text in section.paragraphs]
        if section.bullets:
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(escape(text), styles["body"])) for text in section.bullets],
                    bulletType="bullet",
                )
            )
        if section.table:
            story += [Spacer(1, 0.3 * cm), _table(section.table)]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=publication.title,
        author=", ".join(publication.authors) or publication.publisher,
        subject=publication.summary,
        lang=publication.language,
        invariant=1,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
    )
    document.build(story, onFirstPage=lambda canvas, doc: None, onLaterPages=_footer)
    return buffer.getvalue()
