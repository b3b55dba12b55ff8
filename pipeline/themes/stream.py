"""Bounded-memory reading for the themes stage: document tokens from tokens.parquet one row group at a time, entity
spans for one batch of documents at a time, topic weights assigned in batches, and the bounded fitting sample.

Memory then depends on the row-group and batch sizes, not on the corpus: at 42,000 documents the tokens table alone
is 6 million rows, and turning all of it (or every document's term counts) into Python objects at once was most of
the stage's peak.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import gc
import hashlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.themes.terms import Token

TOKEN_COLUMNS = ["doc_id", "token", "start_char", "text", "lemma", "pos", "is_stop"]
SPAN_COLUMNS = ["doc_id", "start_char", "end_char", "label"]
ASSIGN_BATCH = 2_000  # documents whose term counts are Python dicts at a time when assigning topic weights

DocTokens = tuple[str, list[Token]]


def _strings(values: Sequence[str]) -> pa.Array:
    return pa.array(sorted(values), type=pa.string())


def token_batches(path: Path, doc_ids: set[str]) -> Iterator[list[DocTokens]]:
    """Lists of (doc_id, tokens in token order) for the documents in `doc_ids`, a row group of tokens.parquet at a
    time, each document whole. annotate writes a document's rows together, so a document split over row groups is
    carried to the next one; row groups holding none of the documents are skipped after reading only their doc_id
    column (adding one document to 42,000 then decodes one or two row groups, not 6 million tokens)."""
    if not doc_ids:
        return
    wanted = _strings(doc_ids)
    parquet = pq.ParquetFile(path)
    carry: list[pa.Table] = []
    finished: set[str] = set()
    for group in range(parquet.metadata.num_row_groups):
        ids = parquet.read_row_group(group, columns=["doc_id"])["doc_id"]
        if not pc.any(pc.is_in(ids, value_set=wanted)).as_py():
            continue
        table = parquet.read_row_group(group, columns=TOKEN_COLUMNS)
        table = table.filter(pc.is_in(table["doc_id"], value_set=wanted))
        parts = [*carry, table]
        table = pa.concat_tables(parts) if len(parts) > 1 else table
        # The last document of the group may go on in the next one: keep it back unless this is the last group.
        carry = []
        if group < parquet.metadata.num_row_groups - 1 and table.num_rows:
            tail = int(pc.sum(pc.equal(table["doc_id"], table["doc_id"][-1])).as_py())
            carry = [table.slice(table.num_rows - tail)]
            table = table.slice(0, table.num_rows - tail)
        batch = _documents(table, finished)
        if batch:
            yield batch
    if carry:
        yield _documents(pa.concat_tables(carry), finished)


def _documents(table: pa.Table, finished: set[str]) -> list[DocTokens]:
    if table.num_rows == 0:
        return []
    ids = table["doc_id"].to_numpy(zero_copy_only=False)
    starts = np.concatenate([[0], np.flatnonzero(ids[1:] != ids[:-1]) + 1, [len(ids)]])
    data = table.to_pydict()
    out: list[DocTokens] = []
    for a, b in zip(starts[:-1], starts[1:], strict=True):
        doc_id = data["doc_id"][a]
        if doc_id in finished:
            raise ValueError(f"tokens.parquet: the rows of document {doc_id} are not together (rerun annotate)")
        finished.add(doc_id)
        rows = sorted(zip(data["token"][a:b], data["start_char"][a:b], data["text"][a:b], data["lemma"][a:b],
                          data["pos"][a:b], data["is_stop"][a:b], strict=True))
        out.append((doc_id, [Token(s, t or "", lemma, pos, bool(stop)) for _, s, t, lemma, pos, stop in rows]))
    return out


class MentionSpans:
    """Entity spans of the mentions table, kept as a compact Arrow table and turned into Python lists one batch of
    documents at a time."""

    def __init__(self, path: Path, labels: Sequence[str]) -> None:
        self.table = pq.read_table(path, columns=SPAN_COLUMNS, filters=pc.is_in(pc.field("label"),
                                                                                 _strings(labels)))

    def by_doc(self, doc_ids: Sequence[str], labels: Sequence[str]) -> dict[str, list[tuple[int, int]]]:
        table = self.table.filter(pc.and_(pc.is_in(self.table["doc_id"], value_set=_strings(doc_ids)),
                                          pc.is_in(self.table["label"], value_set=_strings(labels))))
        out: dict[str, list[tuple[int, int]]] = {}
        data = table.select(["doc_id", "start_char", "end_char"]).to_pydict()
        for doc_id, start, end in zip(data["doc_id"], data["start_char"], data["end_char"], strict=True):
            out.setdefault(doc_id, []).append((int(start), int(end)))
        return out


def fit_sample(doc_ids: Sequence[str], max_docs: int, seed: int) -> list[str]:
    """At most `max_docs` documents to fit the topic model on: a seeded pseudo-random choice that keeps a document
    chosen as the corpus grows (its rank depends only on its id), sorted. All of them when they are few enough."""
    if len(doc_ids) <= max_docs:
        return sorted(doc_ids)
    rank = sorted(doc_ids, key=lambda d: hashlib.sha256(f"{seed}\0{d}".encode()).digest())
    return sorted(rank[:max_docs])


def in_batches(doc_ids: Sequence[str], rows: Callable[[list[str]], pa.Table], schema: pa.Schema,
               size: int = ASSIGN_BATCH) -> pa.Table:
    """`rows(batch)` for consecutive batches of `doc_ids`, concatenated (Arrow tables are compact; the Python
    objects a batch needs are freed before the next)."""
    ordered = sorted(doc_ids)
    parts = [rows(ordered[i:i + size]) for i in range(0, len(ordered), size)]
    return pa.concat_tables(parts) if parts else schema.empty_table()


def release_memory() -> None:
    """Hand freed memory back to the system between the stage's steps: the Python objects of a step (term counts,
    matrix triplets) are freed, but glibc keeps the pages, and the process then peaks at what the steps left behind
    plus the next step's needs."""
    gc.collect()
    pa.default_memory_pool().release_unused()
    name = ctypes.util.find_library("c")
    if name:
        with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim
            ctypes.CDLL(name).malloc_trim(0)
