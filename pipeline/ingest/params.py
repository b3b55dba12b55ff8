"""The ingest stage's settings, typed (params.yaml `ingest`); the one place their defaults and bounds are stated."""

from __future__ import annotations

from pydantic import Field

from pipeline.stage import Params


class IngestParams(Params):
    corpus_dir: str = "corpus"
    metadata_csv: str | None = "corpus/metadata.csv"  # optional; wins over metadata found in the text
    max_bytes: int = Field(5_000_000, gt=0)  # larger files get status too_large
    min_chars: int = Field(20, ge=0)  # fewer visible characters after cleaning -> empty
    min_swedish_score: float = Field(0.5, ge=0, le=1)  # offline language check threshold
    # A document below min_swedish_score as a whole is still ok when its Swedish paragraphs make up this share of
    # its text (a Swedish report with an English part); its other paragraphs are left out of NER.
    min_swedish_share: float = Field(0.2, ge=0, le=1)
    # .docx/.odt packages: checked from the ZIP directory before anything is inflated (pipeline/ingest/office.py)
    max_unzipped_bytes: int = Field(100_000_000, gt=0)
    max_zip_entries: int = Field(10_000, gt=0)
    max_zip_ratio: int = Field(200, gt=0)  # a ZIP entry of 1 MB+ that inflates more than this many times: too_large
    # Characters of text one file may give (checked while extracting): a small package whose XML inflates to
    # tens of millions of characters would cost minutes of annotation and millions of rows.
    max_chars: int = Field(5_000_000, gt=0)
    cache_dir: str | None = "cache/ingest"  # per-file cache (not a DVC output); null: none


# The settings one file's row depends on (the file cache key covers them).
FILE_SETTINGS = ("max_bytes", "min_chars", "min_swedish_score", "min_swedish_share", "max_unzipped_bytes",
                 "max_zip_entries",
                 "max_zip_ratio", "max_chars")
DEFAULTS = {key: IngestParams.model_fields[key].default for key in FILE_SETTINGS}
