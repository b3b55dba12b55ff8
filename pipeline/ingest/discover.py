"""Find the corpus files: every file under the corpus folder, recursively, in sorted POSIX-path order.

Skipped (never documents): hidden files and folders (name starts with "."), the corpus's own metadata.csv, and
README files (README, README.md, README.txt ...). Symlinked folders are not followed (no loops); symlinked files,
including broken ones, are listed so that they get a row (a broken link becomes `unreadable`).
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger("pipeline.ingest")

SKIP_NAMES = frozenset({"metadata.csv"})


def is_skipped(name: str) -> bool:
    return name.startswith(".") or name.lower() in SKIP_NAMES or name.lower().split(".")[0] == "readme"


def doc_id(relpath: str) -> str:
    """Stable id from the POSIX path relative to the corpus folder."""
    return hashlib.sha256(relpath.encode("utf-8")).hexdigest()[:16]


def relative_posix(path: Path, corpus_dir: Path) -> str:
    """POSIX path of `path` relative to `corpus_dir` (symlinks not resolved); the bare name if outside it."""
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(corpus_dir)).as_posix()
    except ValueError:
        return Path(path).name


def discover(corpus_dir: Path) -> list[tuple[str, Path]]:
    """[(relative POSIX path, path)] sorted by relative path."""
    found: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(corpus_dir, followlinks=False):
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):
                log.warning("ingest: %s: symlinked folder not followed", os.path.join(root, name))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if is_skipped(name):
                continue
            path = Path(root) / name
            found.append((relative_posix(path, corpus_dir), path))
    return sorted(found)
