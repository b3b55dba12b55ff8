"""Find the corpus files: every file under the corpus folder, recursively, in sorted POSIX-path order.

Skipped (never documents): hidden files and folders (name starts with "."), files named metadata.csv (the one at
`ingest.metadata_csv` is read as metadata; any other is logged as ignored by the stage), and README files (README,
README.md, README.txt ...).

Paths are Unicode NFC: macOS writes "å" in file names decomposed (NFD, "a" + ring), metadata.csv and every other
tool write it composed, and the two must name the same document (the same `path`, the same `doc_id`, wherever the
corpus was copied). Where a folder holds both forms of one name (possible on Linux), the file whose name is
already NFC gets the NFC path and the other keeps its name as stored.

Symlinked folders are not followed (no loops); symlinked files, including broken ones, are listed so that they get
a row (a broken link or a link loop becomes `unreadable`).

The corpus is no DVC dependency (ingest's file cache finds what changed), so such a file does not stop `dvc repro`;
a pipeline that does declare the folder as a dependency stops with "[Errno 40] Too many levels of symbolic links"
(a link loop) or "[Errno 2] No such file or directory" (a broken link) before any stage runs. `dvc_fix` names the
fix (remove the link, or list its path in .dvcignore), which ingest puts in the file's status_detail and
`python -m pipeline.ingest --check` prints without running the stage.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import unicodedata
from pathlib import Path

log = logging.getLogger("pipeline.ingest")

SKIP_NAMES = frozenset({"metadata.csv"})


def is_skipped(name: str) -> bool:
    return name.startswith(".") or name.lower() in SKIP_NAMES or name.lower().split(".")[0] == "readme"


def doc_id(relpath: str) -> str:
    """Stable id from the POSIX path relative to the corpus folder."""
    return hashlib.sha256(relpath.encode("utf-8")).hexdigest()[:16]


def nfc(path: str) -> str:
    return unicodedata.normalize("NFC", path)


def relative_posix(path: Path, corpus_dir: Path) -> str:
    """NFC POSIX path of `path` relative to `corpus_dir` (symlinks not resolved); the bare name if outside it."""
    try:
        return nfc(Path(os.path.abspath(path)).relative_to(os.path.abspath(corpus_dir)).as_posix())
    except ValueError:
        return nfc(Path(path).name)


def link_problem(path: Path, corpus_dir: Path) -> str | None:
    """What is wrong with a symbolic link DVC cannot hash, with the fix; None for anything else."""
    if not os.path.islink(path):
        return None
    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            what = "is a symbolic link loop (it points, directly or through other links, back to itself)"
        else:
            what = f"is a broken symbolic link (its target {os.readlink(path)!r} does not exist)"
        return f"{path} {what}; {dvc_fix(path)}"
    return None


def dvc_fix(path: Path) -> str:
    """What to do about a link DVC cannot hash (DVC hashes the corpus before the stage runs)."""
    ignore = "/" + Path(os.path.relpath(path)).as_posix()
    return f"remove it, or add the line {ignore} to .dvcignore (DVC stops on it where the corpus is a dependency)"


def stray_metadata(corpus_dir: Path, metadata_csv: Path | None) -> list[Path]:
    """Files named metadata.csv under corpus_dir other than the configured one: never read, so worth a warning."""
    configured = os.path.abspath(metadata_csv) if metadata_csv else None
    found = []
    for root, dirs, files in os.walk(corpus_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root, n) for n in sorted(files)
                  if n.lower() == "metadata.csv" and os.path.abspath(Path(root, n)) != configured]
    return found


def nfc_paths(found: list[tuple[str, Path]]) -> list[tuple[str, Path]]:
    """Relative paths in NFC; of two files whose names differ only in normalisation, the already-NFC one gets the
    NFC path and the other keeps its own, so no two rows share a path or an id."""
    taken = {rel for rel, _ in found if rel == nfc(rel)}
    out = []
    for rel, path in found:
        composed = nfc(rel)
        out.append((composed if rel == composed or composed not in taken else rel, path))
        taken.add(composed)
    return sorted(out)


def discover(corpus_dir: Path) -> list[tuple[str, Path]]:
    """[(relative POSIX path in NFC, path)] sorted by relative path."""
    found: list[tuple[str, Path]] = []
    base = os.path.abspath(corpus_dir)
    for root, dirs, files in os.walk(corpus_dir, followlinks=False):
        # relative path of this folder, computed once per folder (pathlib per file cost ~0.1 ms x 8,000 files)
        rel_root = os.path.relpath(os.path.abspath(root), base).replace(os.sep, "/")
        prefix = "" if rel_root == "." else rel_root + "/"
        for name in dirs:
            if os.path.islink(os.path.join(root, name)):
                log.warning("ingest: %s: symlinked folder not followed", os.path.join(root, name))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if is_skipped(name):
                continue
            found.append((prefix + name, Path(root, name)))
    return nfc_paths(sorted(found))
