"""`kompetens`: ask the pipeline's tables questions from the terminal (DuckDB inside).

    kompetens sql "SELECT name, n_documents FROM organisations ORDER BY n_documents DESC LIMIT 10"
    kompetens entity Tillväxtverket
    kompetens tenures Arbetsförmedlingen --heads
    kompetens status
    kompetens trend kompetensförsörjning validering yrkesvux --by year --csv
    kompetens doc a.txt
    kompetens serve

Every parquet file in the outputs folder is a view of the same name; `mentions_in_context`, `roles_in_context`,
`dates_in_context`, `keywords_in_context` and `document_topics_in_context` add titles, paths and sentence text.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline.report.data import read_manifest, table_overview
from pipeline.report.trend import COLUMNS as TREND_COLUMNS
from pipeline.report.trend import normalise_terms, term_trend
from pipeline.report.views import OutputsError, connect, view_names

app = typer.Typer(
    help="Query the kompetens-pipeline tables (outputs/*.parquet) with DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)

Outputs = Annotated[Path, typer.Option("--outputs", "-o", help="Folder holding the parquet tables.")]
AsCsv = Annotated[bool, typer.Option("--csv", help="Print CSV (all rows) instead of a table.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON lines (all rows) instead of a table.")]
Limit = Annotated[int, typer.Option("--limit", "-n", help="Rows shown in the table view (0 = all).")]


def _connect(outputs: Path) -> duckdb.DuckDBPyConnection:
    try:
        con, tables = connect(outputs)
    except OutputsError as err:
        _fail(str(err))
    if not tables:
        _fail(f"{outputs}: no parquet tables (run `dvc repro` first, or pass --outputs)")
    return con


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"kompetens: {one_line(message)}", err=True)
    raise typer.Exit(code)


def one_line(message: str) -> str:
    """A DuckDB error on one line: its message and hint, without the echoed query and the caret under it."""
    lines = [line.strip() for line in message.splitlines()]
    kept = [line for line in lines if line and not line.startswith("LINE ") and set(line) != {"^"}]
    return " ".join(kept)


def console() -> Console:
    """Cell text is data: no markup, emoji codes or highlighting interpreted in anything printed."""
    return Console(width=None if sys.stdout.isatty() else 200, markup=False, emoji=False, highlight=False)


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)  # dates, decimals, timestamps


def emit(
    names: list[str], rows: list[tuple], as_csv: bool, as_json: bool, limit: int, title: str | None = None
) -> None:
    """One result to stdout: a readable table (first `limit` rows), or every row as CSV or JSON lines."""
    if as_csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if v is None else json.dumps(_plain(v), ensure_ascii=False) if isinstance(v, list)
                             else _plain(v) for v in row])
        return
    if as_json:
        for row in rows:
            print(json.dumps(dict(zip(names, map(_plain, row), strict=True)), ensure_ascii=False))
        return
    # Text objects, not strings: rich reads a str cell or title as markup ("[bilaga 2]" vanishes, "[/]" raises)
    table = Table(title=Text(title) if title else None, show_lines=False, header_style="bold")
    for name in names:
        table.add_column(Text(name), overflow="fold")
    shown = rows if limit <= 0 else rows[:limit]
    for row in shown:
        table.add_row(*(Text("" if v is None else ", ".join(map(str, v)) if isinstance(v, list) else str(v))
                        for v in row))
    out = console()
    out.print(table)
    if len(shown) < len(rows):
        out.print(f"{len(shown)} of {len(rows)} rows shown (--limit 0 for all, or --csv / --json)")
    else:
        out.print(f"{len(rows)} rows")


def _run(con: duckdb.DuckDBPyConnection, query: str, params: list | None = None) -> tuple[list[str], list[tuple]]:
    try:
        cur = con.execute(query, params or [])
    except duckdb.Error as err:
        _fail(f"query failed: {err}", code=1)
    if cur is None:  # DuckDB returns no cursor for a text without a statement (only a comment, only ";")
        _fail("the query holds no SQL statement", code=1)
    if cur.description is None:
        return [], []
    return [d[0] for d in cur.description], cur.fetchall()


@app.command()
def sql(
    query: Annotated[str, typer.Argument(help="SQL over the views (named as the tables); `SHOW TABLES` lists them.")],
    outputs: Outputs = Path("outputs"),
    as_csv: AsCsv = False,
    as_json: AsJson = False,
    limit: Limit = 100,
) -> None:
    """Run SQL over every table in the outputs folder (and the *_in_context views)."""
    if not query.strip():
        _fail('empty query; e.g. kompetens sql "SHOW TABLES"', code=1)
    con = _connect(outputs)
    names, rows = _run(con, query)
    emit(names, rows, as_csv, as_json, limit)


ENTITY_MATCH = """
SELECT entity_id, any_value(canonical) AS name, any_value(label) AS label, count(*) AS n_mentions,
       count(DISTINCT doc_id) AS n_documents
