"""DuckDB views over the parquet tables in an outputs folder: one view per table, plus views that join in context.

Both the `report` stage and the `kompetens` command query through these views, so a question asked in the
terminal and the number shown in the report come from the same SQL.
"""

from __future__ import annotations

from pathlib import Path

import duckdb


def _in_sentence_context(table: str) -> tuple[tuple[str, ...], str]:
    """A table of facts with doc_id and sentence, joined to its document and the sentence it came from."""
    sql = f"""
        SELECT x.*, d.title, d.path, d.published, s.text AS sentence_text
        FROM {table} x
        JOIN documents d USING (doc_id)
        LEFT JOIN sentences s ON s.doc_id = x.doc_id AND s.sentence = x.sentence
        """
    return (table, "documents", "sentences"), sql


# Convenience views: each joins a table carrying only doc_id (and a sentence index) to the document's title, path
# and date and to the sentence the fact came from. A view is created only when all the tables it names exist.
CONTEXT_VIEWS: dict[str, tuple[tuple[str, ...], str]] = {
    **{f"{table}_in_context": _in_sentence_context(table) for table in ("mentions", "roles", "dates")},
    "keywords_in_context": (
        ("keywords", "documents"),
        "SELECT k.*, d.title, d.path, d.published FROM keywords k JOIN documents d USING (doc_id)",
    ),
    "document_topics_in_context": (
        ("document_topics", "topics", "documents"),
        """
        SELECT dt.*, t.label AS topic_label, d.title, d.path, d.published
        FROM document_topics dt
        JOIN topics t USING (topic_id)
        JOIN documents d USING (doc_id)
        """,
    ),
}


class OutputsError(ValueError):
    """The outputs folder is missing or holds no tables."""


def table_paths(outputs: Path) -> dict[str, Path]:
    """Every parquet table in `outputs`, by name (the file name without `.parquet`)."""
    if not outputs.is_dir():
        raise OutputsError(f"{outputs}: outputs folder not found (run `dvc repro` first, or pass --outputs)")
    return {p.stem: p for p in sorted(outputs.glob("*.parquet")) if not p.name.startswith(".")}


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def connect(outputs: Path) -> tuple[duckdb.DuckDBPyConnection, dict[str, Path]]:
    """An in-memory DuckDB connection with a view per table and the context views whose tables exist."""
    tables = table_paths(outputs)
    con = duckdb.connect(":memory:")
    for name, path in tables.items():
        literal = "'" + str(path.resolve()).replace("'", "''") + "'"
        con.execute(f"CREATE VIEW {quote_ident(name)} AS SELECT * FROM read_parquet({literal})")
    for name, (needs, sql) in CONTEXT_VIEWS.items():
        if all(t in tables for t in needs) and name not in tables:
            con.execute(f"CREATE VIEW {quote_ident(name)} AS {sql}")
    return con, tables


def view_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    rows = con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name").fetchall()
    return [r[0] for r in rows]
