"""The ingest file cache: one SQLite file (default cache/ingest/files.sqlite) that makes a re-run read only the
files that changed, and remembers the order in which files arrived in the corpus.

- `files`: per relative path, the file's size and mtime_ns, the cache key (ingest settings + the version of the
  ingest code and of the libraries it uses) and the documents row `document.read_document` made for it. A file
  whose size, mtime and key all match is not read again. Rows are stored as JSON (dates as ISO strings), so a row
  from the cache is the same row, and the table byte-identical, as one computed afresh.
- `arrival`: per relative path, the number of the run that first saw it. Duplicate detection keeps the copy that
  arrived first (pipeline.ingest.stage.mark_duplicates); without history, the older modification time, then path.

The cache is not a DVC output (DVC would hash it and dirty dvc.lock). It is disposable: a missing, unreadable or
corrupt file is replaced by an empty one, with a warning, and everything is computed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date
from importlib import metadata, resources
from pathlib import Path
from typing import Any

log = logging.getLogger("pipeline.ingest")

CACHE_FILE = "files.sqlite"
# Libraries whose version changes what ingest extracts: a new version invalidates every cached row.
LIBRARIES = ("pypdfium2", "trafilatura", "ftfy", "lxml", "striprtf", "charset-normalizer", "pyarrow")
SCHEMA = """
CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, key TEXT, row TEXT);
CREATE TABLE IF NOT EXISTS arrival (path TEXT PRIMARY KEY, run INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS runs (run INTEGER PRIMARY KEY);
"""
_DATE_KEYS = ("published",)


def code_version() -> str:
    """A fingerprint of the ingest package's source and data files and of the libraries it relies on."""
    digest = hashlib.sha256()
    package = resources.files("pipeline.ingest")
    for entry in sorted(_walk(package), key=lambda e: e[0]):
        digest.update(entry[0].encode() + b"\0" + entry[1] + b"\0")
    for name in LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()[:16]


def _walk(folder, prefix: str = "") -> Iterable[tuple[str, bytes]]:
    for entry in folder.iterdir():
        name = prefix + entry.name
        if entry.is_dir():
            if entry.name != "__pycache__":
                yield from _walk(entry, name + "/")
        elif entry.name.endswith((".py", ".txt", ".tsv", ".json")):
            yield name, entry.read_bytes()


def cache_key(settings: Mapping[str, Any]) -> str:
    blob = json.dumps(dict(settings), sort_keys=True, default=str) + code_version()
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _encode(row: Mapping[str, Any]) -> str:
    return json.dumps({k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}, ensure_ascii=False)


def _decode(text: str) -> dict:
    row = json.loads(text)
    for key in _DATE_KEYS:
        if row.get(key):
            row[key] = date.fromisoformat(row[key])
    return row


class IngestCache:
    """Open with a folder and the cache key; `None` folder = no cache (every file is read, path order rules)."""

    def __init__(self, folder: Path | None, key: str) -> None:
        self.key = key
        self.db: sqlite3.Connection | None = None
        self.run = 1
        self.pending: list[tuple] = []
        if folder is not None:
            self._open(Path(folder) / CACHE_FILE)

    def _open(self, path: Path) -> None:
        for attempt in (1, 2):
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, timeout=30)
                db.executescript(SCHEMA)
                self.run = (db.execute("SELECT max(run) FROM runs").fetchone()[0] or 0) + 1
                self.db = db
                return
            except (sqlite3.DatabaseError, OSError) as err:
                if attempt == 2:
                    log.warning("ingest: cache %s unusable (%s); running without it", path, err)
                    return
                log.warning("ingest: cache %s is unreadable (%s); starting a new one", path, err)
                with contextlib.suppress(Exception):  # the connection may never have opened
                    db.close()
                path.unlink(missing_ok=True)

    def _fail(self, err: Exception) -> None:
        log.warning("ingest: cache error (%s); continuing without the cache", err)
        try:
            self.db.close()
        finally:
            self.db = None

    def lookup(self) -> dict[str, tuple[int, int, str, str]]:
        """All cached entries: {path: (size, mtime_ns, key, row json)}."""
        if self.db is None:
            return {}
        try:
            return {p: (s, m, k, r) for p, s, m, k, r in self.db.execute("SELECT * FROM files")}
        except sqlite3.DatabaseError as err:
            self._fail(err)
            return {}

    def row(self, entry: tuple[int, int, str, str] | None, size: int, mtime_ns: int) -> dict | None:
        """The cached row when the entry matches the file's size, mtime and the current key."""
        if entry is None or entry[:3] != (size, mtime_ns, self.key):
            return None
        try:
            return _decode(entry[3])
        except (ValueError, TypeError):
            return None

    def put(self, relpath: str, size: int, mtime_ns: int, row: Mapping[str, Any]) -> None:
        self.pending.append((relpath, size, mtime_ns, self.key, _encode(row)))

    def arrival(self, paths: Iterable[str]) -> dict[str, int]:
        """{path: run that first saw it}; paths new to the cache get this run's number."""
        paths = list(paths)
        known: dict[str, int] = {}
        if self.db is not None:
            try:
                known = dict(self.db.execute("SELECT path, run FROM arrival"))
            except sqlite3.DatabaseError as err:
                self._fail(err)
        return {p: known.get(p, self.run) for p in paths}

    def commit(self, present: Iterable[str], arrival: Mapping[str, int]) -> None:
        """Store new rows and arrivals, forget files no longer in the corpus, record this run."""
        if self.db is None:
            return
        present = set(present)
        try:
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", self.pending)
                self.db.executemany(
                    "INSERT OR IGNORE INTO arrival VALUES (?, ?)", sorted((p, arrival[p]) for p in present)
                )
                for table in ("files", "arrival"):
                    gone = [(p,) for (p,) in self.db.execute(f"SELECT path FROM {table}") if p not in present]
                    self.db.executemany(f"DELETE FROM {table} WHERE path = ?", gone)
                self.db.execute("INSERT OR IGNORE INTO runs VALUES (?)", (self.run,))
        except sqlite3.DatabaseError as err:
            self._fail(err)
        self.pending = []

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