FROM mentions
WHERE {where}
GROUP BY entity_id
ORDER BY n_mentions DESC, entity_id
"""


@app.command()
def entity(
    name: Annotated[str, typer.Argument(help="Canonical name, a surface form as written, or an entity id.")],
    outputs: Outputs = Path("outputs"),
    label: Annotated[str | None, typer.Option("--label", help="Only this label (ORG, PER, LOC, DATE, MISC).")] = None,
    as_csv: AsCsv = False,
    as_json: AsJson = False,
    limit: Limit = 0,
) -> None:
    """Every mention of an entity with its sentence and document."""
    con = _connect(outputs)
    if "mentions_in_context" not in view_names(con):
        _fail(f"{outputs}: entity needs mentions, documents and sentences tables")
    label_sql = " AND label = $label" if label else ""
    params: dict[str, Any] = {"name": name, **({"label": label.upper()} if label else {})}
    exact = "(lower(canonical) = lower($name) OR lower(text) = lower($name) OR entity_id = $name)" + label_sql
    entities = con.execute(ENTITY_MATCH.format(where=exact), params).fetchall()
    if not entities:
        near = con.execute(
            ENTITY_MATCH.format(where="canonical ILIKE '%' || $name || '%'" + label_sql) + " LIMIT 10", params
        ).fetchall()
        hint = ("; did you mean: " + ", ".join(f"{n} ({lab})" for _, n, lab, _, _ in near)) if near else ""
        _fail(f"no entity named {name!r} in {outputs / 'mentions.parquet'}{hint}", code=1)
    if not (as_csv or as_json):
        emit(["entity_id", "name", "label", "mentions", "documents"], entities, False, False, 0, title=f"Entity {name}")
    ids = [e[0] for e in entities]
    names, rows = _run(
        con,
        "SELECT canonical, label, text, published, title, path, sentence, start_char, "
        "trim(regexp_replace(sentence_text, '\\s+', ' ', 'g')) AS sentence_text "
        "FROM mentions_in_context WHERE list_contains($1, entity_id) "
        "ORDER BY published NULLS LAST, path, start_char",
        [ids],
    )
    emit(names, rows, as_csv, as_json, limit, title="Mentions")


def run_lines(manifest: dict[str, Any] | None, outputs: Path) -> list[str]:
    """The last run in words: complete or not, and why not (a failed or interrupted stage, stale tables)."""
    if not manifest:
        return [f"Last run: unknown ({outputs / 'manifest.json'} not found)"]
    state = "complete" if manifest.get("complete") else "INCOMPLETE"
    when = f" at {manifest['updated_at']}" if manifest.get("updated_at") else ""
    lines = [f"Last run: {manifest.get('run_id')}{when} ({state})"]
    for name, stage in (manifest.get("stages") or {}).items():
        if stage.get("status") == "failed":
            lines.append(f"Stage {name} FAILED at {stage.get('finished_at')}: {stage.get('error')}")
        elif stage.get("status") == "running":
            lines.append(f"Stage {name} started at {stage.get('started_at')} and did not finish (still running, "
                         "or interrupted)")
    stale = {n: t.get("stale_reason") for n, t in (manifest.get("tables") or {}).items() if t.get("stale")}
    if stale:
        lines.append("Stale tables (kept from an earlier run; rerun `dvc repro`): "
                     + "; ".join(f"{n} ({why})" if why else n for n, why in sorted(stale.items())))
    return lines


@app.command()
def trend(
    terms: Annotated[list[str], typer.Argument(help="Terms (lemmas or keywords, any case), e.g. validering yrkesvux.")],
    outputs: Outputs = Path("outputs"),
    by: Annotated[str, typer.Option("--by", help="Period: month or year.")] = "month",
    as_csv: AsCsv = False,
    as_json: AsJson = False,
    limit: Limit = 0,
) -> None:
    """Documents per period that contain each term as a keyword or a lemma, and their share of the period's dated
    documents."""
    if by not in ("month", "year"):
        _fail(f"--by must be month or year, not {by!r}")
    if not normalise_terms(terms):
        _fail("give at least one term")
    con = _connect(outputs)
    views = set(view_names(con))
    if "documents" not in views or not ({"tokens", "keywords"} & views):
        _fail(f"{outputs}: trend needs the documents table and tokens or keywords")
    rows = term_trend(con, terms, by, views)  # type: ignore[arg-type]
    if not rows:
        _fail(f"{outputs}: no dated documents (documents.published is empty)", code=1)
    emit(TREND_COLUMNS, rows, as_csv, as_json, limit, title=f"Documents per {by} containing " + ", ".join(terms))


TENURES = """
SELECT t.person, t.role, t.organisation, t.first_seen, t.last_seen, t.start_date,
       array_to_string(t.statuses, ', ') AS statuses, t.n_documents, t.country, t.person_id
FROM tenures t
WHERE (t.organisation_id = $name OR lower(t.organisation) = lower($name)
       OR t.organisation_id IN (SELECT entity_id FROM organisations WHERE list_contains(aliases, $name)))
      {heads}
