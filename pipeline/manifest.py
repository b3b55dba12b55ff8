"""outputs/manifest.json: which run wrote each table, and whether the set of tables is complete.

Every analysis stage records itself here when it starts (status `running`), when it fails and when it finishes
(its tables with row counts and the run ids of the tables it read). The set is `complete` when no stage is running
or failed and every table was derived from the current version of each table it read, so an analyst can tell a
finished output set from one left half-written by an interrupted or failed `dvc repro`.
Not a DVC output: it is a log of runs, not a result, and every stage writes to it.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow.parquet as pq

from pipeline.tables import write_text

if TYPE_CHECKING:
    from pipeline.stage import Stage

MANIFEST = Path("outputs/manifest.json")
OUTPUTS_DIR = "outputs/"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _table_name(path: str) -> str | None:
    return Path(path).stem if path.startswith(OUTPUTS_DIR) and path.endswith(".parquet") else None


def _rows(path: Path) -> int | None:
    try:
        return pq.read_metadata(path).num_rows
    except (OSError, ValueError):
        return None


def content_id(paths: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        file = Path(path)
        digest.update(path.encode())
        if file.is_file():
            with file.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()[:12]


def mark_stale(data: dict[str, Any]) -> None:
    """A table is stale when it was derived from an older version of a table it read, when the stage that writes
    it failed after writing it (its rows predate that run's inputs), or when a table it read is stale."""
    tables = data.get("tables", {})
    stages = data.get("stages", {})
    for table in tables.values():
        table["stale"], table["stale_reason"] = False, None
        stage = stages.get(table.get("stage"), {})
        if stage.get("status") == "failed":
            table.update(stale=True, stale_reason=f"stage {table.get('stage')} failed at {stage.get('finished_at')}; "
                                                  "these are the rows of its last successful run")
        for name, run_id in table.get("inputs", {}).items():
            if not table["stale"] and name in tables and tables[name].get("run_id") != run_id:
                table.update(stale=True, stale_reason=f"derived from an older version of {name}")
    changed = True
    while changed:  # staleness flows downstream
        changed = False
        for table in tables.values():
            source = next((n for n in table.get("inputs", {}) if tables.get(n, {}).get("stale")), None)
            if source and not table["stale"]:
                table.update(stale=True, stale_reason=f"derived from {source}, which is stale")
                changed = True


def is_complete(data: dict[str, Any]) -> bool:
    stages = data.get("stages", {})
    tables = data.get("tables", {})
    if not stages or any(s.get("status") != "ok" for s in stages.values()):
        return False
    return not any(table.get("stale") for table in tables.values())


class Manifest:
    def __init__(self, path: Path = MANIFEST) -> None:
        self.path = path

    @classmethod
    def for_outputs(cls, stage: Stage) -> Manifest | None:
        """The manifest of the stage's outputs folder, or None for stages that write no tables there."""
        return cls() if any(_table_name(p) for p in stage.outputs.values()) else None

    def read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _write(self, data: dict[str, Any]) -> None:
        mark_stale(data)
        stages = list(data.get("stages", {}).values())
        latest = max(stages, key=lambda s: s.get("finished_at") or s.get("started_at") or "", default={})
        data["run_id"] = latest.get("run_id")  # the stage run that touched the outputs last
        data["updated_at"] = _now()
        data["complete"] = is_complete(data)
        write_text(self.path, json.dumps(data, indent=1, sort_keys=True))

    def start(self, stage: Stage) -> None:
        data = self.read()
        tables = data.get("tables", {})
        inputs = {n: tables.get(n, {}).get("run_id") for n in map(_table_name, stage.inputs.values()) if n}
        data.setdefault("stages", {})[stage.name] = {
            "status": "running", "run_id": uuid.uuid4().hex[:12], "started_at": _now(), "inputs": inputs,
        }
        self._write(data)

    def fail(self, stage: Stage, error: str) -> None:
        data = self.read()
        entry = data.setdefault("stages", {}).setdefault(stage.name, {})
        entry.setdefault("run_id", uuid.uuid4().hex[:12])  # a stage recorded only when it fails has none yet
        entry.update(status="failed", finished_at=_now(), error=error[:2000])
        self._write(data)

    def forget(self, stage: Stage) -> None:
        """Drop a stage's entry (a stage without tables that succeeded after a failure)."""
        data = self.read()
        if stage.name in data.get("stages", {}):
            del data["stages"][stage.name]
            self._write(data)

    def finish(self, stage: Stage, seconds: float) -> None:
        data = self.read()
        entry = data.setdefault("stages", {}).setdefault(stage.name, {})
        # A finished run is named by what it wrote, so the same inputs give the same id (and the report that
        # shows it the same bytes); a running or failed one keeps the random id it started with.
        entry.update(status="ok", finished_at=_now(), seconds=round(seconds, 2), error=None,
                     run_id=content_id(stage.outputs.values()))
        tables = data.setdefault("tables", {})
        for path in stage.outputs.values():
            name = _table_name(path)
            if name:
                tables[name] = {"path": path, "rows": _rows(Path(path)), "stage": stage.name,
                                "run_id": entry["run_id"], "written_at": entry["finished_at"],
                                "inputs": entry.get("inputs", {})}
        self._write(data)
