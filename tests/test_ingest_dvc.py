"""Symlinks in corpus/ that DVC cannot hash: ingest names the file and the fix, and the fix works for DVC; and the
corpus as no DVC dependency: `dvc repro` still notices added, edited and deleted files."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.ingest import stage
from tests.test_ingest_helpers import SWEDISH, make_project, read_rows


@pytest.fixture()
def looped(tmp_path):
    root = make_project(tmp_path, {"a.txt": "Rubrik\n\n" + SWEDISH})
    os.symlink("loop", root / "corpus" / "loop")  # a link to itself
    os.symlink(".", root / "corpus" / "here")  # a folder link back to its parent: not followed
    return root


def test_link_loop_gets_a_row_naming_the_fix(looped, monkeypatch, capsys):
    monkeypatch.chdir(looped)
    assert stage.run() == 0
    rows = read_rows(looped)
    assert sorted(rows) == ["a.txt", "loop"]
    assert rows["loop"]["status"] == "unreadable"
    assert rows["loop"]["status_detail"] == (
        "symbolic link loop (points to 'loop', which leads back to itself); remove it, or add the line /corpus/loop "
        "to .dvcignore (DVC stops on it where the corpus is a dependency)"
    )
    assert stage.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "corpus/loop is a symbolic link loop" in out and "/corpus/loop to .dvcignore" in out


@pytest.mark.slow
def test_dvcignore_line_lets_dvc_hash_the_corpus(looped):
    """DVC itself stops on the loop (it hashes deps before any stage runs); the suggested .dvcignore line fixes it."""
    (looped / "dvc.yaml").write_text("stages:\n  s:\n    cmd: ls corpus\n    deps:\n      - corpus\n")
    dvc = [sys.executable, "-m", "dvc"]
    subprocess.run([*dvc, "init", "--no-scm", "-q"], cwd=looped, check=True, timeout=120)
    before = subprocess.run([*dvc, "status"], cwd=looped, capture_output=True, text=True, timeout=120)
    assert before.returncode != 0 and "Too many levels of symbolic links" in before.stderr
    with open(looped / ".dvcignore", "a", encoding="utf-8") as handle:
        handle.write("/corpus/loop\n")
    after = subprocess.run([*dvc, "status"], cwd=looped, capture_output=True, text=True, timeout=120)
    assert after.returncode == 0, after.stderr


@pytest.mark.slow
def test_dvc_notices_added_edited_and_deleted_files_without_hashing_the_corpus(tmp_path):
    """The corpus is no DVC dependency (DVC re-hashed the whole folder several times a run); ingest runs on every
    `dvc repro`, and the documents table, byte-identical when nothing changed, is what later stages see change."""
    import shutil

    import yaml

    from pipeline.config import load_params
    from pipeline.dag import entry

    root = make_project(tmp_path, {"a.txt": "Rubrik\n\n" + SWEDISH, "b.txt": "Andra\n\n" + SWEDISH + " Två."})
    shutil.copytree(stage.Path(__file__).resolve().parents[1] / "pipeline", root / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    ingest = entry(stage.DECLARATION, load_params(root / "params.yaml"))
    assert "corpus" not in ingest["deps"] and ingest["always_changed"] is True
    count = {"cmd": "python -c \"import pyarrow.parquet as pq; t = pq.read_table('outputs/documents.parquet'); "
                    "open('count.txt', 'w').write(','.join(sorted(t['path'].to_pylist())))\"",
             "deps": ["outputs/documents.parquet"], "outs": [{"count.txt": {"cache": False}}]}
    # params.yaml holds only ingest's section: no params check stage, so not its output as a dependency either
    ingest["deps"] = [d for d in ingest["deps"] if d != stage.PARAMS_CHECKED]
    (root / "dvc.yaml").write_text(yaml.safe_dump({"stages": {"ingest": ingest, "count": count}}))
    env = {**os.environ, "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", "")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def dvc(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "dvc", *args], cwd=root, capture_output=True, text=True,
                              timeout=300, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    subprocess.run([sys.executable, "-m", "dvc", "init", "--no-scm", "-q"], cwd=root, check=True, timeout=120)
    dvc("repro")
    assert (root / "count.txt").read_text() == "a.txt,b.txt"
    # Nothing changed: ingest runs (cheaply, from its cache) and the later stage is skipped.
    assert "Running stage 'count'" not in dvc("repro")
    assert "ingest" in dvc("status")  # an always-run stage is always listed
    for change, expected in (
        (lambda: (root / "corpus" / "c.txt").write_text("Tredje\n\n" + SWEDISH + " Tre.", encoding="utf-8"),
         "a.txt,b.txt,c.txt"),
        (lambda: (root / "corpus" / "b.txt").write_text("Ändrad\n\n" + SWEDISH + " Ny.", encoding="utf-8"),
         "a.txt,b.txt,c.txt"),
        (lambda: (root / "corpus" / "a.txt").unlink(), "b.txt,c.txt"),
    ):
        before = (root / "outputs" / "documents.parquet").read_bytes()
        change()
        assert "Running stage 'count'" in dvc("repro")
        assert (root / "count.txt").read_text() == expected
        assert (root / "outputs" / "documents.parquet").read_bytes() != before