ORDER BY coalesce(t.start_date, t.first_seen) NULLS LAST, t.last_seen NULLS LAST, t.person, t.role
"""


@app.command()
def tenures(
    organisation: Annotated[str, typer.Argument(help="Organisation: canonical name, an alias or an entity id.")],
    outputs: Outputs = Path("outputs"),
    heads: Annotated[bool, typer.Option("--heads", help="Only posts that head the organisation.")] = False,
    as_csv: AsCsv = False,
    as_json: AsJson = False,
    limit: Limit = 0,
) -> None:
    """Who held which post at an organisation, and when (first and last document dates, appointment dates)."""
    con = _connect(outputs)
    if "tenures" not in view_names(con):
        _fail(f"{outputs}: no tenures table (run the entities stage: dvc repro)")
    query = TENURES.format(heads="AND t.head" if heads else "")
    names, rows = _run(con, query.replace("$name", "$1"), [organisation])
    if not rows and "organisations" in view_names(con):
        near = con.execute("SELECT name FROM organisations WHERE name ILIKE '%' || $1 || '%' "
                           "ORDER BY n_documents DESC, name LIMIT 10", [organisation]).fetchall()
        hint = ("; did you mean: " + ", ".join(n for (n,) in near)) if near else ""
        _fail(f"no tenures at {organisation!r}{hint}", code=1)
    emit(names, rows, as_csv, as_json, limit, title=f"Tenures at {organisation}")


@app.command()
def status(outputs: Outputs = Path("outputs")) -> None:
    """The corpus, document statuses, files not processed, tables and the last run (manifest.json)."""
    out = console()
    manifest = read_manifest(outputs) if outputs.is_dir() else None
    try:
        con, found = connect(outputs)
    except OutputsError as err:
        _fail(str(err))
    for line in run_lines(manifest, outputs):
        out.print(line)
    if not found:
        _fail(f"{outputs}: no parquet tables (run `dvc repro` first, or pass --outputs)")
    views = view_names(con)
    if "documents" in views:
        names, rows = _run(con, "SELECT status, count(*) AS documents FROM documents GROUP BY 1 ORDER BY 2 DESC, 1")
        emit(names, rows, False, False, 0, title=f"Corpus: {sum(r[1] for r in rows)} files")
        names, rows = _run(
            con, "SELECT path, status, status_detail FROM documents WHERE status <> 'ok' ORDER BY status, path"
        )
        if rows:
            emit(names, rows, False, False, 20, title="Files not processed")
    tables = table_overview({v: outputs / f"{v}.parquet" for v in views if (outputs / f"{v}.parquet").exists()},
                            manifest)
    emit(
        ["table", "rows", "stage", "rows in manifest", "manifest run", "stale"],
        [(n, t["rows"], t["stage"], t["manifest_rows"], t["manifest_run_id"], "stale" if t["manifest_stale"] else "")
         for n, t in tables.items()],
        False,
        False,
        0,
        title="Tables",
    )
    report = outputs / "report.html"
    out.print(f"Report: {report} ({report.stat().st_size / 1e6:.1f} MB)" if report.exists() else
              f"Report: {report} not built (python -m pipeline.report)")


@app.command()
def doc(
    ident: Annotated[str, typer.Argument(help="A doc_id or the document's path in the corpus.")],
    outputs: Outputs = Path("outputs"),
    as_json: AsJson = False,
) -> None:
    """One document: its metadata, keywords and text with entities marked [as written]{LABEL}. Every document is
    here, including those whose text the report does not embed (report.max_text_chars)."""
    from pipeline.report.serve import document, marked_text

    found = document(_connect(outputs), ident)
    if found is None:
        _fail(f"no document with doc_id or path {ident!r} in {outputs / 'documents.parquet'}", code=1)
    if as_json:
        print(json.dumps(found, ensure_ascii=False))
        return
    for key in ("title", "path", "doc_id", "published", "status", "status_detail"):
        if found[key]:
            typer.echo(f"{key}: {found[key]}")
    if found["keywords"]:
        typer.echo("keywords: " + ", ".join(found["keywords"]))
    typer.echo("")
    typer.echo(marked_text(found))


@app.command()
def serve(
    outputs: Outputs = Path("outputs"),
    port: Annotated[int, typer.Option("--port", "-p", help="Port on 127.0.0.1.")] = 8765,
) -> None:
    """Serve the report on http://127.0.0.1:PORT/ with every document's text, read from the tables when the
    report does not embed it. Ctrl-C stops it."""
    from pipeline.report.serve import server

    _connect(outputs)  # the same checks and messages as the other commands
    report = outputs / "report.html"
    if not report.exists():
        _fail(f"{report}: not built (python -m pipeline.report)")
    httpd = server(outputs, report, port)
    typer.echo(f"Serving {report} on http://127.0.0.1:{httpd.server_address[1]}/ (Ctrl-C stops)")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    app()
