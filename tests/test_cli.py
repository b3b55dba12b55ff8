"""The `kompetens` command on small synthetic tables: sql (table, CSV, JSON), entity, status, errors, README queries."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from tests.test_report_build import write_outputs

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_outputs(tmp_path_factory.mktemp("cli") / "outputs")


def kompetens(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.output


def test_sql_reads_every_table_as_a_view(outputs: Path) -> None:
    query = "SELECT name, n_mentions FROM organisations ORDER BY n_mentions DESC"
    code, out = kompetens("sql", query, "-o", str(outputs))
    assert code == 0, out
    assert out.index("Tillväxtverket") < out.index("Region Skåne") and "2 rows" in out
    code, out = kompetens("sql", "SHOW TABLES", "--csv", "-o", str(outputs))
    names = {row[0] for row in csv.reader(io.StringIO(out))}
    assert {"documents", "mentions", "cooccurrence", "mentions_in_context", "roles_in_context"} <= names


def test_sql_csv_and_json(outputs: Path) -> None:
    query = "SELECT path, status, published, n_chars FROM documents ORDER BY path"
    code, out = kompetens("sql", query, "--csv", "-o", str(outputs))
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["path"] for r in rows] == ["a.txt", "b.txt", "c.bin"]
    assert rows[0]["published"] == "2022-04-01" and rows[2]["n_chars"] == ""
    code, out = kompetens("sql", query, "--json", "-o", str(outputs))
    records = [json.loads(line) for line in out.splitlines()]
    assert records[1] == {"path": "b.txt", "status": "ok", "published": "2023-05-02", "n_chars": 58}


def test_context_views_join_titles_and_sentences(outputs: Path) -> None:
    code, out = kompetens(
        "sql", "SELECT person, role, title, sentence_text FROM roles_in_context", "--json", "-o", str(outputs)
    )
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["person"] == "Anna Svensson" and row["title"] == "Inbjudan <b>A</b>"
    assert row["sentence_text"].startswith("Anna Svensson, generaldirektör på Tillväxtverket")


def test_sql_error_is_reported(outputs: Path) -> None:
    code, out = kompetens("sql", "SELECT * FROM no_such_table", "-o", str(outputs))
    assert code == 1 and "query failed" in out and "no_such_table" in out


def test_limit_caps_the_table_view(outputs: Path) -> None:
    code, out = kompetens("sql", "SELECT * FROM mentions", "--limit", "2", "-o", str(outputs))
    assert code == 0 and "2 of 7 rows shown" in out


def test_entity_lists_every_mention_with_its_sentence(outputs: Path) -> None:
    code, out = kompetens("entity", "tillväxtverket", "--json", "-o", str(outputs))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 3
    assert {r["text"] for r in rows} == {"Tillväxtverket", "Tillväxtverkets"}
    assert rows[0]["title"] == "Inbjudan <b>A</b>" and rows[0]["sentence_text"] == "Tillväxtverket bjuder in."
    # a surface form (genitive) and the id find the same entity; the table view names it
    code, out = kompetens("entity", "Tillväxtverkets", "-o", str(outputs))
    assert code == 0 and "org_tv" in out and "3 rows" in out


def test_entity_label_filter_and_unknown_name(outputs: Path) -> None:
    code, out = kompetens("entity", "Tillväxtverket", "--label", "PER", "-o", str(outputs))
    assert code == 1 and "no entity named" in out
    code, out = kompetens("entity", "Skåne", "-o", str(outputs))
    assert code == 1 and "did you mean: Region Skåne (ORG)" in out


def test_status_shows_statuses_failed_files_tables_and_the_run(outputs: Path) -> None:
    code, out = kompetens("status", "-o", str(outputs))
    assert code == 0, out
    assert "Corpus: 3 files" in out and "binary" in out and "c.bin" in out
    assert "manifest.json not found" in out and re.search(r"mentions\s*│\s*7", out)
    (outputs / "manifest.json").write_text(json.dumps({"run_id": "20261201-1", "complete": True}), encoding="utf-8")
    code, out = kompetens("status", "-o", str(outputs))
    assert "Last run: 20261201-1 (complete)" in out
    (outputs / "manifest.json").unlink()


def test_missing_outputs_folder(tmp_path: Path) -> None:
    code, out = kompetens("status", "-o", str(tmp_path / "nowhere"))
    assert code == 2 and "outputs folder not found" in out
    (tmp_path / "empty").mkdir()
    code, out = kompetens("sql", "SELECT 1", "-o", str(tmp_path / "empty"))
    assert code == 2 and "no parquet tables" in out


def test_readme_queries_run(outputs: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Loading the tables") : readme.index("## Data dictionary")]
    commands = [shlex.split(line, comments=True) for line in section.splitlines() if line.startswith("kompetens ")]
    assert len(commands) >= 5
    for argv in commands:
        code, out = kompetens(*argv[1:], "-o", str(outputs))
        assert code == 0, f"{argv}: {out}"


def test_the_command_is_installed_by_pyproject() -> None:
    tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["kompetens"] == "pipeline.cli:app"
    assert any(d.startswith("duckdb") for d in project["dependencies"])
    assert any(d.startswith("typer") for d in project["dependencies"])


# ---------------------------------------------------------------- cell text is data, mistakes are one line


@pytest.mark.parametrize(
    "cell", ["Se [bilaga 2] och [b]fet[/b]", "Kod :x: och :thumbs_up:", "[/] börjar så", "[red]röd[/red] \\[x]"]
)
def test_table_view_prints_cell_text_as_written(outputs: Path, cell: str) -> None:
    literal = "'" + cell.replace("'", "''") + "'"
    code, out = kompetens("sql", f"SELECT {literal} AS cell", "-o", str(outputs))
    assert code == 0, out
    assert cell in out, out
    assert "❌" not in out and "👍" not in out


def test_titles_and_paths_are_not_markup(outputs: Path) -> None:
    code, out = kompetens("entity", "[/]", "-o", str(outputs))
    assert code == 1 and "Traceback" not in out and "no entity named '[/]'" in out


@pytest.mark.parametrize("query", ["", "   ", "/* bara en kommentar */", ";"])
def test_empty_query_is_one_line(outputs: Path, query: str) -> None:
    result = runner.invoke(app, ["sql", query, "-o", str(outputs)])
    assert result.exit_code != 0 and result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1, result.output
    assert "kompetens:" in result.output


@pytest.mark.parametrize("query", ["SELECT * FROM organisationer", "SELEC 1", "SELECT nosuchcolumn FROM documents"])
def test_bad_sql_is_one_clear_line(outputs: Path, query: str) -> None:
    result = runner.invoke(app, ["sql", query, "-o", str(outputs)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit | None)
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert result.output.startswith("kompetens: query failed")


def test_missing_table_file_is_one_line(tmp_path: Path) -> None:
    folder = write_outputs(tmp_path / "outputs", only_documents=True)
    for args in (["entity", "Tillväxtverket"], ["sql", "SELECT * FROM mentions"], ["status"]):
        result = runner.invoke(app, [*args, "-o", str(folder)])
        assert isinstance(result.exception, SystemExit | None), result.exception
        assert "Traceback" not in result.output
    result = runner.invoke(app, ["status", "-o", str(tmp_path / "nowhere")])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1


def test_status_says_which_stage_failed_and_why_and_which_tables_are_stale(tmp_path: Path) -> None:
    folder = write_outputs(tmp_path / "outputs")
    manifest = {
        "run_id": "r2", "complete": False, "updated_at": "2026-12-06T10:00:00+00:00",
        "stages": {"themes": {"status": "failed", "finished_at": "2026-12-06T10:00:00+00:00",
                              "error": "params.yaml: 'themes.min_df' = True: Input should be a valid integer"},
                   "entities": {"status": "ok"}},
        "tables": {"keywords": {"stage": "themes", "stale": True, "stale_reason": "stage themes failed"},
                   "organisations": {"stage": "entities", "stale": False}},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    code, out = kompetens("status", "-o", str(folder))
    assert code == 0, out
    assert "INCOMPLETE" in out and "Stage themes FAILED" in out and "'themes.min_df' = True" in out
    assert "Stale tables" in out and "keywords (stage themes failed)" in out


def test_status_without_tables_still_says_why(tmp_path: Path) -> None:
    folder = tmp_path / "outputs"
    folder.mkdir()
    manifest = {"complete": False, "stages": {"params": {"status": "failed", "error": "2 mistake(s) in params.yaml"}}}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = runner.invoke(app, ["status", "-o", str(folder)])
    assert result.exit_code == 2 and "Stage params FAILED" in result.output and "no parquet tables" in result.output


def test_tenures_lists_heads_of_an_organisation_in_order(outputs: Path) -> None:
    code, out = kompetens("tenures", "Tillväxtverket", "--heads", "--json", "-o", str(outputs))
    assert code == 0, out
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["person"] for r in rows] == ["Bo Berg", "Anna Svensson"]  # by start, else first seen
    assert rows[1]["start_date"] == "2022-03-01" and rows[0]["statuses"] == "current, former"
    code, out = kompetens("tenures", "Tillväxtverket", "--json", "-o", str(outputs))
    assert "Eva Ek" in out  # without --heads every post


def test_tenures_of_an_unknown_organisation_suggests_names(outputs: Path) -> None:
    code, out = kompetens("tenures", "Tillväxt", "-o", str(outputs))
    assert code == 1 and "did you mean: Tillväxtverket" in out


def test_doc_prints_any_document_by_id_or_path_with_entities_marked(outputs: Path) -> None:
    code, out = kompetens("doc", "a.txt", "-o", str(outputs))
    assert code == 0, out
    assert "path: a.txt" in out and "[Tillväxtverket]{ORG}" in out and "[Anna Svensson]{PER}" in out
    code, by_id = kompetens("doc", "da", "-o", str(outputs))
    assert by_id == out
    code, out = kompetens("doc", "da", "--json", "-o", str(outputs))
    found = json.loads(out)
    assert found["doc_id"] == "da" and found["text"].startswith(found["text"][: found["mentions"][0][0]])
    assert all(found["text"][s:e] for s, e, _, _ in found["mentions"])
    code, out = kompetens("doc", "c.bin", "-o", str(outputs))  # a failed file: its status, no text
    assert code == 0 and "status: binary" in out
    code, out = kompetens("doc", "nothing.txt", "-o", str(outputs))
    assert code == 1 and "no document with doc_id or path 'nothing.txt'" in out


def test_serve_gives_the_report_and_each_document_as_json(outputs: Path, tmp_path: Path) -> None:
    import threading
    import urllib.error
    import urllib.request

    from pipeline.report.serve import server

    report = tmp_path / "report.html"
    report.write_text("<html>report</html>", encoding="utf-8")
    httpd = server(outputs, report, 0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        assert urllib.request.urlopen(base + "/").read() == b"<html>report</html>"
        doc = json.loads(urllib.request.urlopen(base + "/doc/db.json").read())
        assert doc["path"] == "b.txt" and ["Region Skåne", "ORG"] in [[m[3], m[2]] for m in doc["mentions"]]
        for bad in ("/doc/zz.json", "/doc/../documents.parquet", "/outputs/documents.parquet"):
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(base + bad)
            assert err.value.code == 404
    finally:
        httpd.shutdown()
        httpd.server_close()
