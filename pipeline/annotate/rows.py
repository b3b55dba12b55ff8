"""From processed spaCy Docs to typed Arrow tables: pure functions, no I/O.

A document is processed as one or more chunks (pipeline.annotate.chunks). `chunk_tables` turns one chunk's Doc
into tables whose character offsets already point into the whole document's text and whose sentence and token
indices count from the chunk's start; `merge_chunks` renumbers them into one document and adds page numbers.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from pipeline import schemas
from pipeline.tables import to_table

if TYPE_CHECKING:  # spaCy only where Docs are made (the workers): the main process merges and writes tables
    from spacy.tokens import Doc, Span

TABLES = {
    "mentions": schemas.MENTIONS,
    "sentences": schemas.SENTENCES,
    "tokens": schemas.TOKENS,
    "roles": schemas.ROLES,
}
# Tables with a page column, filled from documents.page_starts by the character offset of each row.
PAGED = ("mentions", "sentences")

Tables = dict[str, pa.Table]


@dataclass(frozen=True)
class ChunkResult:
    doc_id: str
    index: int  # position of the chunk in its document
    n_sentences: int
    n_tokens: int  # spaCy tokens, whitespace included (token indices count them)
    tables: Tables


def _as_date(value: Any) -> date | None:
    """Timex dates travel as ISO strings (so Docs serialise across processes); tables hold dates."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _sentence_index(starts: list[int], char: int) -> int:
    return max(bisect.bisect_right(starts, char) - 1, 0)


def _mention_row(doc_id: str, span: Span, offset: int, sentence: int, label: str,
                 entity_id: Callable[[str, str], str]) -> dict[str, Any]:
    timex = span._.timex or {}
    start, end = span.start_char + offset, span.end_char + offset
    return {
        "doc_id": doc_id,
        "mention_id": f"{doc_id}:{start}-{end}",
        "sentence": sentence,
        "start_char": start,
        "end_char": end,
        "text": span.text,
        "label": label,
        # Spans the canonicaliser did not see (an installed model's extra labels) get an id the same way.
        "entity_id": span._.entity_id or entity_id(label, " ".join((span._.canonical or span.text).split())),
        "canonical": span._.canonical or span.text,
        "entity_type": span._.entity_type,
        "registry_id": span._.registry_id,
        "source": span._.source or "model",
        "value": timex.get("value"),
        "start_date": _as_date(timex.get("start_date")),
        "end_date": _as_date(timex.get("end_date")),
        "granularity": timex.get("granularity"),
        "anchored_to": _as_date(timex.get("anchored_to")),
    }


def _covering(mentions: list[dict[str, Any]], start: int | None, end: int | None, label: str) -> dict | None:
    if start is None or end is None:
        return None
    for m in mentions:
        if m["label"] == label and m["start_char"] <= start and end <= m["end_char"]:
            return m
    return None


def role_rows(doc_id: str, roles: list[dict], mentions: list[dict[str, Any]], starts: list[int],
              offset: int = 0, make_id: Callable[[str, str], str] | None = None) -> list[dict]:
    """Attach role relations to the person and organisation mentions that carry their canonical ids. An
    organisation the text implies without naming it ("Regeringen" for a minister) gets the id its name would have as
    a mention (`make_id("ORG", name)`), so every row that names an organisation joins on organisation_id."""
    out = []
    for role in roles:
        shift = (lambda v: None if v is None else v + offset)  # noqa: E731
        person = _covering(mentions, shift(role.get("person_start")), shift(role.get("person_end")), "PER")
        if person is None:
            continue  # a role needs a person entity; the matcher's span was not kept as one
        org = _covering(mentions, shift(role.get("org_start")), shift(role.get("org_end")), "ORG")
        name = org["canonical"] if org else role.get("org_name")
        org_id = org["entity_id"] if org else (make_id("ORG", name) if name and make_id else None)
        out.append(
            {"doc_id": doc_id, "person_id": person["entity_id"], "person": person["canonical"],
             "mention_id": person["mention_id"],
             "role": role.get("post") or role.get("role"), "role_text": role.get("role_text"),
             "status": role.get("status") or "current", "country": role.get("country") or "SE",
             "organisation_id": org_id, "organisation": name,
             "organisation_inferred": bool(role.get("org_inferred")) if (org or role.get("org_name")) else None,
             "head": bool(role.get("head")), "start_date": _as_date(role.get("start_date")),
             "construction": role.get("construction"), "score": role.get("score"),
             "sentence": _sentence_index(starts, role["start_char"]),
             "start_char": role["start_char"] + offset, "end_char": role["end_char"] + offset}
        )
    return out


