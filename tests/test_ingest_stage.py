"""The ingest stage end to end in a temp project: every bad-input class, metadata.csv, exit codes,
determinism and a run killed mid-way."""

from __future__ import annotations

import hashlib
import logging
import os
import signal
import subprocess
import sys
import time
from datetime import date

import pyarrow.parquet as pq
import pytest

from pipeline.ingest import stage
from pipeline.ingest.discover import doc_id
from pipeline.schemas import DOCUMENTS, STATUSES
from tests.test_ingest_helpers import ENGLISH, REPO, SEEDS, SWEDISH, make_project, read_rows


def run_stage(root, monkeypatch) -> int:
    monkeypatch.chdir(root)
    return stage.run()


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def mixed(tmp_path):
    files = {
        "a_ok.txt": "Rubrik\n\n" + SWEDISH,
        "b_copy.txt": "Rubrik\n\n" + SWEDISH,  # identical bytes
        "c_same_text.txt": ("Rubrik\r\n\r\n" + SWEDISH).encode("utf-16"),  # same clean text
        "d_empty.txt": b"",
        "e_blank.md": b"   \n\t\n  ",
        "f_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20,
        "g_bad_bom.txt": b"\xef\xbb\xbfKompetens \xff\xfe\xfa",
        "h_english.txt": ENGLISH,
        "i_big.txt": "Stor fil. " * 200,
        "j_broken.pdf": b"%PDF-1.4 ...",
        "j_photo.jpg": b"\xff\xd8\xff\xe0 not a document",
        "k_only_boilerplate.txt": "Gå direkt till huvudinnehållet\n\nPublicerad: Uppdaterad:\n",
        "sub/l_nested.html": f"<html><body><h1>Kapslad sida</h1><p>{SWEDISH}</p></body></html>",
        ".hidden.txt": SWEDISH,
        "README.md": "# Om korpusen\n",
    }
    root = make_project(tmp_path, files, max_bytes=1000)
    os.symlink(tmp_path / "corpus" / "gone.txt", tmp_path / "corpus" / "m_broken_link.txt")
    return root


def test_every_bad_input_class(mixed, monkeypatch, caplog):
    caplog.set_level(logging.INFO, logger="pipeline.ingest")
    assert run_stage(mixed, monkeypatch) == 0
    rows = read_rows(mixed)
    expected = {
        "a_ok.txt": ("ok", None),
        "b_copy.txt": ("duplicate", "identical bytes to a_ok.txt"),
        "c_same_text.txt": ("duplicate", "same text after cleaning as a_ok.txt"),
        "d_empty.txt": ("empty", "the file is 0 bytes"),
        "e_blank.md": ("empty", "the file contains only whitespace"),
        "f_binary.txt": ("binary", "NUL bytes"),
        "g_bad_bom.txt": ("decode_error", "byte-order mark but is not valid utf-8-sig"),
        "h_english.txt": ("not_swedish", "best guess: en"),
        "i_big.txt": ("too_large", "2000 bytes is over ingest.max_bytes = 1000"),
        "j_broken.pdf": ("decode_error", "not a readable PDF"),
        "j_photo.jpg": ("unsupported", "extension '.jpg' is not a supported format"),
        "k_only_boilerplate.txt": ("empty", "after removing 2 line(s) of boilerplate"),
        "m_broken_link.txt": ("unreadable", "broken symbolic link"),
        "sub/l_nested.html": ("ok", None),
    }
    assert sorted(rows) == sorted(expected)  # hidden files and README are not documents
    for path, (status, detail) in expected.items():
        row = rows[path]
        assert row["status"] == status, (path, row["status_detail"])
        assert row["doc_id"] == doc_id(path)
        if detail is None:
            assert row["status_detail"] is None and row["text"]
        else:
            assert detail in row["status_detail"], (path, row["status_detail"])
            if status != "not_swedish":
                assert row["text"] is None
    assert rows["h_english.txt"]["text"] and rows["h_english.txt"]["language"] == "en"
    assert rows["c_same_text.txt"]["encoding"] == "utf-16"
    assert list(rows) == sorted(rows)  # written in path order
    # one log line per bad file, naming it
    for path, (status, _) in expected.items():
        if status != "ok":
            lines = [r.getMessage() for r in caplog.records if path in r.getMessage()]
            assert len(lines) == 1 and status in lines[0], (path, lines)
    assert any("ok 2" in r.getMessage() and "duplicate 2" in r.getMessage() for r in caplog.records)
    assert set(row["status"] for row in rows.values()) <= set(STATUSES)


