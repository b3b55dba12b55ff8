"""Reading and writing the parquet tables: explicit schemas, provenance metadata, atomic replacement."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import __version__
from pipeline.schemas import pandas_metadata

PROVENANCE_KEY = b"pipeline_provenance"


def provenance(stage: str, params_hash: str, model: str | None = None, model_version: str | None = None) -> dict:
    return {
        "pipeline_version": __version__,
        "stage": stage,
        "params_hash": params_hash,
        "model": model,
        "model_version": model_version,
    }


def to_table(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    """Build a table with exactly `schema`'s columns (missing keys become null, extra keys are an error)."""
    rows = list(rows)
    names = set(schema.names)
    for row in rows[:1]:
        extra = set(row) - names
        if extra:
            raise ValueError(f"row has columns not in the schema: {sorted(extra)}")
    # from_pandas=True: NaN / NaT / pd.NA that pandas (2 or 3) puts in place of a missing value become null, in
    # every column type; this is the one place frames and row dicts become typed tables.
    arrays = [pa.array([row.get(f.name) for row in rows], type=f.type, from_pandas=True) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def _with_provenance(schema: pa.Schema, meta: Mapping[str, Any]) -> pa.Schema:
    merged = dict(schema.metadata or {})
    merged.update(pandas_metadata(schema))  # pandas keeps nullable ints and bools as Int64 / boolean
    merged[PROVENANCE_KEY] = json.dumps(dict(meta), sort_keys=True).encode("utf-8")
    return schema.with_metadata(merged)


def _atomic_target(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return tmp


def _commit(tmp: str, path: Path) -> None:
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(tmp, 0o644)  # mkstemp creates 0600; tables are for every analyst on the machine
    os.replace(tmp, path)


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Atomically replace a file (JSON state, models, word lists): temp file, fsync, rename."""
    path = Path(path)
    tmp = _atomic_target(path)
    try:
        Path(tmp).write_bytes(data)
        _commit(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_text(path: str | os.PathLike, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


COMPACT_PARTS = 256  # buffered tables merged into one contiguous table (TableWriter.write)


class TableWriter:
    """Stream tables into one parquet file with `schema`, atomically (temp file, then rename on close).

    Batches are buffered into row groups of about `row_group_rows` rows, so memory stays flat however many
    documents are written, and the same sequence of batches always gives the same bytes. Each row group is
    combined into contiguous arrays and encoded on a background thread (pyarrow releases the GIL while it
    encodes), so the caller prepares the next group while this one is compressed; at most one group is in flight.
    """

    def __init__(self, path: str | os.PathLike, schema: pa.Schema, meta: Mapping[str, Any],
                 row_group_rows: int = 65_536) -> None:
        self.path = Path(path)
        self.schema = _with_provenance(schema, meta)
        self.row_group_rows = row_group_rows
        self.rows = 0
        self._buffer: list[pa.Table] = []
        self._buffered = 0
        self._tmp = _atomic_target(self.path)
        self._writer = pq.ParquetWriter(self._tmp, self.schema, compression="zstd", write_statistics=True)
        self._encoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"write-{self.path.stem}")
        self._pending: Future | None = None

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        if not table.schema.equals(self.schema, check_metadata=False):
            table = table.select(self.schema.names).cast(self.schema)
        # Row groups of exactly `row_group_rows` rows (the last may be shorter): the file's bytes then depend only
        # on the rows written, not on how they were batched.
        while self._buffered + table.num_rows >= self.row_group_rows:
            take = self.row_group_rows - self._buffered
            self._buffer.append(table.slice(0, take))
            self._buffered += take
            self._flush()
            table = table.slice(take)
        if table.num_rows:
            self._buffer.append(table)
            self._buffered += table.num_rows
            if len(self._buffer) >= COMPACT_PARTS:
                # Thousands of one-document tables cost far more memory than their rows (every column of every
                # table is its own small allocation): a table of few rows per document (mentions) would otherwise
                # hold the whole corpus's worth of them before its first row group is full.
                self._buffer = [pa.concat_tables(self._buffer).combine_chunks()]

    def _encode(self, parts: list[pa.Table]) -> None:
        # Many small per-document tables make arrays of many tiny chunks, which parquet encodes slowly.
        self._writer.write_table(pa.concat_tables(parts).combine_chunks())

    def _wait(self) -> None:
        if self._pending is not None:
            pending, self._pending = self._pending, None
            pending.result()  # re-raises an encoding error here, in the caller's thread

    def _flush(self) -> None:
        if self._buffer:
            self._wait()
            self._pending = self._encoder.submit(self._encode, self._buffer)
            self.rows += self._buffered
            self._buffer, self._buffered = [], 0

    def close(self) -> int:
        try:
            self._flush()
            self._wait()
        finally:
            self._encoder.shutdown()
        self._writer.close()
        _commit(self._tmp, self.path)
        return self.rows

    def abort(self) -> None:
        self._encoder.shutdown(cancel_futures=True)
        self._writer.close()
        Path(self._tmp).unlink(missing_ok=True)

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_table(
    table: pa.Table | Iterable[Mapping[str, Any]],
    path: str | os.PathLike,
    schema: pa.Schema,
    meta: Mapping[str, Any],
) -> Path:
    """Write atomically: a temp file in the same folder, fsync, then rename over the target.

    A run killed mid-way therefore leaves the previous table intact. Statistics timestamps are not written, so the
    same rows give a byte-identical file.
    """
    if not isinstance(table, pa.Table):
        table = to_table(table, schema)
    else:
        table = table.select(schema.names).cast(schema)
    table = table.replace_schema_metadata(_with_provenance(schema, meta).metadata)
    path = Path(path)
    tmp = _atomic_target(path)
    try:
        pq.write_table(table, tmp, compression="zstd", write_statistics=True)
        _commit(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_table(path: str | os.PathLike) -> pa.Table:
    return pq.read_table(path)


def read_provenance(path: str | os.PathLike) -> dict:
    meta = pq.read_schema(path).metadata or {}
    return json.loads(meta.get(PROVENANCE_KEY, b"{}"))
