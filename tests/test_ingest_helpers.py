"""Shared helpers (no tests) for the ingest tests: a throw-away project with its own params.yaml and corpus/."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import yaml

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "corpus"

SWEDISH = (
    "Region Skåne arbetar med kompetensförsörjning tillsammans med kommunerna och Arbetsförmedlingen. "
    "Det är viktigt att företagen och arbetsgivarna får rätt kompetens, och att utbildningen finns där "
    "behoven är som störst.\n"
)
ENGLISH = (
    "The region works with skills supply together with the municipalities and the employment service. "
    "It is important that the companies and the employers get the right skills where they are needed.\n"
)

PARAMS = {
    "corpus_dir": "corpus",
    "metadata_csv": "corpus/metadata.csv",
    "max_bytes": 5_000_000,
    "min_chars": 20,
    "min_swedish_score": 0.5,
}


def make_project(root: Path, files: dict[str, bytes | str] | None = None, **params) -> Path:
    """Write params.yaml (ingest section) and corpus files under root; returns root."""
    (root / "corpus").mkdir(parents=True, exist_ok=True)
    (root / "params.yaml").write_text(
        yaml.safe_dump({"ingest": {**PARAMS, **params}}, sort_keys=False), encoding="utf-8"
    )
    for rel, content in (files or {}).items():
        path = root / "corpus" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            content = content.encode("utf-8")
        path.write_bytes(content)
    return root


def read_rows(root: Path) -> dict[str, dict]:
    table = pq.read_table(root / "outputs" / "documents.parquet")
    return {row["path"]: row for row in table.to_pylist()}
