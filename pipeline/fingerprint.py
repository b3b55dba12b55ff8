"""One way to fingerprint files: what caches key on and what Dask workers compare with their client."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

# The folder that holds the `pipeline` package: code paths ("pipeline/annotate") resolve against it, not against
# the working directory, so a Dask worker started elsewhere computes the same fingerprint.
PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def fingerprint(paths: Iterable[str | Path], root: Path = PACKAGE_ROOT) -> str:
    """sha256 over every file under `paths` (folders recursively, __pycache__ skipped): each file's name relative to
    its path argument and its bytes. Missing paths count as empty."""
    digest = hashlib.sha256()
    for arg in paths:
        path = root / arg
        if not Path(arg).is_absolute():  # a relative code path names itself; an absolute one (a model folder) must
            digest.update(str(arg).encode())  # not make the fingerprint depend on where the checkout lives
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if "__pycache__" in file.parts or not file.is_file():
                continue
            digest.update(str(file.relative_to(path) if path.is_dir() else file.name).encode())
            digest.update(hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()[:16]
