"""The outbox of index updates: written in the same transaction as the change that causes it.

A row says "page N may differ between the database and the search index". The index task
makes the index match the database for those pages and deletes the rows; when the search
server is down the rows stay (with the error) and the task is retried later, so a publish
never fails and no update is lost. While a row exists the page is also kept out of
Elasticsearch answers, so a page that has just become private never shows up there.
"""

from django.db import models


class PendingIndexUpdate(models.Model):
    page_id = models.PositiveBigIntegerField(
        unique=True, help_text="Page whose index entry to sync"
    )
    requested_at = models.DateTimeField(auto_now=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["requested_at", "pk"]

    def __str__(self):
        return f"index update of page {self.page_id}"


class ExtractedText(models.Model):
    """Text read from a document file, once per file content (Wagtail's `file_hash`).

    Reading a PDF is the costly part of indexing a report (hundreds of pages); the text is read
    when the file is uploaded or replaced and kept here, so saving a product, rebuilding the
    index or building the did-you-mean vocabulary never reads the file again, and the same
    file uploaded twice is read once.
    """

    file_hash = models.CharField(max_length=40, unique=True)
    text = models.TextField(blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"text of file {self.file_hash}"
