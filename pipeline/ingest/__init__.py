"""Ingest stage: every corpus file -> one row of outputs/documents.parquet with a status.

Modules, one job each: discover (which files), decode (bytes -> text), formats (txt/md/html/docx extraction),
clean (normalisation and boilerplate), language (offline Swedish check), metadata (title/publisher/date and
metadata.csv), document (one file -> one row), stage (the corpus-wide run and the table; `python -m
pipeline.ingest`).
"""

from pipeline.ingest.clean import clean_text
from pipeline.ingest.document import document_from_bytes, read_document
from pipeline.ingest.stage import main

__all__ = ["clean_text", "document_from_bytes", "main", "read_document"]
