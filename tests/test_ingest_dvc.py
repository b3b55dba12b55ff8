"""Symlinks in corpus/ that DVC cannot hash: ingest names the file and the fix, and the fix works for DVC."""

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
        "symbolic link loop (points to 'loop', which leads back to itself); `dvc repro` stops on this link before "
        "any stage runs: remove it, or add the line /corpus/loop to .dvcignore"
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
