"""Stage `annotate`: run the Swedish spaCy pipeline over every ok document.

Reads   outputs/documents.parquet (status == "ok" rows; text and published date)
Writes  outputs/mentions.parquet   entity mentions with offsets, canonical ids and date normalisation
        outputs/sentences.parquet  sentence spans (provenance back to the sentence)
        outputs/tokens.parquet     tokens with lemma and POS (input to `themes`)
        outputs/roles.parquet      person-role-organisation relations
Params  annotate.* in params.yaml

Only new or changed documents are processed: results are cached per document under annotate.cache_dir, keyed by
the document id, its text, its anchor date, the model fingerprint and the params, so adding one file to a large
corpus costs the time of that one file.
"""

from __future__ import annotations

import bisect
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from spacy.language import Language
from spacy.tokens import Doc, Span
from tqdm import tqdm

from pipeline import schemas
from pipeline.config import ConfigError, params_hash, require
from pipeline.nlp.loading import DEFAULT_LABEL_MAP, ModelError, load_pipeline, model_fingerprint
from pipeline.stage import run_stage
from pipeline.tables import provenance, write_table

log = logging.getLogger("pipeline.annotate")

DOCUMENTS = Path("outputs/documents.parquet")
OUTPUTS = {
    "mentions": (Path("outputs/mentions.parquet"), schemas.MENTIONS),
    "sentences": (Path("outputs/sentences.parquet"), schemas.SENTENCES),
    "tokens": (Path("outputs/tokens.parquet"), schemas.TOKENS),
    "roles": (Path("outputs/roles.parquet"), schemas.ROLES),
}
ID_PREFIX = {"PER": "per", "ORG": "org", "LOC": "loc", "DATE": "date"}

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class DocInput:
    doc_id: str
    text: str
    anchor_date: date | None


def fallback_entity_id(label: str, text: str) -> str:
    """Used when no canonicaliser gave an id: the surface form, case-folded, is the identity."""
    digest = hashlib.sha1(f"{label}|{' '.join(text.split()).casefold()}".encode()).hexdigest()[:12]
    return f"{ID_PREFIX.get(label, label.lower())}_{digest}"


def _sentence_index(starts: list[int], char: int) -> int:
    return max(bisect.bisect_right(starts, char) - 1, 0)


def _mention_row(doc_id: str, span: Span, sentence: int, label: str) -> dict[str, Any]:
    timex = span._.timex or {}
    return {
        "doc_id": doc_id,
        "mention_id": f"{doc_id}:{span.start_char}-{span.end_char}",
        "sentence": sentence,
        "start_char": span.start_char,
        "end_char": span.end_char,
        "text": span.text,
        "label": label,
        "entity_id": span._.entity_id or fallback_entity_id(label, span._.canonical or span.text),
        "canonical": span._.canonical or span.text,
        "entity_type": span._.entity_type,
        "source": span._.source or "model",
        "value": timex.get("value"),
        "start_date": timex.get("start_date"),
        "end_date": timex.get("end_date"),
        "granularity": timex.get("granularity"),
        "anchored_to": timex.get("anchored_to"),
    }


def doc_rows(doc_id: str, doc: Doc, label_map: dict[str, str]) -> Rows:
    """All table rows for one processed document: a pure function of the Doc."""
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    rows: Rows = {name: [] for name in OUTPUTS}
    for i, sent in enumerate(sents):
        rows["sentences"].append(
            {"doc_id": doc_id, "sentence": i, "start_char": sent.start_char, "end_char": sent.end_char,
             "text": sent.text}
        )
    sent_of_token = {}
    for i, sent in enumerate(sents):
        for tok in sent:
            sent_of_token[tok.i] = i
    for tok in doc:
        if tok.is_space:
            continue
        rows["tokens"].append(
            {"doc_id": doc_id, "token": tok.i, "sentence": sent_of_token.get(tok.i, 0), "start_char": tok.idx,
             "end_char": tok.idx + len(tok), "text": tok.text, "lemma": tok.lemma_ or tok.text,
             "pos": tok.pos_ or None, "is_stop": tok.is_stop}
        )
    for span in doc.ents:
        label = label_map.get(span.label_, span.label_)
        rows["mentions"].append(_mention_row(doc_id, span, _sentence_index(starts, span.start_char), label))
    rows["roles"] = role_rows(doc_id, doc._.roles or [], rows["mentions"], starts)
    return rows


def _covering(mentions: list[dict[str, Any]], start: int | None, end: int | None, label: str) -> dict | None:
    if start is None or end is None:
        return None
    for m in mentions:
        if m["label"] == label and m["start_char"] <= start and end <= m["end_char"]:
            return m
    return None


