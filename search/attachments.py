"""Text of the PDFs attached to knowledge products, read with pypdf and capped in size.

Only attachments anyone may download are read (knowledge.documents.public_attachments), so the
index never holds words from a file in a restricted collection. Caps (pages and characters,
see conf) keep one huge report from slowing indexing or swamping relevance.
"""

from __future__ import annotations

import logging

from pypdf import PdfReader

from knowledge.documents import public_attachments

from . import conf
from .text import SPACES

logger = logging.getLogger(__name__)


def pdf_text(file, max_chars: int, max_pages: int) -> str:
    """Text of a PDF file object, at most `max_pages` pages and `max_chars` characters."""
    reader = PdfReader(file)
    parts: list[str] = []
    length = 0
    for page in reader.pages[:max_pages]:
        text = SPACES.sub(" ", page.extract_text() or "").strip()
        parts.append(text)
        length += len(text) + 1
        if length >= max_chars:
            break
    return " ".join(parts)[:max_chars]


def document_text(document, max_chars: int) -> str:
    if document.file_extension.lower() != "pdf":
        return ""
    try:
        with document.open_file() as file:
            return pdf_text(file, max_chars, conf.attachment_max_pages())
    except Exception:  # a broken or missing file must not stop indexing the product
        logger.warning("Could not read text of document %s", document.pk, exc_info=True)
        return ""


def attachment_texts(product_ids: list[int]) -> dict[int, str]:
    """Capped text of each product's public PDF attachments, keyed by product id."""
    from knowledge.models import KnowledgeDocument

    budget: dict[int, int] = {pk: conf.attachment_max_chars() for pk in product_ids}
    texts: dict[int, list[str]] = {pk: [] for pk in product_ids}
    attachments = public_attachments(KnowledgeDocument.objects.filter(product_id__in=product_ids))
    for attachment in attachments.order_by("product_id", "sort_order"):
        remaining = budget[attachment.product_id]
        if remaining <= 0:
            continue
        text = document_text(attachment.document, remaining)
        texts[attachment.product_id].append(text)
        budget[attachment.product_id] -= len(text) + 1
    return {pk: " ".join(parts).strip() for pk, parts in texts.items()}
