"""End to end: `dvc repro` on a tiny corpus in a copy of the repository, then add a document and re-run."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "corpus"
TABLES = [
    "documents",
    "mentions",
    "sentences",
    "tokens",
    "roles",
    "organisations",
    "people",
    "places",
    "dates",
    "cooccurrence",
    "keywords",
    "topics",
    "document_topics",
    "topic_trends",
    "organisation_keywords",
]
PER_DOC_TABLES = ["mentions", "sentences", "tokens", "roles", "dates", "keywords", "document_topics"]

pytestmark = pytest.mark.slow


def _tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True).stdout
    return [p for p in out.decode().split("\0") if p]


def _copy_repo(dest: Path) -> None:
    for rel in _tracked_files():
        src = REPO / rel
        if rel.startswith("corpus/") or not src.is_file():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, target)
    (dest / "corpus").mkdir(exist_ok=True)
    subprocess.run(["git", "init", "-q"], cwd=dest, check=True)


def _repro(cwd: Path) -> subprocess.CompletedProcess:
    dvc = [sys.executable, "-m", "dvc"]
    result = subprocess.run([*dvc, "repro"], cwd=cwd, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"dvc repro failed:\n{result.stdout}\n{result.stderr}"
    return result


def _read(cwd: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(cwd / "outputs" / f"{name}.parquet")


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (REPO / "models" / "sv_pipeline" / "meta.json").exists():
        pytest.skip("models/sv_pipeline is not built (see README, Retraining the Swedish model)")
    dest = tmp_path_factory.mktemp("repo")
    _copy_repo(dest)
    for name in ("004_f0156bb6fe728b0d.txt", "001_0f7b872b2b1ede83.txt"):
        shutil.copy2(SEEDS / name, dest / "corpus" / name)
    (dest / "corpus" / "empty.txt").write_text("   \n", encoding="utf-8")
    _repro(dest)
    return dest


def test_first_run_builds_every_table(project: Path) -> None:
    for name in TABLES:
        assert (project / "outputs" / f"{name}.parquet").exists(), name
    manifest = json.loads((project / "outputs" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["tables"]["mentions"]["rows"] == len(_read(project, "mentions"))
    docs = _read(project, "documents").set_index("path")
    assert docs.loc["empty.txt", "status"] == "empty"
    assert (docs.loc[["001_0f7b872b2b1ede83.txt", "004_f0156bb6fe728b0d.txt"], "status"] == "ok").all()
    mentions = _read(project, "mentions")
    text = docs["text"].to_dict()
    by_id = dict(zip(docs["doc_id"], docs.index, strict=True))
    for row in mentions.itertuples():
        assert text[by_id[row.doc_id]][row.start_char : row.end_char] == row.text
    assert not _read(project, "keywords").empty
    assert not _read(project, "organisations").empty


def test_adding_a_document_only_adds_its_rows(project: Path) -> None:
    before = {name: _read(project, name) for name in PER_DOC_TABLES}
    new = "000_5c636dcecd822fdf.txt"
    shutil.copy2(SEEDS / new, project / "corpus" / new)
    result = _repro(project)
    assert "1 to annotate" in result.stderr + result.stdout  # the annotate store did the rest
    docs = _read(project, "documents")
    new_id = docs.loc[docs["path"] == new, "doc_id"].item()
    refitted = "refitting the topic model" in result.stderr + result.stdout  # 1 more on 2 documents: the rule refits
    for name in PER_DOC_TABLES:
        after = _read(project, name)
        old = after[after["doc_id"] != new_id].reset_index(drop=True)
        if name == "document_topics" and refitted:
            continue
        pd.testing.assert_frame_equal(old, before[name].reset_index(drop=True), obj=name)
        if name not in ("roles",):
            assert (after["doc_id"] == new_id).any(), f"{name} has no rows for the new document"


def test_params_mistakes_are_all_reported_before_any_stage_and_outputs_stay(project: Path) -> None:
    params_file = project / "params.yaml"
    good = params_file.read_text(encoding="utf-8")
    outputs = (project / "outputs").iterdir()
    before = {p.name: p.stat().st_mtime_ns for p in outputs if p.suffix in (".parquet", ".html")}
    bad = good.replace("max_bytes: 5000000", "max_bytes: -1").replace("min_df: 5 ", "min_df: fem ")
    bad = bad.replace("top_n: 25 ", "top_n: 2.5 ")
    assert bad.count("-1") and "fem" in bad and "2.5" in bad
    params_file.write_text(bad, encoding="utf-8")
    try:
        result = subprocess.run([sys.executable, "-m", "dvc", "repro"], cwd=project, capture_output=True, text=True,
                                timeout=900)
        log = result.stdout + result.stderr
        assert result.returncode != 0
        for key in ("'ingest.max_bytes'", "'themes.min_df'", "'report.top_n'"):
            assert key in log, log
        assert "Running stage 'ingest'" not in log and "Running stage 'themes'" not in log
        after = {p.name: p.stat().st_mtime_ns for p in (project / "outputs").iterdir() if p.name in before}
        assert after == before  # every table and the report still there, untouched
        status = subprocess.run([sys.executable, "-m", "pipeline.cli", "status"], cwd=project, capture_output=True,
                                text=True, timeout=120)
        assert "Stage params FAILED" in status.stdout and "'themes.min_df'" in status.stdout, status.stdout
    finally:
        params_file.write_text(good, encoding="utf-8")
    _repro(project)
    manifest = json.loads((project / "outputs" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"], manifest["stages"]
