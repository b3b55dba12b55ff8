"""The annotate stage's per-document result store: one SQLite file, indexed by a content key, pruned every run.

A document's key covers everything its rows depend on (its id, text, date, pages, the model, the params and the
stage's own code), so an entry is either exactly right or never looked up. Entries hold each table as a
zstd-compressed Arrow IPC stream: reading 8,000 documents back costs well under a second and no Python objects
per row. Not a DVC output: deleting the store (or a corrupt one) only means everything is annotated again.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa

log = logging.getLogger("pipeline.annotate")

Tables = dict[str, pa.Table]
_IPC = pa.ipc.IpcWriteOptions(compression="zstd")


def document_key(config_key: str, doc_id: str, text: str, anchor: str | None, precision: str | None,
                 page_starts: Iterable[int] | None) -> str:
    head = f"{config_key}|{doc_id}|{anchor}|{precision}|{list(page_starts or [])}|"
    return hashlib.sha256(head.encode() + text.encode("utf-8", "surrogatepass")).hexdigest()


def _to_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema, options=_IPC) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def _from_bytes(blob: bytes) -> pa.Table:
    return pa.ipc.open_stream(pa.py_buffer(blob)).read_all()


class AnnotationStore:
    FILE = "annotations.sqlite"

    def __init__(self, root: Path, tables: Iterable[str]) -> None:
        self.tables = tuple(tables)
        root.mkdir(parents=True, exist_ok=True)
        for legacy in root.glob("*.pkl"):  # the one-pickle-per-document cache of earlier versions
            legacy.unlink()
        self.path = root / self.FILE
        try:
            self.db = self._open()
        except sqlite3.DatabaseError as err:  # a corrupt store is rebuilt, never fatal
            log.warning("annotate: %s is unreadable (%s); starting a new store", self.path, err)
            self.path.unlink(missing_ok=True)
            self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        cols = ", ".join(f"{name} BLOB" for name in self.tables)
        db.execute(f"CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, doc_id TEXT, {cols})")
        db.execute("SELECT count(*) FROM entries").fetchone()
        return db

    def keys(self) -> set[str]:
        return {k for (k,) in self.db.execute("SELECT key FROM entries")}

    def put(self, key: str, doc_id: str, tables: Tables) -> None:
        names = ", ".join(self.tables)
        marks = ", ".join("?" * (len(self.tables) + 2))
        values = [key, doc_id, *(_to_bytes(tables[name]) for name in self.tables)]
        self.db.execute(f"INSERT OR REPLACE INTO entries (key, doc_id, {names}) VALUES ({marks})", values)

    def commit(self) -> None:
        self.db.commit()

    def get(self, key: str) -> Tables | None:
        row = self.db.execute(f"SELECT {', '.join(self.tables)} FROM entries WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return {name: _from_bytes(blob) for name, blob in zip(self.tables, row, strict=True)}
        except (pa.ArrowInvalid, OSError):
            return None

    def prune(self, live: set[str]) -> int:
        """Delete entries no current document uses (renamed, edited or removed documents, old models)."""
        dead = self.keys() - live
        self.db.executemany("DELETE FROM entries WHERE key = ?", ((k,) for k in dead))
        self.db.commit()
        if len(dead) > 1000:  # give the space back after a large change (new model, corpus swapped)
            self.db.execute("VACUUM")
        return len(dead)

    def close(self) -> None:
        self.db.commit()
        self.db.close()
