"""Documents whose text is not embedded in the report, read from the parquet tables on request.

The report embeds texts up to `report.max_text_chars` (a national corpus has 45 million characters, more than a
page can carry and still open in seconds). Every document stays reachable: `kompetens doc ID` prints one from the
tables, and `kompetens serve` serves the report on localhost with `/doc/<doc_id>.json`, which the report's
document view fetches for a document it has no text for.
"""

from __future__ import annotations

import json
import logging
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import duckdb

from pipeline.report.views import connect

log = logging.getLogger("pipeline.report")

DOC_PATH = re.compile(r"^/doc/([0-9A-Za-z_-]{1,64})\.json$")


def document(con: duckdb.DuckDBPyConnection, ident: str) -> dict[str, Any] | None:
    """A document by doc_id or corpus path: its metadata, text, mentions (start, end, label, canonical name) and
    keywords; None when there is none."""
    cur = con.cursor()
    found = cur.execute(
        "SELECT doc_id, path, title, CAST(published AS VARCHAR), status, status_detail, text FROM documents "
        "WHERE doc_id = $1 OR path = $1 ORDER BY doc_id = $1 DESC LIMIT 1", [ident]
    ).fetchone()
    if found is None:
        return None
    names = ("doc_id", "path", "title", "published", "status", "status_detail", "text")
    doc: dict[str, Any] = dict(zip(names, found, strict=True))
    views = {r[0] for r in cur.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    doc["mentions"] = cur.execute(
        "SELECT start_char, end_char, label, coalesce(canonical, text) FROM mentions WHERE doc_id = $1 "
        "ORDER BY start_char, end_char DESC", [doc["doc_id"]]
    ).fetchall() if "mentions" in views else []
    doc["mentions"] = [list(m) for m in doc["mentions"]]
    doc["keywords"] = [r[0] for r in cur.execute(
        "SELECT term FROM keywords WHERE doc_id = $1 ORDER BY rank", [doc["doc_id"]]
    ).fetchall()] if "keywords" in views else []
    return doc


def marked_text(doc: dict[str, Any]) -> str:
    """The text with each mention written [as written]{LABEL} (overlapping mentions: the first one wins)."""
    text = doc["text"] or ""
    out, pos = [], 0
    for start, end, label, _ in doc["mentions"]:
        if start < pos or end > len(text):
            continue
        out += [text[pos:start], f"[{text[start:end]}]{{{label}}}"]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def handler_for(outputs: Path, report: Path) -> type[BaseHTTPRequestHandler]:
    con, _ = connect(outputs)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the http.server interface)
            if self.path in ("/", "/report.html"):
                self._send(report.read_bytes(), "text/html; charset=utf-8")
                return
            match = DOC_PATH.match(self.path)
            doc = document(con, match.group(1)) if match else None
            if doc is None:
                self.send_error(HTTPStatus.NOT_FOUND)
                return
            self._send(json.dumps(doc, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

        def _send(self, body: bytes, kind: str) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (the http.server interface)
            log.debug(format, *args)

    return Handler


def server(outputs: Path, report: Path, port: int, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """The report and its documents on http://host:port/ (localhost only by default: the texts are the user's)."""
    return ThreadingHTTPServer((host, port), handler_for(outputs, report))