def _token_table(doc_id: str, doc: Doc, offset: int, sentence_of: np.ndarray) -> pa.Table:
    toks = [t for t in doc if not t.is_space]
    columns = {
        "doc_id": [doc_id] * len(toks),
        "token": [t.i for t in toks],
        "sentence": [int(sentence_of[t.i]) for t in toks],
        "start_char": [t.idx + offset for t in toks],
        "end_char": [t.idx + len(t) + offset for t in toks],
        "text": [t.text for t in toks],
        "lemma": [t.lemma_ or t.text for t in toks],
        "pos": [t.pos_ or None for t in toks],
        "is_stop": [t.is_stop for t in toks],
    }
    return pa.Table.from_pydict(columns, schema=schemas.TOKENS)


def chunk_tables(doc_id: str, doc: Doc, label_map: dict[str, str], offset: int = 0, index: int = 0) -> ChunkResult:
    """All table rows for one processed chunk starting at character `offset` of its document."""
    from pipeline.nlp.canonical import entity_id  # imports spaCy and the rules: worker side only

    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    sentence_of = np.zeros(len(doc), dtype=np.int32)
    sentence_rows = []
    for i, sent in enumerate(sents):
        sentence_of[sent.start : sent.end] = i
        sentence_rows.append({"doc_id": doc_id, "sentence": i, "start_char": sent.start_char + offset,
                              "end_char": sent.end_char + offset, "text": sent.text})
    mentions = [
        _mention_row(doc_id, span, offset, _sentence_index(starts, span.start_char),
                     label_map.get(span.label_, span.label_), entity_id)
        for span in doc.ents
    ]
    roles = role_rows(doc_id, doc._.roles or [], mentions, starts, offset, entity_id)
    tables = {
        "mentions": to_table(mentions, schemas.MENTIONS),
        "sentences": to_table(sentence_rows, schemas.SENTENCES),
        "tokens": _token_table(doc_id, doc, offset, sentence_of),
        "roles": to_table(roles, schemas.ROLES),
    }
    return ChunkResult(doc_id, index, len(sents), len(doc), tables)


def _shift(table: pa.Table, column: str, by: int) -> pa.Table:
    if by == 0 or table.num_rows == 0:
        return table
    i = table.schema.get_field_index(column)
    return table.set_column(i, table.schema.field(i), pc.add(table[column], pa.scalar(by, table[column].type)))


def _with_pages(table: pa.Table, page_starts: Sequence[int]) -> pa.Table:
    pages = np.searchsorted(np.asarray(page_starts, dtype=np.int64), table["start_char"].to_numpy(), side="right")
    i = table.schema.get_field_index("page")
    return table.set_column(i, table.schema.field(i), pa.array(pages.astype(np.int32), type=pa.int32()))


def _outside(table: pa.Table, spans: Sequence[tuple[int, int]]) -> pa.Table:
    """The rows of `table` that start outside every [start, end) span."""
    starts = table["start_char"].to_numpy()
    inside = np.zeros(len(starts), dtype=bool)
    for start, end in spans:
        inside |= (starts >= start) & (starts < end)
    return table.filter(pa.array(~inside)) if inside.any() else table


def merge_chunks(chunks: Sequence[ChunkResult], page_starts: Sequence[int] | None = None,
                 foreign: Sequence[tuple[int, int]] | None = None) -> Tables:
    """One document's tables from its chunks (in order): sentence and token indices count from the document start;
    `page` (1-based) from the document's page offsets, when it has pages; no mentions or roles inside `foreign`
    spans (paragraphs in another language, where a Swedish model's entities are noise)."""
    out: dict[str, list[pa.Table]] = {name: [] for name in TABLES}
    n_sent = n_tok = 0
    for chunk in chunks:
        for name, table in chunk.tables.items():
            table = _shift(table, "sentence", n_sent)
            if name == "tokens":
                table = _shift(table, "token", n_tok)
            out[name].append(table)
        n_sent += chunk.n_sentences
        n_tok += chunk.n_tokens
    merged = {name: pa.concat_tables(parts) if parts else TABLES[name].empty_table() for name, parts in out.items()}
    if page_starts:
        for name in PAGED:
            if merged[name].num_rows:
                merged[name] = _with_pages(merged[name], page_starts)
    if foreign:
        for name in ("mentions", "roles"):
            if merged[name].num_rows:
                merged[name] = _outside(merged[name], foreign)
    return merged