def test_permission_denied_is_unreadable(tmp_path, monkeypatch):
    # Tests may run as root, where chmod 000 does not stop reading: simulate the error instead.
    root = make_project(tmp_path, {"ok.txt": "Rubrik\n\n" + SWEDISH, "locked.txt": SWEDISH})
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    assert run_stage(root, monkeypatch) == 0
    row = read_rows(root)["locked.txt"]
    assert row["status"] == "unreadable" and "permission denied" in row["status_detail"]


def test_io_error_is_unreadable(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"ok.txt": "Rubrik\n\n" + SWEDISH, "bad.txt": SWEDISH})
    real_open = open

    def fake_open(path, *args, **kwargs):
        if str(path).endswith("bad.txt"):
            raise OSError(5, "Input/output error")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    assert run_stage(root, monkeypatch) == 0
    row = read_rows(root)["bad.txt"]
    assert row["status"] == "unreadable" and "Input/output error" in row["status_detail"]


def test_too_large_file_is_not_read(tmp_path, monkeypatch):
    root = make_project(tmp_path, {"ok.txt": "Rubrik\n\n" + SWEDISH}, max_bytes=5000)
    with open(root / "corpus" / "huge.txt", "wb") as handle:
        handle.truncate(10**9)  # sparse: reading it would take seconds and a gigabyte
    real_open = open

    def guarded_open(path, *args, **kwargs):
        assert not str(path).endswith("huge.txt"), "too-large file was opened"
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded_open)
    assert run_stage(root, monkeypatch) == 0
    row = read_rows(root)["huge.txt"]
    assert row["status"] == "too_large" and row["n_bytes"] == 10**9 and row["sha256"] is None


def test_metadata_csv_wins(tmp_path, monkeypatch):
    files = {
        "a.txt": "2019-05-15 | Nyhet\n\nRubrik ur texten\n\n" + SWEDISH,
        "b.txt": "Tillväxtverket\n\nAnnan rubrik\n\n" + SWEDISH + "Mer om kompetens.\n",
        "metadata.csv": (
            "path,title,publisher,published,url\n"
            'a.txt,"Titel, från CSV",Region Skåne,2020-01-02,https://example.se/a\n'
            "b.txt,,,,https://example.se/b\n"
        ),
    }
    root = make_project(tmp_path, files)
    assert run_stage(root, monkeypatch) == 0
    rows = read_rows(root)
    assert "metadata.csv" not in rows
    a, b = rows["a.txt"], rows["b.txt"]
    assert (a["title"], a["publisher"], a["published"], a["url"]) == (
        "Titel, från CSV",
        "Region Skåne",
        date(2020, 1, 2),
        "https://example.se/a",
    )
    # empty cells keep what the text said
    assert (b["title"], b["publisher"], b["url"]) == ("Annan rubrik", "Tillväxtverket", "https://example.se/b")


@pytest.mark.parametrize(
    ("csv_text", "problem", "applied"),
    [
        ("titel,url\na.txt,x\n", "has no 'path' column", False),
        ("path,title,author\na.txt,x,y\n", "unknown column(s) ['author'] ignored", True),
        ("path,title\na.txt,x,extra\n", "line 2: 3 fields, more than the header's 2", False),
        ("path,published\na.txt,15/5 2019\n", "line 2, column 'published': '15/5 2019' is not a date", False),
        ("path,title\na.txt,x\na.txt,y\n", "line 3, column 'path': 'a.txt' is listed twice", True),
        ('path,title\na.txt,"unclosed\n', "line 2: unexpected end of data", False),
        ("", "empty; expected a header line", False),
        (b"path,title\na.txt,\xff\xfe\x00\x00\x00", "not a text file", False),
    ],
)
def test_bad_metadata_csv_is_a_warning(tmp_path, monkeypatch, caplog, csv_text, problem, applied):
    """Every metadata.csv mistake is one warning naming the file (and line/column); the run goes on."""
    root = make_project(tmp_path, {"a.txt": "Rubrik\n\n" + SWEDISH, "metadata.csv": csv_text})
    assert run_stage(root, monkeypatch) == 0
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("metadata.csv" in w and problem in w for w in warnings), warnings
    row = read_rows(root)["a.txt"]
    assert row["status"] == "ok"
    assert (row["title"] == "x") is applied


