"""Terms over time: `kompetens trend` and the query behind it, on small synthetic tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import schemas
from pipeline.cli import app
from pipeline.report.trend import normalise_terms, term_postings, term_trend
from pipeline.report.views import connect
from pipeline.tables import provenance, write_table
from tests.test_report_build import write_outputs

runner = CliRunner()


def _tokens(doc_id: str, words: list[tuple[str, str, str]]) -> list[dict]:
    rows, start = [], 0
    for i, (text, lemma, pos) in enumerate(words):
        rows.append({"doc_id": doc_id, "token": i, "sentence": 0, "start_char": start, "end_char": start + len(text),
                     "text": text, "lemma": lemma, "pos": pos, "is_stop": pos == "ADP"})
        start += len(text) + 1
    return rows


def with_tokens(folder: Path) -> Path:
    """The report fixture (da 2022-04-01, db 2023-05-02, dc failed) plus tokens and a document dated by year only."""
    write_outputs(folder)
    meta = provenance("test", "0")
    rows = (_tokens("da", [("Valideringen", "validering", "NOUN"), ("av", "av", "ADP"), ("yrken", "yrke", "NOUN")])
            + _tokens("db", [("Validering", "Validering", "NOUN"), ("nätverk", "nätverk", "NOUN")])
            + _tokens("dy", [("validering", "validering", "NOUN")]))
    write_table(rows, folder / "tokens.parquet", schemas.TOKENS, meta)
    docs = pq.read_table(folder / "documents.parquet").to_pylist()
    docs.append({**docs[0], "doc_id": "dy", "path": "y.txt", "published": dt.date(2023, 1, 1),
                 "published_precision": "year"})
    write_table(docs, folder / "documents.parquet", schemas.DOCUMENTS, meta)
    return folder


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return with_tokens(tmp_path_factory.mktemp("trend") / "outputs")


def test_trend_by_year_counts_lemmas_and_keywords_per_period(outputs: Path) -> None:
    con, tables = connect(outputs)
    rows = term_trend(con, ["Validering", "nätverk", "yrkesvux"], "year", set(tables))
    assert rows == [
        ("2022", "validering", 1, 1, 1.0), ("2022", "nätverk", 0, 1, 0.0), ("2022", "yrkesvux", 0, 1, 0.0),
        # 2023: db (lemma "Validering", any case) and dy (dated by year) of 2 dated documents
        ("2023", "validering", 2, 2, 1.0), ("2023", "nätverk", 1, 2, 0.5), ("2023", "yrkesvux", 0, 2, 0.0),
    ]


def test_trend_by_month_has_every_month_and_leaves_year_dates_out(outputs: Path) -> None:
    con, tables = connect(outputs)
    rows = term_trend(con, ["validering"], "month", set(tables))
    assert len(rows) == 14 and rows[0][0] == "2022-04" and rows[-1][0] == "2023-05"  # no gaps
    assert [r for r in rows if r[2]] == [("2022-04", "validering", 1, 1, 1.0), ("2023-05", "validering", 1, 1, 1.0)]
    assert ("2022-05", "validering", 0, 0, 0.0) in rows  # a month without documents: 0, not a division by zero


def test_trend_rejects_a_bad_unit(outputs: Path) -> None:
    con, tables = connect(outputs)
    with pytest.raises(ValueError, match="month or year"):
        term_trend(con, ["x"], "week", set(tables))  # type: ignore[arg-type]


def test_normalise_terms() -> None:
    assert normalise_terms([" Validering", "validering", "", "Yrkesvux"]) == ["validering", "yrkesvux"]


def test_postings_hold_lemmas_and_keywords_of_ok_documents(outputs: Path) -> None:
    con, tables = connect(outputs)
    postings = term_postings(con, set(tables), min_documents=1)
    assert postings["validering"] == ["da", "db", "dy"] and postings["nätverk"] == ["db"]
    assert "av" not in postings  # a stop word
    assert set(term_postings(con, set(tables), min_documents=2)) == {"validering"}


def test_cli_trend_csv(outputs: Path) -> None:
    result = runner.invoke(app, ["trend", "validering", "--by", "year", "--csv", "-o", str(outputs)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["period"], r["n_documents"], r["n_dated"], r["share"]) for r in rows] == [
        ("2022", "1", "1", "1.0"), ("2023", "2", "2", "1.0")]


def test_cli_trend_table_and_errors(outputs: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["trend", "validering", "-o", str(outputs)])
    assert result.exit_code == 0 and "2022-04" in result.output and "n_dated" in result.output
    result = runner.invoke(app, ["trend", "validering", "--by", "week", "-o", str(outputs)])
    assert result.exit_code == 2 and "--by must be month or year" in result.output
    result = runner.invoke(app, ["trend", " ", "-o", str(outputs)])
    assert result.exit_code == 2 and "at least one term" in result.output
    bare = write_outputs(tmp_path / "bare", only_documents=True)
    result = runner.invoke(app, ["trend", "validering", "-o", str(bare)])
    assert result.exit_code == 2 and "needs the documents table and tokens or keywords" in result.output
