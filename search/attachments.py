"""Text of the PDFs attached to knowledge products, read with pypdf and capped in size.

A file is read once, when it is uploaded or replaced (`extract`, from the document's
post_save); its text is kept in `search.models.ExtractedText` under the file's hash, and every
later reader (both engines' indexes, the vocabulary, highlights) takes it from there. Only
attachments anyone may download are used (knowledge.documents.public_attachments), so no index
holds words from a file in a restricted collection. Caps (pages and characters, see conf) keep
one huge report from slowing uploads or swamping relevance.
"""

from __future__ import annotations

import logging

from pypdf import PdfReader

from knowledge.documents import public_attachments

from . import conf
from .models import ExtractedText
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


def extract(document) -> str:
    """The stored text of `document`'s file, read from the file only if never read before."""
    file_hash = document.get_file_hash()
    stored = ExtractedText.objects.filter(file_hash=file_hash).first()
    if stored is None:
        text = document_text(document, conf.attachment_max_chars())
        stored, _ = ExtractedText.objects.get_or_create(
            file_hash=file_hash, defaults={"text": text}
        )
    return stored.text


def attachment_texts(product_ids: list[int]) -> dict[int, str]:
    """Capped text of each product's public PDF attachments, keyed by product id."""
    from knowledge.models import KnowledgeDocument

    budget: dict[int, int] = {pk: conf.attachment_max_chars() for pk in product_ids}
    texts: dict[int, list[str]] = {pk: [] for pk in product_ids}
    attachments = list(
        public_attachments(KnowledgeDocument.objects.filter(product_id__in=product_ids))
        .filter(document__file__iendswith=".pdf")
        .order_by("product_id", "sort_order")
    )
    hashes = {attachment.document.file_hash for attachment in attachments}
    stored = dict(
        ExtractedText.objects.filter(file_hash__in=hashes).values_list("file_hash", "text")
    )
    for attachment in attachments:
        remaining = budget[attachment.product_id]
        if remaining <= 0:
            continue
        document = attachment.document
        found = stored.get(document.file_hash)
        text = (found if found is not None else extract(document))[:remaining]
        texts[attachment.product_id].append(text)
        budget[attachment.product_id] -= len(text) + 1
    return {pk: " ".join(parts).strip() for pk, parts in texts.items()}
