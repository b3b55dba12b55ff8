"""The last run's tables, as the source of rows for documents whose annotation has not changed.

Adding one document to a corpus of thousands would otherwise decode every document's rows from the store just to
write the tables again. Instead the tables of the last run are kept next to the store (hard links to the outputs,
or copies where links are impossible) with an index: each document's store key and row count per table, in file
order. The next run reads those files in order in large batches and copies whole runs of unchanged documents'
rows, and takes only new or changed documents from the store. The rows written are the same either way, and
`TableWriter` cuts row groups by row count, so the files are byte-identical to a full rewrite.

Anything inconsistent (an index missing, a file of another size) means there are no previous tables, and every
document comes from the store.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import write_text

log = logging.getLogger("pipeline.annotate")

FOLDER = "last"
INDEX = "index.json"
FORMAT = 1
READ_ROWS = 65_536


@dataclass(frozen=True)
class Index:
    keys: list[str]  # store keys of the documents, in the files' row order
    counts: dict[str, list[int]]  # table -> each document's row count, in the same order

    def position(self) -> dict[str, int]:
        return {key: i for i, key in enumerate(self.keys)}


class RowReader:
    """Reads one parquet file front to back: `take(n)` returns the next n rows, `skip(n)` drops them."""

    def __init__(self, path: Path) -> None:
        self._file = pq.ParquetFile(path)
        self._batches = self._file.iter_batches(batch_size=READ_ROWS, use_threads=True)
        self._current: pa.Table | None = None

    def _fill(self) -> pa.Table:
        if self._current is None or self._current.num_rows == 0:
            batch = next(self._batches)  # StopIteration here means the index does not match the file
            self._current = pa.Table.from_batches([batch])
        return self._current

    def take(self, n: int) -> list[pa.Table]:
        parts = []
        while n > 0:
            current = self._fill()
            k = min(n, current.num_rows)
            parts.append(current.slice(0, k))
            self._current = current.slice(k)
            n -= k
        return parts

    def skip(self, n: int) -> None:
        self.take(n)

    def close(self) -> None:
        self._file.close()


def load(root: Path, tables: Mapping[str, pa.Schema]) -> tuple[Index, dict[str, Path]] | None:
    """The previous run's index and files, if they are there and agree with each other."""
    folder = root / FOLDER
    try:
        raw = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT or set(raw["tables"]) != set(tables):
            return None
        files = {name: folder / f"{name}.parquet" for name in tables}
        for name, path in files.items():
            info = raw["tables"][name]
            if path.stat().st_size != info["bytes"] or len(info["counts"]) != len(raw["keys"]):
                return None
            if pq.ParquetFile(path).metadata.num_rows != sum(info["counts"]):
                return None
        index = Index(raw["keys"], {name: raw["tables"][name]["counts"] for name in tables})
    except (OSError, ValueError, KeyError, TypeError, pa.ArrowException) as err:
        if not isinstance(err, FileNotFoundError):
            log.warning("annotate: previous tables under %s are unusable (%s); reading the store instead",
                        folder, err)
        return None
    return index, files


def save(root: Path, outputs: Mapping[str, Path], index: Index) -> None:
    """Keep `outputs` (just written) as the previous tables of the next run. The index goes first, so a crash half
    way leaves no index, never an index that describes other files."""
    folder = root / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    (folder / INDEX).unlink(missing_ok=True)
    sizes = {}
    for name, source in outputs.items():
        target = folder / f"{name}.parquet"
        target.unlink(missing_ok=True)
        try:
            os.link(source, target)  # the output is replaced by rename, never rewritten, so a link stays valid
        except OSError:
            shutil.copyfile(source, target)
        sizes[name] = target.stat().st_size
    body = {"format": FORMAT, "keys": index.keys,
            "tables": {name: {"bytes": sizes[name], "counts": index.counts[name]} for name in outputs}}
    write_text(folder / INDEX, json.dumps(body, separators=(",", ":")))


@dataclass(frozen=True)
class FromPrevious:
    start: int  # index positions [start, stop) of the previous files, contiguous
    stop: int


@dataclass(frozen=True)
class FromStore:
    key: str


def plan(keys_in_order: list[str], previous: Index | None,
         exclude: Collection[str] = ()) -> Iterator[FromPrevious | FromStore]:
    """Where each document's rows come from, in output order: runs of documents found, in the same order, in the
    previous files, and single documents from the store (or annotated now: `exclude`, never taken from the
    previous files)."""
    position = {k: i for k, i in previous.position().items() if k not in exclude} if previous else {}
    cursor = 0  # first previous document not yet passed
    run: list[int] = []
    for key in keys_in_order:
        i = position.get(key)
        if i is not None and i >= cursor and (not run or i == run[-1] + 1):
            run.append(i)
            cursor = i + 1
            continue
        if run:
            yield FromPrevious(run[0], run[-1] + 1)
            run = []
        if i is not None and i >= cursor:
            run, cursor = [i], i + 1
        else:
            yield FromStore(key)
    if run:
        yield FromPrevious(run[0], run[-1] + 1)