def test_semicolon_metadata_with_swedish_dates(tmp_path, monkeypatch, caplog):
    """Swedish Excel's CSV: semicolons, Windows-1252, Swedish dates; one bad row skipped, the others applied."""
    csv_text = (
        "path;title;publisher;published;url\r\n"
        "a.txt;Kompetens i Skåne;Region Skåne;8 november 2022;https://example.se/a\r\n"
        "b.txt;Rapport;;mars 2021;\r\n"
        "c.txt;Fel datum;;32 maj 2022;\r\n"
        "d.txt;ISO;;2023-09-12;\r\n"
    ).encode("cp1252")
    files = {name: f"Rubrik {name}\n\n" + SWEDISH for name in ("a.txt", "b.txt", "c.txt", "d.txt")}
    root = make_project(tmp_path, {**files, "metadata.csv": csv_text})
    assert run_stage(root, monkeypatch) == 0
    rows = read_rows(root)
    a, b, c, d = (rows[n] for n in ("a.txt", "b.txt", "c.txt", "d.txt"))
    assert (a["title"], a["publisher"], a["published"]) == ("Kompetens i Skåne", "Region Skåne", date(2022, 11, 8))
    assert (a["published_source"], a["published_precision"]) == ("metadata", "day")
    assert (b["published"], b["published_precision"]) == (date(2021, 3, 1), "month")
    assert c["title"] == "Rubrik c.txt" and c["published"] is None  # the bad row was skipped
    assert d["published"] == date(2023, 9, 12)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert [w for w in warnings if "metadata.csv" in w] == [
        "ingest: corpus/metadata.csv: line 4, column 'published': '32 maj 2022' is not a date "
        "(use 2022-11-08 or 8 november 2022); row skipped"
    ]


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        ({"max_bytes": "big"}, "'ingest.max_bytes' = 'big': Input should be a valid integer"),
        ({"min_swedish_score": 2}, "'ingest.min_swedish_score' = 2: Input should be less than or equal to 1"),
        ({"corpus_dir": "nowhere"}, "is not a folder"),
        ({"max_zip_entries": 0}, "'ingest.max_zip_entries' = 0: Input should be greater than 0"),
        ({"max_bytes": True}, "'ingest.max_bytes' = True: Input should be a valid integer"),
        ({"colour": "blå"}, "'ingest.colour': Extra inputs are not permitted"),
    ],
)
def test_invalid_params(tmp_path, monkeypatch, caplog, params, problem):
    root = make_project(tmp_path, {"a.txt": SWEDISH}, **params)
    assert run_stage(root, monkeypatch) == 2
    assert problem in caplog.text


def test_no_ok_document_exits_nonzero(tmp_path, monkeypatch, caplog):
    root = make_project(tmp_path, {"a.txt": ENGLISH, "b.txt": b""})
    assert run_stage(root, monkeypatch) == 1
    assert "no document" in caplog.text
    assert {r["status"] for r in read_rows(root).values()} == {"not_swedish", "empty"}


def test_seed_corpus(tmp_path, monkeypatch):
    files = {p.name: p.read_bytes() for p in SEEDS.glob("00[0-4]_*.txt")}
    root = make_project(tmp_path, files)
    assert run_stage(root, monkeypatch) == 0
    rows = read_rows(root)
    assert len(rows) == 5 and {r["status"] for r in rows.values()} == {"ok"}
    assert [rows[p]["n_removed_lines"] for p in sorted(rows)] == [0, 4, 0, 5, 0]
    assert pq.read_schema(root / "outputs" / "documents.parquet").names == DOCUMENTS.names


def test_determinism_byte_identical(mixed, monkeypatch):
    assert run_stage(mixed, monkeypatch) == 0
    out = mixed / "outputs" / "documents.parquet"
    first = sha(out)
    out.unlink()
    assert run_stage(mixed, monkeypatch) == 0
    assert sha(out) == first


def test_kill_mid_run_leaves_previous_table(tmp_path):
    root = make_project(tmp_path, {"seed.txt": "Rubrik\n\n" + SWEDISH})
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "pipeline.ingest"]
    subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True)
    out = root / "outputs" / "documents.parquet"
    before = out.read_bytes()

    body = "\n\n".join([SWEDISH] * 8)
    for i in range(1500):
        (root / "corpus" / f"doc_{i:05d}.txt").write_text(f"Dokument {i}\n\n{body}", encoding="utf-8")
    proc = subprocess.Popen(cmd, cwd=root, env=env, stderr=subprocess.PIPE, text=True)
    try:
        for line in proc.stderr:
            if "scanning" in line:
                break
        time.sleep(0.3)
        assert proc.poll() is None, "the run finished before it could be killed; enlarge the corpus"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert out.read_bytes() == before
    table = pq.read_table(out)
    assert table.num_rows == 1 and table.column("path").to_pylist() == ["seed.txt"]


def test_tab_separated_metadata(tmp_path, monkeypatch):
    csv_text = "path\ttitle\tpublished\na.txt\tTitel, med komma\t2022\n"
    root = make_project(tmp_path, {"a.txt": "Rubrik\n\n" + SWEDISH, "metadata.csv": csv_text})
    assert run_stage(root, monkeypatch) == 0
    row = read_rows(root)["a.txt"]
    assert row["title"] == "Titel, med komma"
    assert (row["published"], row["published_precision"]) == (date(2022, 1, 1), "year")
