"""Scale smoke test: `dvc repro` over ~500 press releases plus one 1.5 MB report, checking correctness, not time.

Needs ../shared/data/regeringen-pressmeddelanden (skipped where it is absent, e.g. on a user's fresh clone).
Timings belong to benchmarks/bench_scale.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from tests.test_e2e_dvc import REPO, _copy_repo, _repro

PRESS = REPO.parent / "shared" / "data" / "regeringen-pressmeddelanden"
N_DOCS = 500
LONG_CHARS = 1_500_000

pytestmark = [
    pytest.mark.shared_data,
    pytest.mark.slow,
    pytest.mark.skipif(not PRESS.is_dir(), reason=f"{PRESS} not found (the shared corpora are not here)"),
]


def _long_report(files: list[Path]) -> str:
    parts, size = [], 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        parts.append(text)
        size += len(text) + 2
        if size > LONG_CHARS:
            break
    return "Regional analys av kompetensförsörjningen\n\n" + "\n\n".join(parts)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("scale")
    _copy_repo(dest)
    files = sorted(PRESS.rglob("*.md"))
    for path in files[:N_DOCS]:
        target = dest / "corpus" / "press" / path.relative_to(PRESS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    (dest / "corpus" / "lang_rapport.txt").write_text(_long_report(files[N_DOCS:]), encoding="utf-8")
    _repro(dest)
    return dest


def test_every_ok_document_has_tokens_and_sentences(project: Path) -> None:
    docs = pq.read_table(project / "outputs/documents.parquet", columns=["doc_id", "status"])
    ok = set(pc.filter(docs["doc_id"], pc.equal(docs["status"], "ok")).to_pylist())
    assert len(ok) >= N_DOCS * 0.95
    for table in ("tokens", "sentences"):
        ids = set(pq.read_table(project / f"outputs/{table}.parquet", columns=["doc_id"])["doc_id"].to_pylist())
        assert ok <= ids, f"{len(ok - ids)} ok documents have no {table}"


def test_mention_offsets_point_into_the_text(project: Path) -> None:
    docs = pq.read_table(project / "outputs/documents.parquet", columns=["doc_id", "text"]).to_pylist()
    text = {d["doc_id"]: d["text"] for d in docs}
    mentions = pq.read_table(project / "outputs/mentions.parquet",
                             columns=["doc_id", "start_char", "end_char", "text"]).to_pylist()
    assert len(mentions) > N_DOCS
    bad = [m for m in mentions if text[m["doc_id"]][m["start_char"] : m["end_char"]] != m["text"]]
    assert not bad, bad[:3]


def test_the_long_document_is_annotated_to_its_end(project: Path) -> None:
    docs = pq.read_table(project / "outputs/documents.parquet", columns=["doc_id", "path", "status", "n_chars"])
    row = next(d for d in docs.to_pylist() if d["path"] == "lang_rapport.txt")
    assert row["status"] == "ok" and row["n_chars"] > LONG_CHARS * 0.9
    mentions = pq.read_table(project / "outputs/mentions.parquet", columns=["doc_id", "start_char"])
    starts = pc.filter(mentions["start_char"], pc.equal(mentions["doc_id"], row["doc_id"]))
    assert pc.max(starts).as_py() > 1_000_000
    sentences = pq.read_table(project / "outputs/sentences.parquet", columns=["doc_id", "sentence"])
    numbers = pc.filter(sentences["sentence"], pc.equal(sentences["doc_id"], row["doc_id"])).to_pylist()
    assert numbers == list(range(len(numbers)))  # one numbering across the chunks


def test_the_manifest_says_the_output_set_is_complete(project: Path) -> None:
    manifest = json.loads((project / "outputs/manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"], manifest["stages"]
