"""Ingest stage: every corpus file -> one row of outputs/documents.parquet with a status.

Modules, one job each: discover (which files), decode (bytes -> text), formats (the extractor per extension;
txt/md/rtf), webpage (HTML), office (.docx/.odt with ZIP limits), pdf and pages (PDF text, page chrome,
hyphenation), clean (normalisation, boilerplate, page offsets), language (offline Swedish check), metadata
(title/publisher/date and metadata.csv), document (one file -> one row), cache (the per-file cache and arrival
order), stage (the corpus-wide run and the table; `python -m pipeline.ingest`).
"""

from pipeline.ingest.clean import clean_text
from pipeline.ingest.document import document_from_bytes, read_document
from pipeline.ingest.stage import main

__all__ = ["clean_text", "document_from_bytes", "main", "read_document"]
