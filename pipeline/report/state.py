"""What changed since the previous run: a snapshot of the outputs, kept next to them, compared with the last one.

The state file holds the current snapshot and the one before it. Rebuilding the report over unchanged outputs
(e.g. after a change to the report code) therefore still shows the changes of the last real run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.tables import write_text

Snapshot = dict[str, Any]  # {"run_id": str|None, "tables": {name: rows}, "documents": {path: [sha256, status]}}


def fingerprint(snapshot: Snapshot) -> str:
    blob = json.dumps(snapshot, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def read_state(path: Path) -> dict[str, Any]:
    """The saved state, or an empty one when the file is missing or unreadable (a report must still build)."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def advance(state: Mapping[str, Any], current: Snapshot) -> tuple[Snapshot | None, dict[str, Any]]:
    """The snapshot to compare against, and the state to save after this build."""
    saved = state.get("current")
    if isinstance(saved, dict) and fingerprint(saved) == fingerprint(current):
        previous = state.get("previous")
        return (previous if isinstance(previous, dict) else None), dict(state)
    return (saved if isinstance(saved, dict) else None), {"current": current, "previous": saved}


def write_state(path: Path, state: Mapping[str, Any]) -> None:
    write_text(path, json.dumps(state, sort_keys=True, ensure_ascii=False))



@dataclass
class Changes:
    first_run: bool
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    status_changed: list[tuple[str, str, str]] = field(default_factory=list)  # path, old status, new status
    table_rows: list[tuple[str, int | None, int | None]] = field(default_factory=list)  # name, old, new (differing)
    previous_run_id: str | None = None


def diff(previous: Snapshot | None, current: Snapshot) -> Changes:
    if previous is None:
        return Changes(first_run=True)
    old_docs: dict[str, list] = previous.get("documents", {})
    new_docs: dict[str, list] = current.get("documents", {})
    changes = Changes(first_run=False, previous_run_id=previous.get("run_id"))
    changes.added = sorted(set(new_docs) - set(old_docs))
    changes.removed = sorted(set(old_docs) - set(new_docs))
    for path in sorted(set(new_docs) & set(old_docs)):
        (old_sha, old_status), (new_sha, new_status) = old_docs[path], new_docs[path]
        if old_sha != new_sha:
            changes.changed.append(path)
        if old_status != new_status:
            changes.status_changed.append((path, old_status, new_status))
    old_rows, new_rows = previous.get("tables", {}), current.get("tables", {})
    for name in sorted(set(old_rows) | set(new_rows)):
        if old_rows.get(name) != new_rows.get(name):
            changes.table_rows.append((name, old_rows.get(name), new_rows.get(name)))
    return changes
