"""One corpus file -> one `documents` row (a dict with the columns of pipeline.schemas.DOCUMENTS).

`read_document` never raises for a bad file: every problem becomes a status and a status_detail. Corpus-wide
checks (duplicates, metadata.csv) are applied afterwards by the stage (pipeline.ingest.stage).
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pipeline.ingest.clean import clean_document
from pipeline.ingest.decode import DecodeFailure
from pipeline.ingest.discover import doc_id, dvc_fix, relative_posix
from pipeline.ingest.formats import EXTRACTORS, FormatError
from pipeline.ingest.language import detect_language, paragraph_languages, swedish_share
from pipeline.ingest.metadata import text_metadata
from pipeline.ingest.params import DEFAULTS


def _row(relpath: str, fmt: str | None, status: str, detail: str | None, **values: Any) -> dict:
    row = {
        "doc_id": doc_id(relpath),
        "path": relpath,
        "sha256": None,
        "status": status,
        "status_detail": detail,
        "format": fmt,
        "encoding": None,
        "title": None,
        "publisher": None,
        "published": None,
        "published_source": None,
        "published_precision": None,
        "url": None,
        "language": None,
        "language_score": None,
        "n_bytes": None,
        "n_chars": None,
        "n_removed_lines": None,
        "page_starts": None,
        "foreign_spans": None,
        "text": None,
    }
    row.update(values)
    return row


def link_error(path: Path) -> str | None:
    """status_detail for a symbolic link that leads nowhere (broken, or a loop); None if it resolves."""
    try:
        os.stat(path)
    except OSError as err:
        target = os.readlink(path)
        if err.errno == errno.ELOOP:
            detail = f"symbolic link loop (points to {target!r}, which leads back to itself)"
        else:
            detail = f"broken symbolic link (points to {target!r}, which does not exist)"
        return f"{detail}; {dvc_fix(path)}"
    return None


def read_bytes(path: Path, max_bytes: int) -> tuple[bytes | None, str, str | None]:
    """Read at most max_bytes (+1 to notice growth). Returns (raw, status, detail); raw is None unless 'ok'."""
    try:
        info = os.lstat(path)
    except OSError as err:
        return None, "unreadable", f"cannot stat the file: {err.strerror or err}"
    if stat.S_ISLNK(info.st_mode):
        problem = link_error(path)
        if problem:
            return None, "unreadable", problem
        try:
            info = os.stat(path)
        except OSError as err:  # the link changed since link_error looked
            return None, "unreadable", f"cannot stat the link's target: {err.strerror or err}"
    if not stat.S_ISREG(info.st_mode):
        return None, "unreadable", "not a regular file (a device, pipe or socket)"
    if info.st_size > max_bytes:
        return (
            None,
            "too_large",
            (f"{info.st_size} bytes is over ingest.max_bytes = {max_bytes}; the file was not read"),
        )
    try:
        with open(path, "rb") as handle:
            raw = handle.read(max_bytes + 1)
    except PermissionError:
        return None, "unreadable", "permission denied when opening the file"
    except OSError as err:
        return None, "unreadable", f"I/O error while reading: {err.strerror or err}"
    if len(raw) > max_bytes:
        return None, "too_large", f"grew past ingest.max_bytes = {max_bytes} while being read"
    return raw, "ok", None


def unsupported_row(relpath: str, **values: Any) -> dict:
    suffix = Path(relpath).suffix.lower()
    supported = ", ".join(sorted(EXTRACTORS))
    what = f"extension {suffix!r}" if suffix else "no file extension"
    detail = f"{what} is not a supported format (supported: {supported})"
    return _row(relpath, suffix.lstrip(".") or None, "unsupported", detail, **values)


def document_from_bytes(raw: bytes, relpath: str, params: Mapping[str, Any]) -> dict:
    """The pure part of read_document: raw bytes of a file at `relpath` -> documents row."""
    settings = {**DEFAULTS, **params}
    suffix = Path(relpath).suffix.lower()
    fmt, extractor = EXTRACTORS.get(suffix, (suffix.lstrip(".") or None, None))
    base = {"sha256": hashlib.sha256(raw).hexdigest(), "n_bytes": len(raw)}
    if extractor is None:
        return unsupported_row(relpath, **base)
    if not raw.strip():
        detail = "the file is 0 bytes" if not raw else "the file contains only whitespace"
        return _row(relpath, fmt, "empty", detail, n_chars=0, n_removed_lines=0, **base)
    try:
        extracted = extractor(raw, settings)
    except DecodeFailure as err:
        return _row(relpath, fmt, err.status, err.detail, **base)
    except FormatError as err:
        return _row(relpath, fmt, err.status, str(err), **base)
    except Exception as err:  # noqa: BLE001 - a reader library failing on one file must not stop the run
        detail = f"the {fmt} reader failed on this file ({type(err).__name__}: {err})"
        return _row(relpath, fmt, "decode_error", detail, **base)
    n_extracted = len(extracted.text) + sum(map(len, extracted.pages or ()))
    if n_extracted > settings["max_chars"]:  # formats read whole (text, HTML, RTF); packages and PDF stop earlier
        detail = (f"the file of {len(raw)} bytes gives {n_extracted} characters of text, over ingest.max_chars = "
                  f"{settings['max_chars']}")
        return _row(relpath, fmt, "too_large", detail, **base)
    cleaned = clean_document(extracted.text, extracted.pages)
    text, removed = cleaned.text, cleaned.removed + extracted.removed
    found = text_metadata(text, relpath)
    if extracted.published:
        found.update(published=extracted.published, published_source="text", published_precision="day")
    notes = [*extracted.notes, *cleaned.notes]
    values = {
        **base,
        "encoding": extracted.encoding,
        "title": extracted.title or found["title"],
        "publisher": extracted.publisher or found["publisher"],
        "published": found["published"],
        "published_source": found["published_source"],
        "published_precision": found["published_precision"],
        "n_chars": len(text),
        "n_removed_lines": removed,
        "page_starts": cleaned.page_starts,
    }
    if fmt == "pdf":  # a PDF page without text is an image (scanned); other formats have no such pages
        blank = [i + 1 for i, page in enumerate(extracted.pages) if not page.strip()]
        if blank and len(blank) == len(extracted.pages):
            detail = f"none of the {len(blank)} page(s) has a text layer (scanned images?); run OCR first"
            return _row(relpath, fmt, "no_text_layer", detail, **values)
        if blank:
            notes.append(f"{len(blank)} of {len(extracted.pages)} pages have no text layer: {_page_list(blank)}")
    visible = len("".join(text.split()))
    if visible < settings["min_chars"]:
        if visible == 0 and removed:
            detail = f"no text left after removing {removed} line(s) of boilerplate"
        elif visible == 0:
            detail = "no text found in the file" + (" (no main content in the HTML)" if fmt == "html" else "")
        else:
            detail = f"only {visible} visible characters after cleaning (ingest.min_chars = {settings['min_chars']})"
        return _row(relpath, fmt, "empty", _join(detail, notes), **values)
    language, score = detect_language(text)
    values.update(language=language, language_score=score, text=text)
    parts = paragraph_languages(text)
    share = swedish_share(parts)
    foreign = [(start, end, lang) for start, end, lang in parts if lang != "sv"]
    mixed = bool(foreign) and share > 0
    if score < settings["min_swedish_score"] and not (mixed and share >= settings["min_swedish_share"]):
        detail = (
            f"language check: Swedish score {score:.2f} is below ingest.min_swedish_score = "
            f"{settings['min_swedish_score']} (best guess: {language})"
        )
        if mixed:
            detail += (f"; Swedish paragraphs are {share:.0%} of the text, below ingest.min_swedish_share = "
                       f"{settings['min_swedish_share']}")
        return _row(relpath, fmt, "not_swedish", _join(detail, notes), **values)
    if mixed:
        languages = ", ".join(sorted({lang for _, _, lang in foreign}))
        notes.append(f"mixed languages: {share:.0%} of the text is Swedish; {len(foreign)} paragraph(s) in "
                     f"{languages} left out of NER")
        values.update(language="sv", foreign_spans=[[start, end] for start, end, _ in foreign])
    return _row(relpath, fmt, "ok", _join(None, notes), **values)


def _join(detail: str | None, notes: list[str]) -> str | None:
    """status_detail: the reason for the status (if any), then what was repaired or fell back, '; '-separated."""
    parts = [detail, *notes] if detail else notes
    return "; ".join(parts) or None


def _page_list(pages: list[int], shown: int = 10) -> str:
    listed = ", ".join(str(p) for p in pages[:shown])
    return f"page {listed}" + (f" and {len(pages) - shown} more" if len(pages) > shown else "")


def read_document(
    path: Path, params: Mapping[str, Any], corpus_dir: Path | None = None, relpath: str | None = None
) -> dict:
    """One file -> one documents row. `params` is the ingest section (max_bytes, min_chars, min_swedish_score,
    corpus_dir); the row's path is `relpath`, else the NFC path relative to `corpus_dir` (default:
    params['corpus_dir'])."""
    path = Path(path)
    settings = {**DEFAULTS, **params}
    base_dir = Path(corpus_dir if corpus_dir is not None else settings.get("corpus_dir", path.parent))
    relpath = relpath or relative_posix(path, base_dir)
    suffix = path.suffix.lower()
    problem = link_error(path) if os.path.islink(path) else None
    if problem:
        return _row(relpath, EXTRACTORS.get(suffix, (suffix.lstrip(".") or None,))[0], "unreadable", problem)
    if suffix not in EXTRACTORS:
        return unsupported_row(relpath, **_size(path))
    raw, status, detail = read_bytes(path, int(settings["max_bytes"]))
    if raw is None:
        fmt = EXTRACTORS[suffix][0]
        return _row(relpath, fmt, status, detail, **_size(path))
    return document_from_bytes(raw, relpath, settings)


def _size(path: Path) -> dict:
    try:
        return {"n_bytes": os.stat(path).st_size}
    except OSError:
        return {}