def role_rows(doc_id: str, roles: list[dict], mentions: list[dict[str, Any]], starts: list[int]) -> list[dict]:
    """Attach role relations to the person and organisation mentions that carry their canonical ids."""
    out = []
    for role in roles:
        person = _covering(mentions, role.get("person_start"), role.get("person_end"), "PER")
        if person is None:
            continue  # a role needs a person entity; the matcher's span was not kept as one
        org = _covering(mentions, role.get("org_start"), role.get("org_end"), "ORG")
        out.append(
            {"doc_id": doc_id, "person_id": person["entity_id"], "person": person["canonical"],
             "role": role.get("role"), "role_text": role.get("role_text"),
             "organisation_id": org["entity_id"] if org else None,
             "organisation": org["canonical"] if org else None,
             "sentence": _sentence_index(starts, role["start_char"]),
             "start_char": role["start_char"], "end_char": role["end_char"]}
        )
    return out


def annotate_batch(
    nlp: Language, inputs: Iterable[DocInput], label_map: dict[str, str], batch_size: int = 16, n_process: int = 1
) -> Iterator[tuple[str, Rows]]:
    """Documents in, table rows out; no I/O, so it can run on any executor (one batch per worker)."""
    inputs = list(inputs)
    docs = []
    for item in inputs:
        doc = nlp.make_doc(item.text)
        doc._.anchor_date = item.anchor_date
        docs.append(doc)
    processed = nlp.pipe(docs, batch_size=batch_size, n_process=n_process)
    for item, doc in zip(inputs, processed, strict=True):
        yield item.doc_id, doc_rows(item.doc_id, doc, label_map)


class DocumentCache:
    """One pickle per document and configuration; written atomically, read back verbatim."""

    def __init__(self, root: Path, config_key: str) -> None:
        self.root = root
        self.config_key = config_key
        root.mkdir(parents=True, exist_ok=True)

    def key(self, item: DocInput) -> str:
        blob = f"{self.config_key}|{item.doc_id}|{item.anchor_date}|".encode() + item.text.encode()
        return hashlib.sha256(blob).hexdigest()

    def get(self, item: DocInput) -> Rows | None:
        path = self.root / f"{self.key(item)}.pkl"
        if not path.exists():
            return None
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)
        except Exception:  # a corrupt cache entry is recomputed, never fatal
            return None

    def put(self, item: DocInput, rows: Rows) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(rows, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, self.root / f"{self.key(item)}.pkl")


def read_inputs(path: Path = DOCUMENTS) -> list[DocInput]:
    if not path.exists():
        raise ConfigError(f"{path}: not found; run the ingest stage first (dvc repro ingest)")
    table = pq.read_table(path, columns=["doc_id", "status", "text", "published"]).to_pylist()
    return [DocInput(r["doc_id"], r["text"], r["published"]) for r in table if r["status"] == "ok" and r["text"]]


def run(params: dict[str, Any]) -> dict[str, int]:
    model_name = require(params, "model", str, "annotate")
    batch_size = require(params, "batch_size", int, "annotate")
    n_process = require(params, "n_process", int, "annotate")
    cache_dir = Path(require(params, "cache_dir", str, "annotate"))
    label_map = {**DEFAULT_LABEL_MAP, **(params.get("label_map") or {})}

    inputs = read_inputs()
    nlp = load_pipeline(model_name)
    fingerprint = model_fingerprint(model_name, nlp)
    phash = params_hash({k: v for k, v in params.items() if k not in ("n_process", "batch_size", "cache_dir")})
    cache = DocumentCache(cache_dir, f"{fingerprint}|{phash}")

    results: dict[str, Rows] = {}
    todo = []
    for item in inputs:
        cached = cache.get(item)
        if cached is None:
            todo.append(item)
        else:
            results[item.doc_id] = cached
    log.info("annotate: %d documents, %d cached, %d to process with %s", len(inputs), len(results),
             len(todo), model_name)
    todo_by_id = {item.doc_id: item for item in todo}
    progress = tqdm(total=len(todo), desc="annotate", unit="doc", disable=not todo, file=sys.stderr)
    for doc_id, rows in annotate_batch(nlp, todo, label_map, batch_size, n_process):
        results[doc_id] = rows
        cache.put(todo_by_id[doc_id], rows)  # cached as soon as done: an interrupted run keeps its progress
        progress.update(1)
    progress.close()

    meta = provenance("annotate", params_hash(params), nlp.meta.get("name"), nlp.meta.get("version"))
    counts = {}
    for name, (path, schema) in OUTPUTS.items():
        table_rows = [row for item in inputs for row in results[item.doc_id][name]]
        write_table(table_rows, path, schema, meta)
        counts[name] = len(table_rows)
    counts.update(documents=len(inputs), processed=len(todo))
    return counts


def main(argv: list[str] | None = None) -> int:
    return run_stage("annotate", run, __doc__.splitlines()[0], argv, errors=(ConfigError, ModelError))


if __name__ == "__main__":
    sys.exit(main())
